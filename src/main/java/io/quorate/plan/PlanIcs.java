package io.quorate.plan;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import io.quorate.calendar.Dates;
import io.quorate.text.Printable;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The plan as an iCalendar file (RFC 5545) that Outlook or Google Calendar imports: one all-day
 * event ({@code DTSTART;VALUE=DATE}) per dated deadline, with a UID built from the meeting and the
 * deadline, so importing a revised plan updates the events rather than duplicating them. biweekly
 * escapes the text as RFC 5545 requires, and lines are folded at 75 octets ({@link #fold}). RFC 5545
 * text may hold no control character at all, so each value is first made printable ({@link
 * Printable}), line by line: the line breaks of a description are the plan's own.
 */
public final class PlanIcs {
  private PlanIcs() {}

  public static final String PRODUCT_ID = "-//quorate//quorate plan//EN";

  /** The UID of a deadline's event: stable across runs. */
  public static String uid(MeetingPlan p, Deadline d) {
    return Printable.escape(p.subject() + "." + d.key() + "@quorate.io");
  }

  public static ICalendar calendar(List<MeetingPlan> plans, Instant stamp) {
    ICalendar ical = new ICalendar();
    ical.setProductId(PRODUCT_ID);
    ical.setName("quorate: deadlines");
    for (MeetingPlan p : plans) {
      for (Deadline d : p.deadlines()) {
        if (d.date() == null) continue;
        VEvent e = new VEvent();
        e.setUid(uid(p, d));
        e.setDateTimeStamp(Date.from(stamp));
        e.setDateStart(new DateStart(day(d.date())));
        e.setDateEnd(new DateEnd(day(d.date().plusDays(1))));
        e.setSummary(Printable.escape(d.title() + ": " + p.body() + (p.kind().equals("panel")
            ? ", County Council " + Dates.format(p.date()) : ", meeting " + Dates.format(p.date()))));
        e.setDescription(description(p, d));
        e.setTransparency(true);
        e.addCategories("quorate", Printable.escape(d.rule()));
        ical.addEvent(e);
      }
    }
    return ical;
  }

  /** The description: one line each, joined by the plan's own line breaks. */
  private static String description(MeetingPlan p, Deadline d) {
    List<String> lines = new ArrayList<>();
    lines.add(PlanText.heading(p));
    lines.add("");
    lines.add(d.title() + ": " + d.when());
    lines.add(PlanText.capitalise(d.counting()));
    if (d.alternative() != null) lines.add("Other reading: " + d.alternative());
    lines.add("Rule " + d.rule() + ": " + d.source().document() + ", " + d.source().clause());
    lines.add("\"" + d.source().quote() + "\"");
    for (Check c : d.checks()) {
      lines.add("[" + c.status().key() + "] " + c.what() + " " + Dates.format(c.date())
          + (c.detail().isEmpty() ? "" : ": " + c.detail()));
    }
    return String.join("\n", lines.stream().map(Printable::escape).toList()).strip();
  }

  /**
   * Folds each content line of {@code ics} (lines end in CRLF) as RFC 5545, section 3.1 asks: at
   * most 75 octets of UTF-8 a line, each further part on a line of its own that starts with a space,
   * never a character split. biweekly's own folding counts UTF-16 characters, not octets, so that a
   * line of accented names (or a continuation line: its space is not counted) runs past 75 octets.
   */
  static String fold(String ics) {
    StringBuilder out = new StringBuilder(ics.length() + ics.length() / 32);
    int octets = 0;
    for (int i = 0; i < ics.length(); ) {
      if (ics.startsWith("\r\n", i)) {
        out.append("\r\n");
        octets = 0;
        i += 2;
        continue;
      }
      int c = ics.codePointAt(i);
      int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(c);
      octets += size;
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static ICalDate day(LocalDate d) {
    return new ICalDate(new DateTimeComponents(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), false);
  }

  public static void write(List<MeetingPlan> plans, Instant stamp, PrintWriter out) {
    out.print(fold(Biweekly.write(calendar(plans, stamp)).foldLines(false).go()));
    out.flush();
  }
}
