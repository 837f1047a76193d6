package io.quorate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import io.quorate.io.InputLoader;
import io.quorate.model.Board;
import io.quorate.model.MeetingType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ICS export is real RFC 5545: written, parsed back, and carrying the deadlines' dates. */
class PlanIcsTest {
  static final Instant STAMP = Instant.parse("2013-05-01T09:00:00Z");

  static String ics(List<MeetingPlan> plans) {
    StringWriter s = new StringWriter();
    PlanIcs.write(plans, STAMP, new PrintWriter(s));
    return s.toString();
  }

  static Map<String, VEvent> events(String text) {
    List<ICalendar> all = Biweekly.parse(text).all();
    assertThat(all).hasSize(1);
    ICalendar ical = all.get(0);
    assertThat(ical.getProductId().getValue()).isEqualTo(PlanIcs.PRODUCT_ID);
    Map<String, VEvent> byUid = new LinkedHashMap<>();
    for (VEvent e : ical.getEvents()) byUid.put(e.getUid().getValue(), e);
    return byUid;
  }

  static LocalDate start(VEvent e) {
    assertThat(e.getDateStart().getValue().hasTime()).as("all-day event").isFalse();
    DateTimeComponents c = e.getDateStart().getValue().getRawComponents();
    return LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
  }

  @Test
  void kentHwb29May2013() {
    String text = ics(List.of(PlannerTest.hwb29May2013()));
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        .contains("DTSTART;VALUE=DATE:20130520\r\n", "DTSTART;VALUE=DATE:20130514\r\n", "DTEND;VALUE=DATE:20130521\r\n");
    Map<String, VEvent> events = events(text);
    assertThat(events.keySet()).containsExactly(
        "kent-hwb-2013-05-29.member-items@quorate.io",
        "kent-hwb-2013-05-29.notice@quorate.io",
        "kent-hwb-2013-05-29.papers@quorate.io",
        "kent-hwb-2013-05-29.substitutions@quorate.io",
        "kent-hwb-2013-05-29.minutes-circulated@quorate.io",
        "kent-hwb-2013-05-29.minutes-approved@quorate.io");
    assertThat(start(events.get("kent-hwb-2013-05-29.notice@quorate.io"))).isEqualTo(LocalDate.of(2013, 5, 20));
    assertThat(start(events.get("kent-hwb-2013-05-29.papers@quorate.io"))).isEqualTo(LocalDate.of(2013, 5, 20));
    assertThat(start(events.get("kent-hwb-2013-05-29.member-items@quorate.io"))).isEqualTo(LocalDate.of(2013, 5, 14));
    assertThat(start(events.get("kent-hwb-2013-05-29.substitutions@quorate.io"))).isEqualTo(LocalDate.of(2013, 5, 20));
    assertThat(start(events.get("kent-hwb-2013-05-29.minutes-approved@quorate.io"))).isEqualTo(LocalDate.of(2013, 7, 17));

    VEvent notice = events.get("kent-hwb-2013-05-29.notice@quorate.io");
    assertThat(notice.getSummary().getValue())
        .isEqualTo("Last day to send the notice and agenda: Kent Health and Wellbeing Board, meeting Wed 29 May 2013");
    assertThat(notice.getDescription().getValue())
        .contains("Mon 27 May 2013 (Spring bank holiday)")
        .contains("Rule notice-period: 002_968f3d213a795f1d.txt, Procedure Rules, 4. Meeting Administration, third bullet")
        .contains("[met] notice sent Mon 20 May 2013");
    assertThat(notice.getDateTimeStamp().getValue().toInstant()).isEqualTo(STAMP);
  }

  @Test
  void uidsAreStableAcrossRuns() {
    Map<String, VEvent> a = events(ics(List.of(PlannerTest.hwb29May2013())));
    Map<String, VEvent> b = events(ics(List.of(PlannerTest.hwb29May2013())));
    assertThat(a.keySet()).isEqualTo(b.keySet());
  }

  @Test
  void requisitionAndPanel() {
    var corpus = InputLoader.load(List.of(Path.of("examples/kent-hwb-2013/board.yaml"), Path.of("examples/soip-2015/panel.yaml")));
    Board b = corpus.boards().get(0);
    MeetingPlan req = PlannerTest.PLANNER.plan(b,
        Planner.proposed(b, LocalDate.of(2014, 4, 28), MeetingType.REQUISITIONED, LocalDate.of(2014, 4, 17)), List.of());
    MeetingPlan panel = PlannerTest.PLANNER.plan(corpus.panels().get(0));
    Map<String, VEvent> events = events(ics(List.of(req, panel)));
    assertThat(start(events.get("kent-hwb-2014-04-28.requisition@quorate.io"))).isEqualTo(LocalDate.of(2014, 4, 28));
    assertThat(start(events.get("soip-2015.establish@quorate.io"))).isEqualTo(LocalDate.of(2015, 11, 11));
    // "at the next meeting" has no date, so no event
    assertThat(events.keySet()).noneMatch(u -> u.startsWith("kent-hwb-2014-04-28.minutes"));
  }

  @Test
  void foldsAtSeventyFiveOctetsNeverInsideACharacter() {
    String summary = "SUMMARY:" + "Café é".repeat(20) + "😀x".repeat(30) + "plain".repeat(30);
    String unfolded = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    String ics = PlanIcs.fold(unfolded);
    List<String> lines = List.of(ics.split("\r\n"));
    assertThat(lines).hasSizeGreaterThan(9);
    for (String line : lines) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      assertThat(line.isEmpty() || Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0))).isFalse();
    }
    // a continuation line starts with one space; unfolding gives back the line
    assertThat(ics.replace("\r\n ", "")).isEqualTo(unfolded);
    assertThat(Biweekly.parse(ics).first().getEvents().get(0).getSummary().getValue()).isEqualTo(summary.substring(8));
  }
}
