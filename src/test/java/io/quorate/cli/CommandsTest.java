package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format with files, explain, init, and their errors. */
class CommandsTest {
  @TempDir Path dir;

  @Test
  void severalFormatsFromOneRunEachToItsFileAtomically() throws Exception {
    Path sarif = dir.resolve("reports/quorate.sarif");
    Path junit = dir.resolve("quorate.xml");
    Cli r = Cli.run("check", "--format", "sarif=" + sarif, "--format", "junit=" + junit, "--format", "github",
        "examples/kent-hwb-2013");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("::error file=examples/kent-hwb-2013/meeting-2013-07-17-hypothetical.yaml,line=");
    assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"").contains("notice-period");
    assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testsuites name=\"quorate\"");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("reports", "quorate.xml");
    }
    try (Stream<Path> s = Files.list(dir.resolve("reports"))) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("quorate.sarif"); // no temporary file left
    }
  }

  @Test
  void helpListsEveryCommandThoughARunBuildsOnlyTheOneNamed() {
    Cli help = Cli.run("--help");
    assertThat(help.exit()).isEqualTo(0);
    assertThat(help.out()).containsSubsequence("check", "days", "rules", "explain", "schema", "init", "plan", "import", "help");
    assertThat(QuorateCommand.commandLine("check", "examples").getSubcommands()).containsOnlyKeys("check");
    assertThat(QuorateCommand.commandLine("--help").getSubcommands()).containsOnlyKeys(
        "check", "days", "rules", "explain", "schema", "init", "plan", "import", "help");
    Cli helpCheck = Cli.run("help", "check");
    assertThat(helpCheck.exit()).isEqualTo(0);
    assertThat(helpCheck.out()).startsWith("Usage: quorate check ");
    Cli typo = Cli.run("chek", "examples");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).isEqualTo("quorate: unknown command `chek`; did you mean `check`? The commands are: "
        + "check, days, rules, explain, schema, init, plan, import, help.\nRun `quorate --help` for usage.\n");
  }

  @Test
  void everyFormatNameMakesTheRendererOfThatName() {
    for (String name : io.quorate.report.Renderers.names()) {
      assertThat(io.quorate.report.Renderers.get(name).orElseThrow().name()).isEqualTo(name);
    }
    assertThat(io.quorate.report.Renderers.get("yaml")).isEmpty();
  }

  @Test
  void formatMistakesAreUsageErrors() {
    Cli two = Cli.run("check", "--format", "json", "--format", "text", "examples");
    assertThat(two.exit()).isEqualTo(2);
    assertThat(two.err()).contains("more than one --format would go to standard output");
    Cli typo = Cli.run("check", "--format", "sarf", "examples");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown --format `sarf`; did you mean `sarif`?");
    Cli help = Cli.run("check", "--help");
    for (String name : io.quorate.report.Renderers.names()) assertThat(help.out()).contains(name);
    assertThat(help.out()).contains("text, json").contains("sarif").contains("junit").contains("github");
  }

  @Test
  void explainShowsTitleCitationsParametersAndExamples() {
    Cli r = Cli.run("explain", "notice-period");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("notice-period (breach): ")
        .contains("Profile kent-hwb-2015: 002_968f3d213a795f1d.txt, Procedure Rules, 4. Meeting Administration, third bullet")
        .contains("\"The County Council gives at least five clear working days' notice")
        .contains("    notice-days: 5")
        .contains("Breach example: Kent HWB 29 May 2013, sent Tue 21 May 2013 leaves 4")
        .contains("  notice-sent: 2013-05-21")
        .contains("Compliant example: Kent HWB 29 May 2013, agenda dated Mon 20 May 2013 gives exactly 5");
  }

  @Test
  void explainAnUnknownRuleSuggestsTheNearest() {
    Cli r = Cli.run("explain", "notice-perod");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown rule `notice-perod`; did you mean `notice-period`?");
  }

  @Test
  void initTemplatesPassCheck() throws Exception {
    Cli board = Cli.run("init", "board");
    Cli meeting = Cli.run("init", "meeting");
    assertThat(board.exit()).isZero();
    assertThat(board.out()).startsWith("# ").contains("kind: board");
    assertThat(meeting.out()).contains("kind: meeting").contains("board: ./board.yaml");
    Files.writeString(dir.resolve("board.yaml"), board.out());
    Files.writeString(dir.resolve("meeting.yaml"), meeting.out());
    Cli r = Cli.run("check", dir.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("2 files checked: 0 breaches");
    assertThat(Cli.run("init", "bord").err()).contains("did you mean `board`?");
  }
}
