package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports in a real browser: headless Chromium (Debian's {@code chromium} package) renders
 * each page to a PNG and dumps the DOM it built. Skipped, saying so, only when Chromium is not
 * installed. The screenshots are kept in target/chromium/ for a person to look at.
 */
class ChromiumRenderTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "chromium");

  @TempDir static Path temp;

  @BeforeAll
  static void chromiumInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "SKIPPED: /usr/bin/chromium is not installed, so the HTML report was not rendered in a browser;"
            + " install it with `apt-get install -y chromium` (CI's .ci/run does)");
  }

  @Test
  void planPageRendersWithTheTimeline() throws Exception {
    var corpus = io.quorate.io.InputLoader.load(List.of(Path.of("examples/kent-hwb-2013")));
    var meeting = corpus.meetings().stream().filter(m -> m.id().equals("kent-hwb-2013-05-29")).findFirst().orElseThrow();
    String html = HtmlReportTest.planHtml(List.of(
        new io.quorate.plan.Planner(HtmlReportTest.CAL).plan(corpus.boards().get(0), meeting, corpus.meetings())));
    render("plan", html, "Mon 27 May 2013: Spring bank holiday, not counted");
  }

  @Test
  void checkPageRendersWithTheTimelines() throws Exception {
    String html = HtmlReportTest.checkHtml(List.of(Path.of("examples/kent-hwb-2013"), Path.of("examples/soip-2015")));
    render("check", html, "Last day: establish panel");
  }

  private static void render(String name, String html, String expectInDom) throws Exception {
    Path page = temp.resolve(name + ".html");
    Files.writeString(page, html);
    Files.createDirectories(SHOTS);
    Path png = SHOTS.resolve(name + ".png").toAbsolutePath();
    Files.deleteIfExists(png);

    run(name + "-shot", "--screenshot=" + png, "--window-size=1200,1600", page.toUri().toString());
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).as("screenshot size").isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    ByteBuffer ihdr = ByteBuffer.wrap(bytes, 16, 8);
    assertThat(ihdr.getInt()).as("width").isEqualTo(1200);
    assertThat(ihdr.getInt()).as("height").isEqualTo(1600);

    String dom = run(name + "-dom", "--dump-dom", page.toUri().toString());
    assertThat(dom).contains("<svg class=\"timeline-svg\"").contains(expectInDom).contains("class=\"flag deadline\"");
  }

  /** Runs headless Chromium with a throw-away profile and no network services; returns its stdout. */
  private static String run(String tag, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(temp, "profile-");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = temp.resolve(tag + ".out");
    Path err = temp.resolve(tag + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(err));
    }
    assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(err)).isZero();
    return Files.readString(out);
  }
}
