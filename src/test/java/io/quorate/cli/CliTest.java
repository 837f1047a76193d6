package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, output and error messages. */
class CliTest {
  static Cli run(String... args) {
    return Cli.run(args);
  }

  @TempDir Path dir;

  @Test
  void theRealMeetingOf29May2013HasItsNoticeInTimeButTheBoardHasThreeSkcMembers() {
    Cli r = run("check", "examples/kent-hwb-2013/board.yaml", "examples/kent-hwb-2013/meeting-2013-05-29.yaml");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("notice-period").doesNotContain("papers-period")
        .contains("breach membership-group-cap [kent-hwb]")
        .contains("Voting group skc-ccg has 3 members (chaudhuri, cocker, carpenter); the cap is 2")
        .contains("2 files checked: 1 breach, 1 warning, 1 info");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(run("check", "examples/kent-hwb-2013/board.yaml", "examples/kent-hwb-2013/meeting-2013-05-29.yaml",
        "--fail-on", "never").exit()).isEqualTo(0);
  }

  @Test
  void aBreachExitsOneAndExplainsTheDatesAndTheClause() {
    Cli r = run("check", "examples/kent-hwb-2013/");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("examples/kent-hwb-2013/meeting-2013-07-17-hypothetical.yaml:43:14: breach notice-period [kent-hwb-2013-07-17]")
        .contains("Notice sent Wed 10 Jul 2013 gives 4 clear working days")
        .contains("the last lawful day to send it was Tue 9 Jul 2013")
        .contains("002_968f3d213a795f1d.txt, Procedure Rules, 4. Meeting Administration, third bullet");
  }

  @Test
  void failOnNeverAndWarning() {
    assertThat(run("check", "examples/kent-hwb-2013/", "--fail-on", "never").exit()).isEqualTo(0);
    // the 2015 panel has one info finding (the lead-time readings disagree) and nothing worse
    assertThat(run("check", "examples/soip-2015/panel.yaml", "--fail-on", "warning").exit()).isEqualTo(0);
    assertThat(run("check", "examples/soip-2015/panel.yaml", "--fail-on", "info").exit()).isEqualTo(1);
    Cli bad = run("check", "examples/", "--fail-on", "sometimes");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown --fail-on `sometimes`");
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Cli r = run("check", "--format", "json", "examples/soip-2015/panel-late.yaml");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.at("/tool/name").asText()).isEqualTo("quorate");
    assertThat(j.at("/tool/version").asText()).isEqualTo("1.0.0");
    assertThat(j.at("/summary/files").asInt()).isEqualTo(1);
    assertThat(j.at("/summary/breach").asInt()).isEqualTo(1);
    assertThat(j.at("/summary/warning").asInt()).isEqualTo(0);
    JsonNode f = j.at("/findings/0");
    assertThat(f.get("rule").asText()).isEqualTo("panel-lead-time");
    assertThat(f.get("severity").asText()).isEqualTo("breach");
    assertThat(f.get("file").asText()).isEqualTo("examples/soip-2015/panel-late.yaml");
    assertThat(f.get("line").asInt()).isEqualTo(23);
    assertThat(f.get("column").asInt()).isEqualTo(14);
    assertThat(f.get("subject").asText()).isEqualTo("soip-2015-late");
    assertThat(f.get("message").asText()).contains("13 clear working days").contains("Wed 11 Nov 2015");
    assertThat(f.at("/source/document").asText()).isEqualTo("002_968f3d213a795f1d.txt");
    assertThat(f.at("/source/clause").asText()).isEqualTo("Terms of Reference, Meetings, c");
    assertThat(f.at("/source/quote").asText()).startsWith("The panel must be established no less than 20 working days");
  }

  @Test
  void badInputExitsTwoWithFileLineColumnAndNoStackTrace() throws Exception {
    Path f = dir.resolve("m.yaml");
    Files.writeString(f, "kind: meeting\nboard: kent-hwb\ndate: 2013-02-30\n", StandardCharsets.UTF_8);
    Cli r = run("check", "examples/kent-hwb-2013/board.yaml", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(":3:7: error: `date` in this meeting is an impossible date `2013-02-30`: February 2013 has 28 days")
        .contains("1 problem in the input; nothing was checked.")
        .doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aMissingFileExitsTwo() {
    Cli r = run("check", "no/such/place.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no/such/place.yaml: error: no such file or directory; check the path");
  }

  @Test
  void anUnknownProfileIsAnInputError() throws Exception {
    Path f = dir.resolve("b.yaml");
    Files.writeString(f, "kind: board\nid: x\nprofile: kent-hwb-2016\nmembers: [{id: a}]\n", StandardCharsets.UTF_8);
    Cli r = run("check", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(":3:10: error: unknown profile `kent-hwb-2016`; did you mean `kent-hwb-2015`?");
  }

  @Test
  void aProcedureOverrideIsCitedFromTheBoardFile() throws Exception {
    Path b = dir.resolve("b.yaml");
    Files.writeString(b, """
        kind: board
        id: b
        profile: kent-hwb-2015
        members: [{id: a}, {id: c}]
        procedure:
          notice-days: 7
        ---
        kind: meeting
        board: b
        date: 2013-05-29
        notice-sent: 2013-05-20
        """, StandardCharsets.UTF_8);
    Cli r = run("check", b.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("gives 5 clear working days").contains("at least 7 are required")
        .contains("the last lawful day to send it was Thu 16 May 2013")
        .contains("procedure: notice-days at line 6");
    Files.writeString(b, Files.readString(b).replace("notice-days: 7", "notice-dayz: 7"));
    Cli typo = run("check", b.toString());
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains(":6:16: error: unknown procedure parameter `notice-dayz`; did you mean `notice-days`?");
  }

  /** The West Kent HWB example named no profile: its meetings were never checked, and `plan` died on them. */
  @Test
  void everyExampleBoardIsCheckedAndPlanned() {
    Cli check = run("check", "examples/");
    assertThat(check.exit()).as(check.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(check.out()).contains("examples/tonbridge-malling-cog/west-kent-hwb.yaml:24:1: info audit-period-missing"
        + " [west-kent-hwb]");
    Cli plan = run("plan", "examples/");
    assertThat(plan.err()).isEmpty();
    assertThat(plan.exit()).isEqualTo(ExitCodes.OK);
    assertThat(plan.out()).contains("West Kent Health and Wellbeing Board: ordinary meeting on Tue 17 Jun 2014"
        + " (west-kent-hwb-2014-06-17)\n  profile ccg-hwb-2013; examples/tonbridge-malling-cog/west-kent-hwb.yaml");
  }

  /** A --period reaching back before the board existed reported "no meeting" for quarters before it. */
  @Test
  void aPeriodIsJudgedOnlyFromTheBoardsEstablishment() {
    // South Kent Coast CCG HWB: established 29 May 2013, one meeting on file (25 Sep 2013)
    Cli r = run("check", "examples/south-kent-coast-ccg-hwb", "--period", "2012-04-01..2014-03-31");
    assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains("No meeting of skc-ccg-hwb in Oct-Dec 2013").contains("No meeting of skc-ccg-hwb in Jan-Mar 2014")
        .doesNotContain("2012 (").doesNotContain("Apr-Jun 2013").doesNotContain("reporting-duty")
        .endsWith("2 files checked: 2 breaches, 1 warning, 0 info\n");
  }

  @Test
  void periodMustBeARealRange() {
    Cli r = run("check", "examples/", "--period", "2015-04-01..2014-03-31");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--period must be FROM..TO");
  }

  @Test
  void daysExplainsEveryDay() {
    Cli r = run("days", "2013-05-20", "2013-05-29");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).containsPattern("Mon 27 May 2013 +Spring bank holiday")
        .containsPattern("Tue 28 May 2013 +working day 5")
        .contains("5 clear working days");
  }

  @Test
  void aBadHolidaysFileExitsTwo() {
    Cli r = run("days", "2013-05-20", "2013-05-29", "--holidays", dir.resolve("missing.json").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("missing.json").doesNotContain("\tat ");
  }

  @Test
  void rulesJsonListsEveryIdWithSeverityTitleAndSource() throws Exception {
    Cli r = run("rules", "--format", "json");
    assertThat(r.exit()).isEqualTo(0);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.isArray()).isTrue();
    JsonNode notice = null;
    for (JsonNode n : j) if (n.get("id").asText().equals("notice-period")) notice = n;
    assertThat(notice).isNotNull();
    assertThat(notice.get("severity").asText()).isEqualTo("breach");
    assertThat(notice.get("title").asText()).isNotBlank();
    assertThat(notice.at("/source/0/profile").asText()).isEqualTo("kent-hwb-2015");
    assertThat(notice.at("/source/0/parameters/notice-days").asInt()).isEqualTo(5);
  }

  @Test
  void versionAndHelp() {
    assertThat(run("--version").out()).startsWith("quorate 1.0.0");
    Cli help = run("check", "--help");
    assertThat(help.exit()).isEqualTo(0);
    assertThat(help.out()).contains("--fail-on").contains("--period").contains("Exit codes:");
    Cli none = run();
    assertThat(none.exit()).isEqualTo(2);
  }
}
