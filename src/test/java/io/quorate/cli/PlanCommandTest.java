package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quorate.calendar.SpanText;
import io.quorate.calendar.WorkingDays;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanCommandTest {
  static Cli run(String... args) {
    return Cli.run(args);
  }

  static final String MEETING = "examples/kent-hwb-2013/meeting-2013-05-29.yaml";

  @Test
  void kentHwb29May2013Text() {
    Cli r = run("plan", MEETING);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Kent Health and Wellbeing Board: ordinary meeting on Wed 29 May 2013 (kent-hwb-2013-05-29)\n")
        .contains("  Mon 20 May 2013  Last day to send the notice and agenda\n")
        .contains("  Mon 20 May 2013  Last day to send the papers\n")
        .contains("  Tue 14 May 2013  Last day for members' agenda requests to reach the Clerk\n")
        .contains("  Mon 20 May 2013  Last day to notify the Clerk of absences and substitutions\n")
        .contains("      notice-period: 002_968f3d213a795f1d.txt, Procedure Rules, 4. Meeting Administration, third bullet\n")
        .contains("not counted: Sat 25 and Sun 26 May (weekend); Mon 27 May 2013 (Spring bank holiday))")
        .contains("      [met] notice sent Mon 20 May 2013: 5 clear working days before the meeting, on the last day\n")
        .contains("  Wed 17 Jul 2013  Minutes of this meeting approved and signed by the Chairman\n");
    assertThat(r.out().indexOf("Tue 14 May 2013")).isLessThan(r.out().indexOf("Mon 20 May 2013  Last day to send the notice"));
  }

  @Test
  void json() throws Exception {
    Cli r = run("plan", MEETING, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(r.out()).get("plans").get(0);
    assertThat(plan.get("subject").asText()).isEqualTo("kent-hwb-2013-05-29");
    JsonNode notice = null;
    for (JsonNode d : plan.get("deadlines")) if (d.get("key").asText().equals("notice")) notice = d;
    assertThat(notice).isNotNull();
    assertThat(notice.get("date").asText()).isEqualTo("2013-05-20");
    assertThat(notice.get("rule").asText()).isEqualTo("notice-period");
    assertThat(notice.get("status").asText()).isEqualTo("met");
    assertThat(notice.get("counted").toString()).isEqualTo("[\"2013-05-21\",\"2013-05-22\",\"2013-05-23\",\"2013-05-24\",\"2013-05-28\"]");
    assertThat(notice.get("skipped").get(2).toString()).isEqualTo("{\"date\":\"2013-05-27\",\"reason\":\"Spring bank holiday\"}");
  }

  @Test
  void requisitionReceivedThu17Apr2014() {
    Cli r = run("plan", "--board", "examples/kent-hwb-2013/board.yaml", "--date", "2014-04-28",
        "--requisition-received", "2014-04-17");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Kent Health and Wellbeing Board: requisitioned meeting on Mon 28 Apr 2014 (kent-hwb-2014-04-28)\n")
        .contains("  Mon 28 Apr 2014  Last lawful day for the requisitioned meeting\n")
        .contains("(counted: Tue 22, Wed 23, Thu 24, Fri 25 and Mon 28 Apr 2014; not counted: Fri 18 Apr (Good Friday);"
            + " Sat 19 and Sun 20 Apr (weekend); Mon 21 Apr (Easter Monday); Sat 26 and Sun 27 Apr 2014 (weekend))")
        .contains("[met] meeting held Mon 28 Apr 2014: on the last lawful day")
        .doesNotContain("Last day to send the notice");
  }

  @Test
  void boardAndDateOrdinary() {
    Cli r = run("plan", "--board", "examples/kent-hwb-2013/board.yaml", "--date", "2013-05-29");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("  Mon 20 May 2013  Last day to send the notice and agenda\n", "[open] nothing recorded yet")
        .contains("  Tue 14 May 2013  Last day for members' agenda requests");
  }

  @Test
  void specialMeetingWithoutANextMeeting() {
    Cli r = run("plan", "--board", "examples/south-kent-coast-ccg-hwb/board.yaml", "--date", "2013-12-30", "--type", "special");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("  Wed 18 Dec 2013  Last day to notify the Clerk of absences and substitutions\n")
        .contains("Wed 25 Dec (Christmas Day); Thu 26 Dec (Boxing Day)")
        .contains("  At the next meeting: Minutes of this meeting approved and signed by the Chairman\n")
        .contains("  - notice-period: Procedure Rules, 4. Meeting Administration, third bullet covers [ordinary] meetings only")
        .doesNotContain("Last day to send the notice", "Last day to send the papers", "members' agenda requests");
  }

  @Test
  void soipForCouncil10Dec2015() {
    Cli r = run("plan", "examples/soip-2015/panel.yaml");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Statutory Officer Independent Panel (soip-2015): report to the County Council on Thu 10 Dec 2015\n")
        .contains("  Wed 11 Nov 2015  Last day to establish the panel\n")
        .contains("[met] panel established Wed 11 Nov 2015");
  }

  @Test
  void icsAndHtml() {
    Cli ics = run("plan", MEETING, "--format", "ics");
    assertThat(ics.exit()).isZero();
    assertThat(ics.out()).contains("UID:kent-hwb-2013-05-29.notice@quorate.io", "DTSTART;VALUE=DATE:20130520");
    Cli html = run("plan", MEETING, "--format", "html");
    assertThat(html.exit()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<svg class=\"timeline-svg\"");
    Cli check = run("check", "examples/kent-hwb-2013", "--format", "html");
    assertThat(check.exit()).as(check.err()).isEqualTo(ExitCodes.FINDINGS); // the hypothetical July meeting's breaches
    assertThat(check.out()).contains("<svg class=\"timeline-svg\"", "<span class=\"rule\">chair-term</span>", "class=\"finding breach\"",
        "<span class=\"rule\">casting-vote</span>");
  }

  @Test
  void usageErrors() {
    assertThat(run("plan").exit()).isEqualTo(ExitCodes.INVALID);
    Cli r = run("plan", "--date", "2013-05-29");
    assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.err()).contains("--date and --requisition-received need --board FILE");
    assertThat(run("plan", "--board", "examples/kent-hwb-2013/board.yaml").err()).contains("--board needs --date");
    assertThat(run("plan", "--board", "examples/kent-hwb-2013/board.yaml", "--date", "29/05/2013").err())
        .contains("--date must be a date written YYYY-MM-DD, not `29/05/2013`");
    assertThat(run("plan", MEETING, "--format", "pdf").err()).contains("unknown --format `pdf`");
    assertThat(run("plan", "examples/kent-hwb-2013/board.yaml").err()).contains("holds no meeting or panel to plan");
  }

  @Test
  void daysUsesThePlannersExplanation() {
    Cli r = run("days", "2013-05-20", "2013-05-29");
    assertThat(r.exit()).isZero();
    String summary = SpanText.summary(WorkingDays.builtIn().span(LocalDate.of(2013, 5, 20), LocalDate.of(2013, 5, 29)));
    assertThat(r.out()).isEqualTo("""
        Between Mon 20 May 2013 and Wed 29 May 2013 (both left out):
          Tue 21 May 2013  working day 1
          Wed 22 May 2013  working day 2
          Thu 23 May 2013  working day 3
          Fri 24 May 2013  working day 4
          Sat 25 May 2013  weekend, not counted
          Sun 26 May 2013  weekend, not counted
          Mon 27 May 2013  Spring bank holiday (bank holiday), not counted
          Tue 28 May 2013  working day 5
        """ + summary + ".\n");
    assertThat(summary).isEqualTo("5 clear working days (counted: Tue 21, Wed 22, Thu 23, Fri 24 and Tue 28 May 2013;"
        + " not counted: Sat 25 and Sun 26 May (weekend); Mon 27 May 2013 (Spring bank holiday))");
    // the planner prints the same words for the notice deadline
    assertThat(run("plan", MEETING).out()).contains(summary.substring(summary.indexOf('(')));
  }
}
