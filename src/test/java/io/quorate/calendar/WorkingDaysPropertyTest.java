package io.quorate.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive checks against the plain per-day definitions of rules-catalogue.md Appendix A. Loops
 * are cheap (no timing assertions); failures are reported with the first bad input.
 */
class WorkingDaysPropertyTest {

  private final BankHolidays holidays = BankHolidays.builtIn();
  private final WorkingDays wd = WorkingDays.builtIn();

  private static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);

  /** Appendix A's is_wd, straight from the data. */
  private boolean isWd(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY
        && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && holidays.name(d).isEmpty();
  }

  /** Appendix A's clear_wd. */
  private int naiveClear(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
      n += isWd(d) ? 1 : 0;
    }
    return n;
  }

  @Test
  void noWeekendOrBankHolidayIsAWorkingDay() {
    int working = 0;
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek().getValue() >= 6;
      boolean holiday = holidays.name(d).isPresent();
      assertThat(wd.isWorkingDay(d)).as("%s", d).isEqualTo(!weekend && !holiday);
      DayKind expected =
          weekend ? DayKind.WEEKEND : holiday ? DayKind.BANK_HOLIDAY : DayKind.WORKING_DAY;
      Day day = wd.classify(d);
      assertThat(day.kind()).as("%s", d).isEqualTo(expected);
      assertThat(day.holiday()).as("%s", d).isEqualTo(holiday ? holidays.name(d).get() : null);
      working += wd.isWorkingDay(d) ? 1 : 0;
    }
    // 24 years: 6262 weekdays less 197 bank holidays (none on a weekend).
    assertThat(working).isEqualTo(6262 - 197);
  }

  @Test
  void clearWorkingDaysAgreesWithTheNaiveLoopForEveryPairWithinTwoMonths() {
    // every start day 2006-11-01 .. 2031-02-28 (crossing both edges of coverage), every gap 0..70
    for (LocalDate from = LocalDate.of(2006, 11, 1);
        from.isBefore(LocalDate.of(2031, 3, 1));
        from = from.plusDays(1)) {
      int running = 0;
      LocalDate to = from;
      for (int gap = 0; gap <= 70; gap++, to = to.plusDays(1)) {
        if (gap >= 2 && isWd(to.minusDays(1))) {
          running++;
        }
        if (wd.clearWorkingDays(from, to) != running) {
          fail(
              "clearWorkingDays(%s, %s) = %d, expected %d",
              from, to, wd.clearWorkingDays(from, to), running);
        }
      }
    }
  }

  @Test
  void clearWorkingDaysAgreesForEveryPairWithinThreeYears() {
    LocalDate start = LocalDate.of(2012, 1, 1);
    LocalDate end = LocalDate.of(2015, 1, 1);
    for (LocalDate from = start; from.isBefore(end); from = from.plusDays(1)) {
      int running = 0;
      for (LocalDate to = from.plusDays(1); to.isBefore(end); to = to.plusDays(1)) {
        if (wd.clearWorkingDays(from, to) != running) {
          fail(
              "clearWorkingDays(%s, %s) = %d, expected %d",
              from, to, wd.clearWorkingDays(from, to), running);
        }
        running += isWd(to) ? 1 : 0; // 'to' becomes an interior day of the next pair
      }
    }
  }

  @Test
  void longSpansAgreeWithTheNaiveLoop() {
    LocalDate[] points = {
      LocalDate.of(1999, 12, 31), LocalDate.of(2006, 12, 31), LocalDate.of(2007, 1, 1),
      LocalDate.of(2013, 5, 20), LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1),
      LocalDate.of(2040, 6, 15), LocalDate.of(1969, 12, 25)
    };
    for (LocalDate a : points) {
      for (LocalDate b : points) {
        assertThat(wd.clearWorkingDays(a, b)).as("%s..%s", a, b).isEqualTo(naiveClear(a, b));
      }
    }
  }

  @Test
  void addWorkingDaysThenCountingGivesNBack() {
    for (LocalDate d = FIRST.minusDays(40); d.isBefore(LAST.plusDays(40)); d = d.plusDays(1)) {
      for (int n = 1; n <= 25; n++) {
        LocalDate forward = wd.addWorkingDays(d, n);
        LocalDate back = wd.addWorkingDays(d, -n);
        // n working days in (d, forward], and forward is a working day
        if (wd.clearWorkingDays(d, forward.plusDays(1)) != n
            || !wd.isWorkingDay(forward)
            || wd.clearWorkingDays(back.minusDays(1), d) != n
            || !wd.isWorkingDay(back)) {
          fail("addWorkingDays(%s, ±%d) = %s / %s", d, n, forward, back);
        }
        LocalDate latest = wd.latestDispatch(d, n);
        if (wd.clearWorkingDays(latest, d) < n || wd.clearWorkingDays(latest.plusDays(1), d) >= n) {
          fail("latestDispatch(%s, %d) = %s is not the latest day with %d clear", d, n, latest, n);
        }
      }
      assertThat(wd.addWorkingDays(d, 0)).isEqualTo(d);
    }
  }

  @Test
  void lastWorkingDayOnOrBeforeIsAWorkingDayWithNoneBetween() {
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      LocalDate last = wd.lastWorkingDayOnOrBefore(d);
      assertThat(wd.isWorkingDay(last)).isTrue();
      assertThat(wd.clearWorkingDays(last, d.plusDays(1))).as("%s", d).isZero();
    }
  }

  @Test
  void spanCountsMatchClearWorkingDays() {
    for (LocalDate from = LocalDate.of(2015, 1, 1);
        from.isBefore(LocalDate.of(2016, 1, 31));
        from = from.plusDays(1)) {
      LocalDate to = from.plusDays(40);
      Span span = wd.span(from, to);
      assertThat(span.count()).isEqualTo(wd.clearWorkingDays(from, to));
      assertThat(span.days()).hasSize(39);
      assertThat(span.counted()).hasSize(span.count());
      assertThat(span.counted().get(span.count() - 1).count()).isEqualTo(span.count());
    }
  }
}
