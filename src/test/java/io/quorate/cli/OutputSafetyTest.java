package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What quorate writes, through the command line: a report file replaces only a regular file (and
 * keeps its mode), goes straight into a device or a pipe, follows a link to its target; a report
 * that does not reach standard output is exit 2; and a run stopped while writing leaves no
 * temporary file. The file system's state is checked after each run.
 */
class OutputSafetyTest {
  @TempDir Path dir;

  Path board() throws IOException {
    Path p = dir.resolve("board.yaml");
    if (!Files.exists(p)) Files.writeString(p, HostileInputTest.BOARD, StandardCharsets.UTF_8);
    return p;
  }

  static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  static int fileType(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
  }

  static final int FIFO = 0010000;
  static final int CHARACTER_DEVICE = 0020000;

  List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  // ---- 6: never replace what is not a regular file -------------------------------------------------

  /**
   * Writes a report into a named pipe and asserts the pipe is still one, and got the report. Every
   * test that writes to a real device calls this first: run on code that renames over its target,
   * it fails here, and the machine's {@code /dev/null} or {@code /dev/full} is never put at risk.
   */
  void reportIntoANamedPipe() throws Exception {
    Path fifo = JavaProcess.mkfifo(dir.resolve("report.pipe"));
    // the reader opens the pipe as `cat pipe` would, and gets what quorate writes into it
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "failed: " + e;
      }
    });
    Cli r = Cli.run("check", board().toString(), "--format", "json=" + fifo);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(1);
    assertThat(fileType(fifo)).as("still a named pipe").isEqualTo(FIFO);
    assertThat(read.get(10, TimeUnit.SECONDS)).startsWith("{").contains("\"rule\" : \"membership-required\"");
    Files.delete(fifo);
  }

  @Test
  void aReportToANamedPipeOrToDevNullGoesThroughItAndItStays() throws Exception {
    reportIntoANamedPipe();
    Path devNull = Path.of("/dev/null");
    assertThat(fileType(devNull)).isEqualTo(CHARACTER_DEVICE);
    Cli toNull = Cli.run("check", board().toString(), "--format", "sarif=/dev/null", "--write-baseline", "/dev/null");
    assertThat(toNull.err()).isEmpty();
    assertThat(toNull.exit()).isEqualTo(1);
    assertThat(fileType(devNull)).as("/dev/null is still a character device").isEqualTo(CHARACTER_DEVICE);
    assertThat(listing()).containsExactly("board.yaml");
  }

  @Test
  void aReportToAFullDeviceIsExitTwoWithTheReason() throws Exception {
    reportIntoANamedPipe();
    Cli r = Cli.run("check", board().toString(), "--format", "json=/dev/full");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("quorate: cannot write /dev/full (No space left on device)" + System.lineSeparator());
    assertThat(fileType(Path.of("/dev/full"))).isEqualTo(CHARACTER_DEVICE);
  }

  @Test
  void anExistingReportKeepsItsModeAndALinkStaysALinkToTheFileItNames() throws IOException {
    Path report = dir.resolve("private.json");
    Files.writeString(report, "the old report\n");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));
    Cli r = Cli.run("check", board().toString(), "--format", "json=" + report);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(Files.readString(report)).startsWith("{");
    assertThat(mode(report)).isEqualTo("rw-------");

    Path target = dir.resolve("reports/latest.sarif");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("quorate.sarif"), Path.of("reports/latest.sarif"));
    Cli viaLink = Cli.run("check", board().toString(), "--format", "sarif=" + link);
    assertThat(viaLink.exit()).isEqualTo(1);
    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("reports/latest.sarif"));
    assertThat(Files.readString(target)).contains("\"version\" : \"2.1.0\"");
    assertThat(mode(target)).isEqualTo("rw-r-----");

    // a link to where nothing is yet: the file is made there, and the link kept
    Path dangling = Files.createSymbolicLink(dir.resolve("new.json"), Path.of("reports/new-target.json"));
    assertThat(Cli.run("check", board().toString(), "--format", "json=" + dangling).exit()).isEqualTo(1);
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.readString(dir.resolve("reports/new-target.json"))).startsWith("{");
    assertThat(listing()).containsExactly("board.yaml", "new.json", "private.json", "quorate.sarif", "reports");
    try (Stream<Path> s = Files.list(dir.resolve("reports"))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("latest.sarif", "new-target.json");
    }
  }

  @Test
  void aFolderIsNeverReplacedByAReport() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("out"));
    Cli r = Cli.run("check", board().toString(), "--format", "json=" + folder);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("quorate: cannot write " + folder + " (it is a folder; name a file in it)"
        + System.lineSeparator());
    assertThat(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  // ---- 12: a report that did not reach standard output -----------------------------------------------

  @Test
  void aReportThatCannotBeWrittenToStandardOutputIsExitTwo() throws Exception {
    File full = new File("/dev/full");
    String message = "quorate: could not write to standard output (is the disk full, or was the pipe closed?); the"
        + " report is incomplete\n";
    for (String[] args : List.of(new String[] {"check", board().toString()},
        new String[] {"plan", "--board", board().toString(), "--date", "2014-04-28"},
        new String[] {"days", "2013-05-20", "2013-05-29"})) {
      JavaProcess r = JavaProcess.run(dir, full, 60, args);
      assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).isEqualTo(message);
    }
  }

  // ---- 13: stopped while writing, no temporary file is left ------------------------------------------

  @Test
  void aRunStoppedWhileWritingAReportLeavesNoTemporaryFile() throws Exception {
    // enough meetings (as bench/generate.py writes them) that the HTML report takes a second or more
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("examples/kent-hwb-2013/board.yaml"), in.resolve("board.yaml"));
    List<String> members = List.of("gough", "carter", "ireland", "peachey", "whittle", "kumta", "jones", "woodhead",
        "chaudhuri", "armstrong", "martin", "bowes", "segall-jones", "watkins");
    for (int i = 0; i < 300; i++) {
      java.time.LocalDate day = java.time.LocalDate.of(2013, 1, 2).plusWeeks(i);
      Files.writeString(in.resolve("m" + i + ".yaml"), String.join("\n", "kind: meeting", "id: m" + i,
          "board: kent-hwb", "date: " + day, "notice-sent: " + day.minusDays(i % 7 == 0 ? 6 : 9), "agenda:",
          "  - {item: 1, title: Minutes, kind: minutes}", "  - {item: 2, title: Decision, decision: true}",
          "attendance:", "  present: [" + String.join(", ", members.subList(0, 8 + i % 6)) + "]",
          "presiding: gough", "votes:", "  - item: 2", "    for: [gough, carter, ireland]",
          "    against: [peachey, whittle, kumta]", "    result: carried", ""));
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Path report = out.resolve("r.html");
    Files.writeString(report, "the previous report\n");
    Process p = JavaProcess.start(dir, new File("/dev/null"), dir.resolve("err.txt").toFile(),
        "check", "in", "--format", "html=out/r.html");
    Path temp = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (temp == null && p.isAlive() && System.nanoTime() < deadline) {
      try (Stream<Path> s = Files.list(out)) {
        temp = s.filter(f -> !f.equals(report)).findFirst().orElse(null);
      }
      if (temp == null) Thread.sleep(2);
    }
    assertThat(temp).as("a temporary file appeared while the report was written").isNotNull();
    assertThat(temp.getFileName().toString()).as("a name that says what it is").matches(
        "r\\.html\\.quorate-partial-[0-9a-f]{8}\\.tmp");
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("stopped by the signal, not finished").isEqualTo(128 + 15);
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(f -> f.getFileName().toString())).containsExactly("r.html");
    }
    assertThat(Files.readString(report)).isEqualTo("the previous report\n");
  }
}
