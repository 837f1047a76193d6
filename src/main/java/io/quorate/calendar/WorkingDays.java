package io.quorate.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Working-day arithmetic for notice periods (legal-semantics.md §2, rules-catalogue.md §0.2 and
 * Appendix A).
 *
 * <p>A <em>working day</em> is Monday to Friday and not an England-and-Wales bank holiday
 * (Christmas Day and Good Friday included; legal-semantics.md §1.7). "N clear working days" between
 * a dispatch day E and a meeting day M counts the working days d with E &lt; d &lt; M: neither end
 * day counts (<em>R v Swansea CC, ex p Elitestone</em>, legal-semantics.md §1.3). Times of day are
 * ignored (§2 item 3). The council's discretionary closure days (24 and 31 Dec) are working days.
 *
 * <p>Dates outside the bank-holiday data's years ({@link #covers(LocalDate)} false) are treated as
 * having no bank holidays, i.e. only weekends are skipped; the caller reports a coverage warning.
 *
 * <p>Bounds: a count of working days ({@link #addWorkingDays}, {@link #latestDispatch}) is at most
 * {@value #MAX_DAYS}, about ten years' worth, far beyond any notice period, and a {@link #span} at
 * most {@value #MAX_SPAN_DAYS} calendar days, more than lie between any two dates quorate reads
 * (1970-2100); beyond them these methods throw IllegalArgumentException rather than step through
 * billions of days or fill the memory. Their callers keep within them: dates are read within
 * 1970-2100, and day counts in profiles and {@code procedure:} are bounded where they are read.
 *
 * <p>Speed: {@link #clearWorkingDays} is O(1) and allocation-free. Over the covered years it uses a
 * precomputed cumulative count; outside them working days are plain weekdays, which are counted
 * arithmetically. Instances are immutable and thread-safe.
 */
public final class WorkingDays {
  /** The most working days {@link #addWorkingDays} and {@link #latestDispatch} count: ten years' worth. */
  public static final int MAX_DAYS = 3660;

  /** The most days apart the two ends of a {@link #span} may be: 1 Jan 1970 and 31 Dec 2100 are 47,846. */
  public static final int MAX_SPAN_DAYS = 50_000;

  private final BankHolidays holidays;

  /** Epoch day of 1 January of the first covered year. */
  private final long start;

  /** Epoch day of 1 January of the year after the last covered year (exclusive end). */
  private final long end;

  /**
   * {@code before[i]} = number of working days in [start, start + i), for i in 0..end-start. Day
   * {@code start + i} is a working day iff {@code before[i + 1] - before[i] == 1}. Never mutated
   * after construction.
   */
  private final int[] before;

  public WorkingDays(BankHolidays holidays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.start = LocalDate.of(holidays.firstYear(), 1, 1).toEpochDay();
    this.end = LocalDate.of(holidays.lastYear() + 1, 1, 1).toEpochDay();
    int length = Math.toIntExact(end - start);
    this.before = new int[length + 1];
    boolean[] holiday = new boolean[length];
    for (LocalDate h : holidays.all().keySet()) {
      long e = h.toEpochDay();
      if (e >= start && e < end) holiday[(int) (e - start)] = true;
    }
    for (int i = 0; i < length; i++) {
      boolean working = isWeekday(start + i) && !holiday[i];
      before[i + 1] = before[i] + (working ? 1 : 0);
    }
  }

  /** The calendar over the built-in GOV.UK data, built once. */
  public static WorkingDays builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static final class BuiltIn {
    static final WorkingDays INSTANCE = new WorkingDays(BankHolidays.builtIn());
  }

  /** The bank-holiday data in use. */
  public BankHolidays holidays() {
    return holidays;
  }

  /** True if the bank-holiday data covers the year of {@code date}. */
  public boolean covers(LocalDate date) {
    return holidays.covers(date);
  }

  // ---------------------------------------------------------------------------- single days

  public boolean isWorkingDay(LocalDate date) {
    return isWorking(date.toEpochDay());
  }

  /** The kind of {@code date}, with the holiday title for a bank holiday; count is 0. */
  public Day classify(LocalDate date) {
    return classify(date, 0);
  }

  private Day classify(LocalDate date, int count) {
    long e = date.toEpochDay();
    if (!isWeekday(e)) {
      return new Day(date, DayKind.WEEKEND, null, 0);
    }
    if (inIndex(e) && !isWorking(e)) {
      return new Day(date, DayKind.BANK_HOLIDAY, holidays.name(date).orElseThrow(), 0);
    }
    return new Day(date, DayKind.WORKING_DAY, null, count);
  }

  // ------------------------------------------------------------------------------- counting

  /**
   * Clear working days between {@code from} and {@code to}: the number of working days d with
   * {@code from < d < to}; 0 if {@code to <= from + 1}. "At least N clear working days' notice"
   * holds iff this is {@code >= N} (legal-semantics.md §2 item 1).
   */
  public int clearWorkingDays(LocalDate from, LocalDate to) {
    long first = from.toEpochDay() + 1; // the dispatch day itself is never counted
    long stop = to.toEpochDay(); // nor is the meeting day (exclusive)
    if (stop <= first) {
      return 0;
    }
    return Math.toIntExact(workingBefore(stop) - workingBefore(first));
  }

  /**
   * Steps {@code n} working days forward ({@code n > 0}) or back ({@code n < 0}) from {@code date},
   * not counting {@code date} itself; {@code n == 0} returns {@code date}. This is Appendix A's
   * {@code add_wd}: the result is always a working day when {@code n != 0}. For a requisition
   * received on R, "within N clear working days of receipt" means meeting on or before {@code
   * addWorkingDays(R, N)} (legal-semantics.md §2 item 2).
   *
   * @throws IllegalArgumentException if {@code n} is more than {@link #MAX_DAYS} either way
   */
  public LocalDate addWorkingDays(LocalDate date, int n) {
    if (n > MAX_DAYS || n < -MAX_DAYS) {
      throw new IllegalArgumentException(n + " working days is more than the " + MAX_DAYS + " quorate counts");
    }
    long e = date.toEpochDay();
    int step = n > 0 ? 1 : -1;
    for (int remaining = Math.abs(n); remaining > 0; ) {
      e += step;
      if (isWorking(e)) {
        remaining--;
      }
    }
    return n == 0 ? date : LocalDate.ofEpochDay(e);
  }

  /**
   * The latest calendar day E with {@code clearWorkingDays(E, meeting) >= n}: the day before the
   * n-th working day counted back from the meeting (legal-semantics.md §2 item 1). It may be a
   * weekend or bank holiday; that is fine, because the dispatch day is never counted. For {@code n
   * == 0} this is the day before the meeting.
   *
   * @throws IllegalArgumentException if {@code n < 0} or {@code n > }{@link #MAX_DAYS}
   */
  public LocalDate latestDispatch(LocalDate meeting, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative notice period: " + n);
    }
    if (n > MAX_DAYS) {
      throw new IllegalArgumentException("a notice period of " + n + " working days is more than the " + MAX_DAYS
          + " quorate counts");
    }
    return addWorkingDays(meeting, -n).minusDays(1);
  }

  /** {@code date} if it is a working day, otherwise the closest working day before it. */
  public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
    long e = date.toEpochDay();
    while (!isWorking(e)) {
      e--;
    }
    return e == date.toEpochDay() ? date : LocalDate.ofEpochDay(e);
  }

  /** {@code date} if it is a working day, otherwise the closest working day after it. */
  public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
    long e = date.toEpochDay();
    while (!isWorking(e)) {
      e++;
    }
    return e == date.toEpochDay() ? date : LocalDate.ofEpochDay(e);
  }

  /**
   * The days strictly between {@code from} and {@code to}, each classified, with the running count
   * of working days: the auditable "why" behind {@link #clearWorkingDays} (legal-semantics.md §2
   * item 5, §6). Empty if {@code to <= from + 1}.
   *
   * @throws IllegalArgumentException if {@code to} is more than {@link #MAX_SPAN_DAYS} days after {@code from}
   */
  public Span span(LocalDate from, LocalDate to) {
    long length = to.toEpochDay() - from.toEpochDay();
    if (length > MAX_SPAN_DAYS) {
      throw new IllegalArgumentException("the " + length + " days from " + from + " to " + to + " are more than the "
          + MAX_SPAN_DAYS + " a span lists");
    }
    List<Day> days = new ArrayList<>();
    int count = 0;
    for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
      Day day = classify(d, count + 1);
      if (day.isWorkingDay()) {
        count++;
      }
      days.add(day);
    }
    return new Span(from, to, days, count);
  }

  // -------------------------------------------------------------------------------- internals

  private boolean inIndex(long epochDay) {
    return epochDay >= start && epochDay < end;
  }

  private boolean isWorking(long epochDay) {
    if (inIndex(epochDay)) {
      int i = (int) (epochDay - start);
      return before[i + 1] != before[i];
    }
    return isWeekday(epochDay); // outside coverage: no bank holidays known
  }

  /**
   * A signed count W(x) with W(b) - W(a) = number of working days in [a, b) for any a &lt;= b:
   * inside the index it is {@code before[x - start]}; outside it extends by weekdays only.
   */
  private long workingBefore(long x) {
    if (x < start) {
      return weekdaysBefore(x) - weekdaysBefore(start);
    }
    if (x > end) {
      return before[before.length - 1] + weekdaysBefore(x) - weekdaysBefore(end);
    }
    return before[(int) (x - start)];
  }

  /**
   * A signed count F(x) with F(b) - F(a) = number of Mondays to Fridays in [a, b). Counted from
   * Monday 29 Dec 1969 (epoch day -3); floor division keeps it right for earlier dates.
   */
  private static long weekdaysBefore(long epochDay) {
    long sinceMonday = epochDay + 3;
    return 5 * Math.floorDiv(sinceMonday, 7) + Math.min(Math.floorMod(sinceMonday, 7), 5);
  }

  /** Epoch day 0 (1 Jan 1970) was a Thursday, so (e + 3) mod 7 is 0 for Monday ... 6 for Sunday. */
  private static boolean isWeekday(long epochDay) {
    return Math.floorMod(epochDay + 3, 7) < 5;
  }
}
