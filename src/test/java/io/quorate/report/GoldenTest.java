package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.calendar.WorkingDays;
import io.quorate.engine.Checker;
import io.quorate.engine.Outcome;
import io.quorate.engine.RuleCatalog;
import io.quorate.io.InputLoader;
import io.quorate.io.WaiverFile;
import io.quorate.model.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The output contract of every renderer in the registry: the fixture in golden/input (a breach, a
 * waived breach, an expired and an unused waiver, two warnings) rendered by each must equal
 * golden/check.FORMAT byte for byte. After an intended change: mvn test -Dtest=GoldenTest -Dgolden.update=true,
 * and review the diff.
 */
class GoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden");
  static final Path INPUT = DIR.resolve("input");
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  /** SARIF lists the whole catalogue; the golden file pins the rules the fixture can fire. */
  static final Set<String> PINNED = Set.of("audit-period-missing", "holiday-data-coverage", "notice-period",
      "waiver-expired", "waiver-unused");

  static Results results() {
    Corpus corpus = InputLoader.load(List.of(INPUT));
    Outcome o = new Checker(WorkingDays.builtIn()).check(corpus, null,
        WaiverFile.load(List.of(INPUT.resolve(WaiverFile.DEFAULT_NAME))), TODAY);
    return new Results("1.0.0", corpus.files().size(), o.findings(), o.waived(), 0, o.checks());
  }

  static Renderer renderer(String name) {
    if (name.equals("sarif")) {
      return new SarifRenderer(() -> RuleCatalog.rules().stream().filter(r -> PINNED.contains(r.id())).toList());
    }
    return Renderers.get(name).orElseThrow();
  }

  static String render(String name) {
    StringWriter out = new StringWriter();
    renderer(name).render(results(), new PrintWriter(out));
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> everyRendererMatchesItsGoldenFile() {
    return Renderers.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Path golden = DIR.resolve("check." + name);
      String actual = render(name);
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("no golden file for renderer " + name + "; run mvn test -Dtest=GoldenTest -Dgolden.update=true")
          .exists();
      assertThat(actual).isEqualTo(read(golden));
    }));
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
