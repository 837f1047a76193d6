package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quorate.report.Renderers;
import io.quorate.text.Hostile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Hostile text through the command line, by the routes that stay open whatever the YAML checks
 * refuse: a file name with a line break and a GitHub workflow command in it, a waivers file named
 * so, a bank holiday's title in a --holidays file, and arguments echoed in messages. In every output
 * format of check and plan, in days, and on standard error: no line a CI runner would take for a
 * workflow command, no control or bidirectional character raw; the XML parses and the ICS reads back.
 */
class OutputEscapingTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;

  static final String BOARD = """
      kind: board
      id: wb
      name: Wb Board
      profile: kent-hwb-2015
      members:
        - {id: gough, name: Roger Gough}
        - {id: bowes, name: Dr Bob Bowes}
      chair: gough
      """;

  /** Three clear working days where five are due, the bank holiday of 27 May skipped. */
  static final String LATE = """
      kind: meeting
      id: wb-2013-05-29
      board: wb
      date: 2013-05-29
      notice-sent: 2013-05-22
      """;

  static final String LATE_TOO = """
      kind: meeting
      id: wb-2013-06-26
      board: wb
      date: 2013-06-26
      notice-sent: 2013-06-24
      """;

  /** Two waivers that excuse the June meeting's breaches, and one that excuses nothing (a warning at the waivers file). */
  static final String WAIVERS = """
      waivers:
        - rule: notice-period
          subject: wb-2013-06-26
          reason: agenda reissued
          owner: clerk
          expires: 2030-01-01
        - rule: papers-period
          subject: wb-2013-06-26
          reason: agenda reissued
          owner: clerk
          expires: 2030-01-01
        - rule: quorum
          subject: wb-2013-06-26
          reason: never needed
          owner: clerk
          expires: 2030-01-01
      """;

  Path meeting;
  Path waivers;
  /** A --holidays file whose title holds every hostile character: refused, since input refuses them. */
  Path hostileHolidays;
  /** A --holidays file with an ordinary title, for the runs that must get as far as the output. */
  Path holidays;
  static final String TITLE = "Spring bank holiday (moved)";

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("board.yaml"), BOARD);
    meeting = hostileName(dir, Hostile.FILE, LATE);
    Files.writeString(dir.resolve("june.yaml"), LATE_TOO);
    waivers = hostileName(elsewhere, "w\n::error::waiver\u001b[2J.yaml", WAIVERS);
    holidays = elsewhere.resolve("holidays.json");
    // the whole of 2013, so that no year has fewer holidays than the built-in data (that draws a warning)
    Files.writeString(holidays, """
        {"england-and-wales": {"division": "england-and-wales", "events": [
          {"title": "New Year's Day", "date": "2013-01-01", "notes": "", "bunting": true},
          {"title": "Good Friday", "date": "2013-03-29", "notes": "", "bunting": false},
          {"title": "Easter Monday", "date": "2013-04-01", "notes": "", "bunting": true},
          {"title": "Early May bank holiday", "date": "2013-05-06", "notes": "", "bunting": true},
          {"title": "%s", "date": "2013-05-27", "notes": "", "bunting": true},
          {"title": "Summer bank holiday", "date": "2013-08-26", "notes": "", "bunting": true},
          {"title": "Christmas Day", "date": "2013-12-25", "notes": "", "bunting": true},
          {"title": "Boxing Day", "date": "2013-12-26", "notes": "", "bunting": true}]}}
        """.formatted(TITLE));
    hostileHolidays = elsewhere.resolve("hostile-holidays.json");
    // the title with every character as a JSON escape: every hostile character, the lone surrogate included
    StringBuilder title = new StringBuilder("\"");
    Hostile.VALUE.chars().forEach(c -> title.append(String.format("\\u%04x", c)));
    title.append('"');
    Files.writeString(hostileHolidays, """
        {"england-and-wales": {"division": "england-and-wales", "events": [
          {"title": %s, "date": "2013-05-27", "notes": "", "bunting": true},
          {"title": "Christmas Day", "date": "2013-12-25", "notes": "", "bunting": true}]}}
        """.formatted(title));
  }

  /** A file whose name has a line break in it; skipped where the file system refuses such a name. */
  static Path hostileName(Path folder, String name, String text) throws IOException {
    Path p;
    try {
      p = folder.resolve(name);
      Files.writeString(p, text);
    } catch (InvalidPathException | IOException e) {
      assumeTrue(false, "this file system refuses the name: " + e);
      throw e;
    }
    return p;
  }

  Cli check(String format) {
    return Cli.run("check", "--today", "2026-01-15", "--holidays", holidays.toString(), "--waivers", waivers.toString(),
        "--format", format, dir.toString());
  }

  static void assertSafe(Cli r, String format) {
    Hostile.assertSafe(r.out(), false, line -> format.equals("github") && Hostile.GITHUB_ANNOTATION.matcher(line).matches());
    Hostile.assertSafe(r.err());
  }

  @TestFactory
  Stream<DynamicTest> everyCheckFormat() {
    return Renderers.names().stream().map(format -> DynamicTest.dynamicTest(format, () -> {
      Cli r = check(format);
      assertThat(r.exit()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).isEmpty();
      assertSafe(r, format);
      switch (format) {
        case "text" -> assertThat(r.out().lines().toList())
            .anyMatch(l -> l.startsWith(dir + "/" + Hostile.FILE_SHOWN + ":5:14: breach notice-period [wb-2013-05-29]"))
            .anyMatch(l -> l.contains("Mon 27 May 2013 (" + TITLE + ")"))
            .anyMatch(l -> l.contains("(" + elsewhere + "/w\\n::error::waiver\\u001b[2J.yaml:"));
        case "github" -> assertThat(r.out().lines().toList()).isNotEmpty()
            .allMatch(l -> Hostile.GITHUB_ANNOTATION.matcher(l).matches())
            .anyMatch(l -> l.contains("Mon 27 May 2013 (" + TITLE + ")"))
            .anyMatch(l -> l.startsWith("::warning file=" + elsewhere.toString().replace(":", "%3A")
                + "/w\\n%3A%3Aerror%3A%3Awaiver\\u001b[2J.yaml,"));
        case "junit" -> {
          var suites = Hostile.parseXml(r.out()).getDocumentElement().getElementsByTagName("testsuite");
          assertThat(IntStream.range(0, suites.getLength()).mapToObj(i -> ((Element) suites.item(i)).getAttribute("name")))
              .contains(dir + "/" + Hostile.FILE_SHOWN);
        }
        case "json" -> assertThat(new ObjectMapper().readTree(r.out()).findValuesAsText("file")).contains(meeting.toString());
        case "sarif" -> assertThat(new ObjectMapper().readTree(r.out()).at("/runs/0/results").findValuesAsText("text"))
            .anyMatch(t -> t.contains("Mon 27 May 2013 (" + TITLE + ")"));
        case "html" -> assertThat(r.out()).contains(Hostile.FILE_SHOWN, "Mon 27 May 2013: " + TITLE + ", not counted");
        default -> throw new AssertionError("no checks for the format " + format + " yet: add them here");
      }
    }));
  }

  @Test
  void everyFormatWrittenToAFileToo() throws Exception {
    Path junit = elsewhere.resolve("report.xml");
    Cli r = Cli.run("check", "--today", "2026-01-15", "--holidays", holidays.toString(), "--waivers", waivers.toString(),
        "--format", "junit=" + junit, "--format", "text", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertSafe(r, "text");
    Hostile.parseXml(Files.readString(junit));
    Hostile.assertSafe(Files.readString(junit));
  }

  @TestFactory
  Stream<DynamicTest> everyPlanFormat() {
    return Stream.of("text", "json", "ics", "html").map(format -> DynamicTest.dynamicTest(format, () -> {
      Cli r = Cli.run("plan", "--holidays", holidays.toString(), "--format", format, meeting.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).isEmpty();
      Hostile.assertSafe(r.out(), format.equals("ics"), line -> false);
      switch (format) {
        case "text" -> assertThat(r.out().lines().toList())
            .contains("  profile kent-hwb-2015; " + dir + "/" + Hostile.FILE_SHOWN)
            .anyMatch(l -> l.contains("Mon 27 May 2013 (" + TITLE + ")"));
        case "json" -> assertThat(new ObjectMapper().readTree(r.out()).at("/plans/0/file").asText()).isEqualTo(meeting.toString());
        case "ics" -> {
          VEvent notice = Biweekly.parse(r.out()).first().getEvents().stream()
              .filter(e -> e.getUid().getValue().equals("wb-2013-05-29.notice@quorate.io")).findFirst().orElseThrow();
          assertThat(notice.getDescription().getValue()).contains("Mon 27 May 2013 (" + TITLE + ")");
        }
        case "html" -> assertThat(r.out()).contains("Mon 27 May 2013: " + TITLE + ", not counted");
        default -> throw new AssertionError(format);
      }
    }));
  }

  @Test
  void days() {
    Cli r = Cli.run("days", "--holidays", holidays.toString(), "2013-05-20", "2013-05-29");
    assertThat(r.exit()).isZero();
    Hostile.assertSafe(r.out());
    assertThat(r.out().lines().toList()).contains("  Mon 27 May 2013  " + TITLE + " (bank holiday), not counted");
  }

  // ---- standard error -------------------------------------------------------------------------------

  @Test
  void aHolidayTitleWithControlCharactersIsRefusedAndTheMessageIsSafe() {
    // input refuses them (a title is one line of text); the outputs escape them too (HostilePlanTest)
    for (String command : List.of("days", "plan", "check")) {
      Cli r = command.equals("days") ? Cli.run("days", "--holidays", hostileHolidays.toString(), "2013-05-20", "2013-05-29")
          : Cli.run(command, "--holidays", hostileHolidays.toString(), meeting.toString());
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      Hostile.assertSafe(r.err());
      assertThat(r.err()).startsWith("quorate: Bank-holiday file " + hostileHolidays + " has a title with the control"
          + " character U+000A at line 2, column 13");
    }
  }

  @Test
  void anInputErrorNamesTheFileEscaped() throws IOException {
    // a line break and nothing else: the workflow command alone
    Path bad = hostileName(elsewhere, "b\n::error::bad.yaml", "kind: [\n");
    Cli r = Cli.run("check", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    Hostile.assertSafe(r.err());
    assertThat(r.err().lines().toList()).hasSize(2)
        .first().asString().startsWith(elsewhere + "/b\\n::error::bad.yaml:2:1: error: ");
  }

  @Test
  void anArgumentEchoedInAUsageErrorIsEscaped() {
    Cli r = Cli.run("check", "--format", "text\n::error::owned\u001b[2J", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    Hostile.assertSafe(r.err());
    assertThat(r.err()).contains("unknown --format `text\\n::error::owned\\u001b[2J`");
    Cli plan = Cli.run("plan", dir.resolve("june.yaml\n::error::owned").toString());
    assertThat(plan.exit()).isEqualTo(2);
    Hostile.assertSafe(plan.err());
    assertThat(plan.err()).contains("june.yaml\\n::error::owned");
  }

  @Test
  void aBadHolidaysFileIsNamedEscaped() throws IOException {
    Path bad = hostileName(elsewhere, "h\n::error::holidays\u001b[2J.json", "{}");
    Cli r = Cli.run("days", "--holidays", bad.toString(), "2013-05-20", "2013-05-29");
    assertThat(r.exit()).isEqualTo(2);
    Hostile.assertSafe(r.err());
    assertThat(r.err()).startsWith("quorate: Bank-holiday file " + elsewhere + "/h\\n::error::holidays\\u001b[2J.json");
  }

  @Test
  void anInternalErrorIsEscaped() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.guarded(() -> {
      throw new LinkageError(Hostile.VALUE);
    }, new PrintStream(err, true, StandardCharsets.UTF_8), false);
    assertThat(exit).isEqualTo(ExitCodes.INVALID);
    Hostile.assertSafe(err.toString(StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(Hostile.SHOWN);
  }

  // ---- values in the YAML -----------------------------------------------------------------------------

  /**
   * Hostile text in YAML values (double-quoted escapes), in every format: whether the input checks
   * refuse it (exit 2, the value quoted escaped on standard error) or let it through (exit 1, the
   * value in each report), nothing unsafe is written.
   */
  @TestFactory
  Stream<DynamicTest> hostileYamlValues() throws IOException {
    Path yaml = Files.createDirectories(elsewhere.resolve("yaml"));
    String v = "\"x\\n::error::owned\\r\\n::add-mask::secret\\e]0;pwned\\a\\x7f\\x01\\x85\\u202e\\u2066\\u2028\"";
    Files.writeString(yaml.resolve("board.yaml"), BOARD.replace("name: Wb Board", "name: " + v));
    Files.writeString(yaml.resolve("meeting.yaml"), LATE.replace("id: wb-2013-05-29", "id: " + v));
    Files.writeString(yaml.resolve(".quorate-waivers.yaml"), WAIVERS.replace("agenda reissued", v).replace("owner: clerk", "owner: " + v));
    return Stream.concat(Renderers.names().stream(), Stream.of("plan")).map(format -> DynamicTest.dynamicTest(format, () -> {
      Cli r = format.equals("plan") ? Cli.run("plan", yaml.resolve("meeting.yaml").toString())
          : Cli.run("check", "--today", "2026-01-15", "--format", format, yaml.toString());
      assertThat(r.exit()).as(r.err()).isIn(0, 1, 2);
      assertThat(r.err()).doesNotContain("internal error");
      assertSafe(r, format);
      if (r.exit() != 2) {
        if (format.equals("junit")) Hostile.parseXml(r.out());
        // shown escaped (JSON's escapes write the hex in upper case)
        assertThat(r.out()).containsIgnoringCase("x\\n::error::owned\\r\\n::add-mask::secret\\u001b]0;pwned");
      }
    }));
  }
}
