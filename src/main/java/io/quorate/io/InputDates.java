package io.quorate.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The one reading of a date given to quorate, in a file ({@code date:}, {@code notice-sent:}, a
 * waiver's {@code expires:}) or on the command line ({@code --period}, {@code days FROM TO}, {@code
 * plan --date}, {@code --requisition-received}): written YYYY-MM-DD, a real day, and in the years
 * {@value #MIN_YEAR}-{@value #MAX_YEAR}. A date outside them is almost certainly a typo (2103 for
 * 2013), and bounding every date bounds every count of days between two of them, so no range given
 * to quorate can make it run for hours or fill its memory.
 */
public final class InputDates {
  public static final int MIN_YEAR = 1970;
  public static final int MAX_YEAR = 2100;

  private InputDates() {}

  /**
   * The date the text writes.
   *
   * @throws IllegalArgumentException when it is not such a date; the message says what is wrong as
   *     the end of a sentence about the value, e.g. "has the year 2103, outside 1970-2100; check the
   *     date `2103-05-20`", for the caller to start with the name of the field or option
   */
  public static LocalDate parse(String text) {
    String t = text.trim();
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-' || !digits(t, 0, 4) || !digits(t, 5, 7)
        || !digits(t, 8, 10)) {
      throw new IllegalArgumentException("must be a date written YYYY-MM-DD, not `" + text + "`");
    }
    int y = Integer.parseInt(t, 0, 4, 10);
    int m = Integer.parseInt(t, 5, 7, 10);
    int d = Integer.parseInt(t, 8, 10, 10);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw new IllegalArgumentException("has the year " + y + ", outside " + MIN_YEAR + "-" + MAX_YEAR
          + "; check the date `" + text + "`");
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      String why = m < 1 || m > 12 ? "there is no month " + m
          : Month.of(m).getDisplayName(TextStyle.FULL, Locale.UK) + " " + y + " has "
              + YearMonth.of(y, m).lengthOfMonth() + " days";
      throw new IllegalArgumentException("is an impossible date `" + text + "`: " + why);
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }
}
