package io.quorate.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

  /** "Mon 20 May 2013". */
  public static String format(LocalDate date) {
    return FULL.format(date);
  }

  /** "Mon 20 May" (no year). */
  public static String formatShort(LocalDate date) {
    return SHORT.format(date);
  }
}
