package io.quorate.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Randomised properties of the working-day calendar across the built-in years 2007-2030 (jqwik,
 * fixed seed; the exhaustive loops are in {@link WorkingDaysPropertyTest}).
 */
class WorkingDaysJqwikTest {
  private static final WorkingDays WD = WorkingDays.builtIn();
  private static final BankHolidays HOLIDAYS = BankHolidays.builtIn();
  private static final String SEED = "20070101";

  @Provide
  Arbitrary<LocalDate> covered() {
    return Arbitraries.longs()
        .between(LocalDate.of(2007, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<LocalDate> early() {
    return Arbitraries.longs()
        .between(LocalDate.of(2007, 1, 1).toEpochDay(), LocalDate.of(2028, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property(tries = 2000, seed = SEED)
  void clearWorkingDaysIsMonotonicInBothDates(@ForAll("covered") LocalDate a, @ForAll("covered") LocalDate b,
      @ForAll("covered") LocalDate c) {
    // a later dispatch day never gives more clear days; a later meeting day never gives fewer
    LocalDate lo = a.isBefore(b) ? a : b;
    LocalDate hi = a.isBefore(b) ? b : a;
    assertThat(WD.clearWorkingDays(hi, c)).isLessThanOrEqualTo(WD.clearWorkingDays(lo, c));
    assertThat(WD.clearWorkingDays(c, lo)).isLessThanOrEqualTo(WD.clearWorkingDays(c, hi));
    // and one more day moves the count by at most one
    assertThat(WD.clearWorkingDays(c, hi.plusDays(1)) - WD.clearWorkingDays(c, hi)).isBetween(0, 1);
    assertThat(WD.clearWorkingDays(lo.minusDays(1), c) - WD.clearWorkingDays(lo, c)).isBetween(0, 1);
  }

  @Property(tries = 2000, seed = SEED)
  void clearWorkingDaysSplitsAtAnyDayBetween(@ForAll("covered") LocalDate a, @ForAll("covered") LocalDate b,
      @ForAll("covered") LocalDate c) {
    LocalDate[] d = {a, b, c};
    java.util.Arrays.sort(d);
    int middle = WD.isWorkingDay(d[1]) && d[0].isBefore(d[1]) && d[1].isBefore(d[2]) ? 1 : 0;
    if (d[0].equals(d[1]) || d[1].equals(d[2])) {
      return; // the split day is an end point: nothing to add
    }
    assertThat(WD.clearWorkingDays(d[0], d[2]))
        .isEqualTo(WD.clearWorkingDays(d[0], d[1]) + middle + WD.clearWorkingDays(d[1], d[2]));
  }

  @Property(tries = 2000, seed = SEED)
  void addingNWorkingDaysThenCountingGivesNBack(@ForAll("early") LocalDate d, @ForAll @IntRange(min = 0, max = 500) int n) {
    LocalDate later = WD.addWorkingDays(d, n);
    assertThat(WD.clearWorkingDays(d, later.plusDays(1))).isEqualTo(n);
    if (n > 0) {
      assertThat(WD.isWorkingDay(later)).isTrue();
      assertThat(WD.clearWorkingDays(d, later)).isEqualTo(n - 1);
    }
    LocalDate meeting = later.plusDays(1);
    LocalDate latest = WD.latestDispatch(meeting, n);
    assertThat(WD.clearWorkingDays(latest, meeting)).isGreaterThanOrEqualTo(n);
    assertThat(WD.clearWorkingDays(latest.plusDays(1), meeting)).isLessThan(Math.max(n, 1));
  }

  @Property(tries = 2000, seed = SEED)
  void noWeekendOrBankHolidayIsEverAWorkingDay(@ForAll("covered") LocalDate d, @ForAll @IntRange(min = 0, max = 60) int len) {
    boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    assertThat(WD.isWorkingDay(d)).isEqualTo(!weekend && !HOLIDAYS.isBankHoliday(d));
    Span span = WD.span(d, d.plusDays(len));
    assertThat(span.count()).isEqualTo(WD.clearWorkingDays(d, d.plusDays(len)));
    for (Day day : span.counted()) {
      assertThat(day.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(HOLIDAYS.isBankHoliday(day.date())).as("%s", day.date()).isFalse();
    }
    for (Day day : span.skipped()) {
      assertThat(day.kind()).isIn(DayKind.WEEKEND, DayKind.BANK_HOLIDAY);
    }
  }
}
