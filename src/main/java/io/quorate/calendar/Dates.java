package io.quorate.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Fixed English date formats for messages, independent of the JVM's default locale.
 *
 * <p>{@link Locale#ENGLISH} is used rather than {@code Locale.UK}: recent CLDR data abbreviates
 * September as "Sept" for en-GB, while the papers and the rules catalogue write "Sep".
 */
public final class Dates {

  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  static final DateTimeFormatter WEEKDAY_AND_DAY =
      DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

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

  /** "Mon 20 May 2013". */
  public static String format(LocalDate date) {
    return FULL.format(date);
  }

  /** "Mon 20 May" (no year). */
  public static String formatShort(LocalDate date) {
    return SHORT.format(date);
  }
}
