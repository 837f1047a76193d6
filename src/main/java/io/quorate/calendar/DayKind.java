package io.quorate.calendar;

/** What kind of day a date is for the working-day count (legal-semantics.md §2). */
public enum DayKind {
  /** Monday to Friday and not an England-and-Wales bank holiday: counted. */
  WORKING_DAY,
  /** Saturday or Sunday: never counted. */
  WEEKEND,
  /**
   * A weekday listed as an England-and-Wales bank holiday (Christmas Day, Good Friday included).
   */
  BANK_HOLIDAY
}
