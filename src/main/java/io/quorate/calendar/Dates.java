package io.quorate.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * Fixed English date formats for messages, independent of the JVM's default locale.
 *
 * <p>Written out rather than through {@code DateTimeFormatter}: its first use with day and month
 * names loads the JDK's locale data, tens of milliseconds of a one-file check. The names are those
 * of {@code Locale.ENGLISH} (DatesTest compares every day of several centuries with the formatter),
 * not {@code Locale.UK}: recent CLDR data abbreviates September as "Sept" for en-GB, while the papers
 * and the rules catalogue write "Sep".
 */
public final class Dates {
  private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  private Dates() {}

  /**
   * Reads a YYYY-MM-DD date exactly as {@link LocalDate#parse(CharSequence)} does (strictly:
   * "2013-02-30" is refused), without the formatter machinery for the plain ten-character form.
   *
   * @throws DateTimeParseException when the text is not such a date
   */
  public static LocalDate parseIso(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int m = digits(text, 5, 7);
      int d = digits(text, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
        }
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * Reads a --MM-DD month and day exactly as {@link MonthDay#parse(CharSequence)} does ("--02-30"
   * is refused), without the formatter machinery for that seven-character form.
   *
   * @throws DateTimeParseException when the text is not such a month and day
   */
  public static MonthDay parseMonthDay(String text) {
    if (text.length() == 7 && text.startsWith("--") && text.charAt(4) == '-') {
      int m = digits(text, 2, 4);
      int d = digits(text, 5, 7);
      if (m >= 0 && d >= 0) {
        try {
          return MonthDay.of(m, d);
        } catch (DateTimeException e) {
          throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
        }
      }
    }
    return MonthDay.parse(text);
  }

  /** The number written by text[from, to) in ASCII digits, or -1. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** "Mon 20 May 2013" (pattern {@code EEE d MMM uuuu}). */
  public static String format(LocalDate date) {
    return formatShort(date) + " " + year(date);
  }

  /** "Mon 20 May" (no year; pattern {@code EEE d MMM}). */
  public static String formatShort(LocalDate date) {
    return weekdayAndDay(date) + " " + month(date);
  }

  /** "Mon 20" (pattern {@code EEE d}). */
  public static String weekdayAndDay(LocalDate date) {
    return WEEKDAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth();
  }

  /** "May", "Sep" (pattern {@code MMM}). */
  public static String month(LocalDate date) {
    return MONTHS[date.getMonthValue() - 1];
  }

  /** The year as pattern {@code uuuu} writes it: at least four digits, a sign past 9999 or before 0. */
  static String year(LocalDate date) {
    int y = date.getYear();
    if (y > 9999) return "+" + y;
    String digits = Integer.toString(Math.abs(y));
    return (y < 0 ? "-" : "") + "0000".substring(Math.min(4, digits.length())) + digits;
  }
}
