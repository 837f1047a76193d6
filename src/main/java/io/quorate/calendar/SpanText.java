package io.quorate.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * The one explanation of a working-day count, shared by {@code quorate days} and {@code quorate
 * plan}: every day between the two end days and why it counts or not, and a one-line summary naming
 * the days counted and the weekends and bank holidays skipped.
 */
public final class SpanText {
  private SpanText() {}

  /** "5 clear working days" / "1 clear working day". */
  public static String count(int n) {
    return n + " clear working " + (n == 1 ? "day" : "days");
  }

  /**
   * "5 clear working days (counted: Tue 21, Wed 22, Thu 23, Fri 24 and Tue 28 May 2013; not counted:
   * Sat 25 and Sun 26 May (weekend); Mon 27 May 2013 (Spring bank holiday))".
   */
  public static String summary(Span span) {
    return count(span.count()) + " " + detail(span);
  }

  /** "(counted: Tue 21, ... and Tue 28 May 2013; not counted: Sat 25 and Sun 26 May (weekend); ...)". */
  public static String detail(Span span) {
    return "(counted: " + span.countedText() + "; not counted: " + span.skippedText() + ")";
  }

  /** Why one day counts or not: "working day 3", "weekend, not counted", "Spring bank holiday (bank holiday), not counted". */
  public static String why(Day d) {
    return switch (d.kind()) {
      case WORKING_DAY -> "working day " + d.count();
      case WEEKEND -> "weekend, not counted";
      case BANK_HOLIDAY -> d.holiday() + " (bank holiday), not counted";
    };
  }

  /** One line a day: "Tue 21 May 2013   working day 1". */
  public static List<String> dayLines(Span span) {
    List<String> out = new ArrayList<>();
    for (Day d : span.days()) out.add(String.format("%-16s %s", Dates.format(d.date()), why(d)));
    return out;
  }

  /** The header of the day listing: "Between Mon 20 May 2013 and Wed 29 May 2013 (both left out):". */
  public static String header(Span span) {
    return "Between " + Dates.format(span.from()) + " and " + Dates.format(span.to()) + " (both left out):";
  }

  /** The full explanation: header, one indented line a day, and the summary as a sentence. */
  public static List<String> explain(Span span) {
    List<String> out = new ArrayList<>();
    out.add(header(span));
    for (String line : dayLines(span)) out.add("  " + line);
    out.add(summary(span) + ".");
    return out;
  }
}
