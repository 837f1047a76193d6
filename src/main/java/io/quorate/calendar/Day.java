package io.quorate.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One calendar day as seen by the working-day count.
 *
 * @param date the day
 * @param kind working day, weekend or bank holiday
 * @param holiday the bank holiday's title ("Spring bank holiday"); {@code null} unless {@code kind}
 *     is {@link DayKind#BANK_HOLIDAY}
 * @param count within a {@link Span}, the running count of working days up to and including this
 *     day (1 for the first counted day); 0 when the day is not counted or not part of a span
 */
public record Day(LocalDate date, DayKind kind, String holiday, int count) {

  public Day {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    if ((kind == DayKind.BANK_HOLIDAY) != (holiday != null)) {
      throw new IllegalArgumentException(
          "holiday must be given exactly when kind is BANK_HOLIDAY: " + date + " " + kind);
    }
    if (count < 0 || (count > 0 && kind != DayKind.WORKING_DAY)) {
      throw new IllegalArgumentException(
          "bad running count " + count + " for " + date + " " + kind);
    }
  }

  /** True for a working day, i.e. a day the clear-working-days count includes. */
  public boolean isWorkingDay() {
    return kind == DayKind.WORKING_DAY;
  }

  /** "Mon 27 May 2013 (Spring bank holiday)", "Sat 25 May 2013 (weekend)" or "Tue 28 May 2013". */
  @Override
  public String toString() {
    return switch (kind) {
      case WORKING_DAY -> Dates.format(date);
      case WEEKEND -> Dates.format(date) + " (weekend)";
      case BANK_HOLIDAY -> Dates.format(date) + " (" + holiday + ")";
    };
  }
}
