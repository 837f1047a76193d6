package io.quorate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quorate.calendar.BankHolidays;
import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputLoader;
import io.quorate.model.Corpus;
import io.quorate.model.Meeting;
import io.quorate.model.Source;
import io.quorate.report.HtmlReport;
import io.quorate.text.Hostile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every plan format with hostile text in every value a plan carries (built here, not read from YAML,
 * so that it holds whatever the input checks let through): the meeting's id, the board's name, the
 * file name, a bank holiday's title (which a --holidays file gives), the clause, the recorded dates'
 * details. No output may carry a workflow command or an unsafe character raw; JSON keeps the exact
 * values; the ICS is folded and escaped as RFC 5545 requires and reads back.
 */
class HostilePlanTest {
  static final WorkingDays CAL = new WorkingDays(
      BankHolidays.of(Map.of(LocalDate.of(2013, 5, 27), Hostile.VALUE), 2013, 2013, Hostile.VALUE));
  static final String S = Hostile.SHOWN;

  static MeetingPlan plan() {
    Corpus c = InputLoader.load(List.of(Path.of("examples/kent-hwb-2013")));
    Meeting m = c.meetings().stream().filter(x -> x.date().equals(LocalDate.of(2013, 5, 29))).findFirst().orElseThrow();
    MeetingPlan p = new Planner(CAL).plan(c.boards().get(0), m, c.meetings());
    Source source = new Source(Hostile.VALUE, Hostile.VALUE, Hostile.VALUE);
    List<Deadline> deadlines = p.deadlines().stream().map(d -> new Deadline(d.key(), d.title() + " " + Hostile.VALUE,
        d.date(), d.when(), d.rule(), source, d.catalogueDefault(), d.days(), d.counting(), d.span(), Hostile.VALUE,
        d.checks().stream().map(x -> new Check(Hostile.VALUE, x.date(), x.status(), Hostile.VALUE)).toList())).toList();
    return new MeetingPlan(Hostile.VALUE, p.kind(), Hostile.VALUE, Hostile.VALUE, p.date(), Hostile.VALUE, Hostile.FILE,
        deadlines, List.of(Hostile.VALUE));
  }

  @Test
  void text() {
    StringWriter out = new StringWriter();
    PlanText.write(List.of(plan()), new PrintWriter(out));
    Hostile.assertSafe(out.toString());
    assertThat(out.toString().lines().toList()).contains(
        S + ": " + S + " meeting on Wed 29 May 2013 (" + S + ")",
        "  profile " + S + "; " + Hostile.FILE_SHOWN,
        "  Mon 20 May 2013  Last day to send the notice and agenda " + S,
        "      \"" + S + "\"",
        "      Other reading: " + S,
        "  - " + S)
        .anyMatch(l -> l.contains("Mon 27 May 2013 (" + S + ")"))
        .anyMatch(l -> l.equals("      [met] " + S + " Mon 20 May 2013: " + S));
  }

  @Test
  void json() throws Exception {
    StringWriter out = new StringWriter();
    PlanJson.write("1.0.0", List.of(plan()), new PrintWriter(out));
    Hostile.assertSafe(out.toString());
    JsonNode p = new ObjectMapper().readTree(out.toString()).at("/plans/0");
    assertThat(p.get("body").asText()).isEqualTo(Hostile.VALUE);
    assertThat(p.get("file").asText()).isEqualTo(Hostile.FILE);
    List<String> holidays = new ArrayList<>();
    for (JsonNode d : p.get("deadlines")) {
      for (JsonNode s : d.get("skipped")) if (s.get("date").asText().equals("2013-05-27")) holidays.add(s.get("reason").asText());
    }
    assertThat(holidays).isNotEmpty().containsOnly(Hostile.VALUE);
  }

  @Test
  void icsIsFoldedAndEscapedAndReadsBack() {
    StringWriter out = new StringWriter();
    PlanIcs.write(List.of(plan()), PlanIcsTest.STAMP, new PrintWriter(out));
    String ics = out.toString();
    Hostile.assertSafe(ics, true, line -> false);
    assertThat(ics).endsWith("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    // RFC 5545, 3.1: lines of at most 75 octets, a long one folded by CRLF and one space
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    List<String> unfolded = List.of(ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    assertThat(unfolded).allMatch(l -> l.matches("[A-Z-]+(;[^:]*)?:.*"));
    assertThat(unfolded).contains("UID:" + S.replace("\\", "\\\\").replace(";", "\\;") + ".notice@quorate.io");

    List<ICalendar> all = Biweekly.parse(ics).all();
    assertThat(all).hasSize(1);
    VEvent notice = all.get(0).getEvents().stream().filter(e -> e.getUid().getValue().endsWith(".notice@quorate.io"))
        .findFirst().orElseThrow();
    assertThat(notice.getUid().getValue()).isEqualTo(S + ".notice@quorate.io");
    assertThat(notice.getSummary().getValue())
        .isEqualTo("Last day to send the notice and agenda " + S + ": " + S + ", meeting Wed 29 May 2013");
    assertThat(notice.getDescription().getValue().lines().toList())
        .startsWith(S + ": " + S + " meeting on Wed 29 May 2013 (" + S + ")", "")
        .contains("Other reading: " + S, "\"" + S + "\"", "[met] " + S + " Mon 20 May 2013: " + S)
        .anyMatch(l -> l.contains("Mon 27 May 2013 (" + S + ")"));
  }

  @Test
  void html() {
    StringWriter out = new StringWriter();
    HtmlReport.plan("1.0.0", List.of(plan()), CAL, new PrintWriter(out));
    Hostile.assertSafe(out.toString());
    assertThat(out.toString()).contains(S, Hostile.FILE_SHOWN, "Mon 27 May 2013: " + S + ", not counted");
  }
}
