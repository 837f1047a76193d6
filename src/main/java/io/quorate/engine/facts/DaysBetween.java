package io.quorate.engine.facts;

import io.quorate.calendar.Span;
import io.quorate.calendar.WorkingDays;
import io.quorate.model.Loc;
import java.time.LocalDate;

/**
 * The working days between two dates of one subject: a notice and its meeting, a member's request
 * and the meeting, a requisition's receipt and the meeting, a panel's establishment and the Council
 * meeting that receives its report. A measurement only: how many days, which were counted and which
 * not, and the last day from which a count of {@code n} would still reach {@code to}. Whether that
 * is enough is the rule's to say.
 *
 * @param subject the meeting, panel or other subject the dates belong to
 * @param what what {@code from} is ("notice", "papers", "member-request", "apology", ...)
 * @param item the agenda item the dates belong to, or 0
 * @param who the member the dates concern, or null
 * @param title how the thing counted is named in messages ("the agenda pack", "item 6 (Care Act)")
 * @param loc where {@code from} is written in the input
 */
public record DaysBetween(
    String subject,
    String what,
    int item,
    String who,
    String title,
    LocalDate from,
    LocalDate to,
    Loc loc,
    Span span,
    WorkingDays calendar) {

  public static DaysBetween of(String subject, String what, int item, String who, String title, LocalDate from,
      LocalDate to, Loc loc, WorkingDays calendar) {
    return new DaysBetween(subject, what, item, who, title, from, to, loc, calendar.span(from, to), calendar);
  }

  /** Working days strictly between the two dates: "clear" days (0 when {@code to} is not after {@code from}). */
  public int clear() {
    return span.count();
  }

  /**
   * Working days from {@code from}, counting it when it is a working day, up to but not including
   * {@code to}: the literal reading of "at least N working days before", in which the day of the
   * notice or request counts.
   */
  public int withFirstDay() {
    return span.count() + (from.isBefore(to) && calendar.isWorkingDay(from) ? 1 : 0);
  }

  /** Calendar days from {@code from} to {@code to}: negative when {@code from} is after {@code to}. */
  public long calendarDays() {
    return java.time.temporal.ChronoUnit.DAYS.between(from, to);
  }

  /** The last day {@code from} could be for {@code n} clear working days before {@code to}. */
  public LocalDate lastDayClear(int n) {
    return calendar.latestDispatch(to, n);
  }

  /** The last day {@code from} could be for {@code n} working days before {@code to}, the first counting. */
  public LocalDate lastDayWithFirst(int n) {
    return calendar.addWorkingDays(to, -n);
  }

  /** The working days counted, as a list of dates ("Thu 11, Fri 12 and Mon 15 Jul 2013"). */
  public String counted() {
    return span.countedText();
  }

  /** The days not counted and why ("Sat 13 and Sun 14 Jul 2013 (weekend)"). */
  public String skipped() {
    return span.skippedText();
  }
}
