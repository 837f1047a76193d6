package io.quorate.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

class SpanTest {

  private final WorkingDays wd = WorkingDays.builtIn();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void hwb29May2013AsInLegalSemantics6_1() {
    Span span = wd.span(d(2013, 5, 20), d(2013, 5, 29));

    assertThat(span.from()).isEqualTo(d(2013, 5, 20));
    assertThat(span.to()).isEqualTo(d(2013, 5, 29));
    assertThat(span.count()).isEqualTo(5);
    assertThat(span.days())
        .containsExactly(
            new Day(d(2013, 5, 21), DayKind.WORKING_DAY, null, 1),
            new Day(d(2013, 5, 22), DayKind.WORKING_DAY, null, 2),
            new Day(d(2013, 5, 23), DayKind.WORKING_DAY, null, 3),
            new Day(d(2013, 5, 24), DayKind.WORKING_DAY, null, 4),
            new Day(d(2013, 5, 25), DayKind.WEEKEND, null, 0),
            new Day(d(2013, 5, 26), DayKind.WEEKEND, null, 0),
            new Day(d(2013, 5, 27), DayKind.BANK_HOLIDAY, "Spring bank holiday", 0),
            new Day(d(2013, 5, 28), DayKind.WORKING_DAY, null, 5));
    assertThat(span.counted()).extracting(Day::count).containsExactly(1, 2, 3, 4, 5);
    assertThat(span.skipped())
        .extracting(Day::date)
        .containsExactly(d(2013, 5, 25), d(2013, 5, 26), d(2013, 5, 27));
    assertThat(span.countedText()).isEqualTo("Tue 21, Wed 22, Thu 23, Fri 24 and Tue 28 May 2013");
    assertThat(span.skippedText())
        .isEqualTo("Sat 25 and Sun 26 May (weekend); Mon 27 May 2013 (Spring bank holiday)");
  }

  @Test
  void countyCouncil10Dec2015AsInLegalSemantics6_2() {
    Span span = wd.span(d(2015, 12, 2), d(2015, 12, 10));
    assertThat(span.count()).isEqualTo(5);
    assertThat(span.countedText()).isEqualTo("Thu 3, Fri 4, Mon 7, Tue 8 and Wed 9 Dec 2015");
    assertThat(span.skippedText()).isEqualTo("Sat 5 and Sun 6 Dec 2015 (weekend)");
  }

  @Test
  void emptySpanSaysNone() {
    Span span = wd.span(d(2013, 5, 28), d(2013, 5, 29));
    assertThat(span.days()).isEmpty();
    assertThat(span.count()).isZero();
    assertThat(span.countedText()).isEqualTo("none");
    assertThat(span.skippedText()).isEqualTo("none");
    assertThat(wd.span(d(2013, 5, 29), d(2013, 5, 20)).days()).isEmpty();
  }

  @Test
  void onlySkippedDays() {
    Span span = wd.span(d(2013, 5, 24), d(2013, 5, 28));
    assertThat(span.countedText()).isEqualTo("none");
    assertThat(span.skippedText())
        .isEqualTo("Sat 25 and Sun 26 May (weekend); Mon 27 May 2013 (Spring bank holiday)");
  }

  @Test
  void singleDays() {
    assertThat(wd.span(d(2013, 5, 27), d(2013, 5, 29)).countedText()).isEqualTo("Tue 28 May 2013");
    assertThat(wd.span(d(2013, 5, 25), d(2013, 5, 27)).skippedText())
        .isEqualTo("Sun 26 May 2013 (weekend)");
  }

  @Test
  void acrossMonthsEachMonthIsNamed() {
    Span span = wd.span(d(2015, 11, 26), d(2015, 12, 3));
    assertThat(span.countedText()).isEqualTo("Fri 27, Mon 30 Nov, Tue 1 and Wed 2 Dec 2015");
    assertThat(span.skippedText()).isEqualTo("Sat 28 and Sun 29 Nov 2015 (weekend)");
  }

  @Test
  void aWeekendAcrossTheMonthEnd() {
    Span span = wd.span(d(2013, 8, 30), d(2013, 9, 3));
    assertThat(span.countedText()).isEqualTo("Mon 2 Sep 2013");
    assertThat(span.skippedText()).isEqualTo("Sat 31 Aug and Sun 1 Sep 2013 (weekend)");
  }

  @Test
  void acrossYearsEachYearIsNamed() {
    Span span = wd.span(d(2015, 12, 30), d(2016, 1, 6));
    assertThat(span.countedText()).isEqualTo("Thu 31 Dec 2015, Mon 4 and Tue 5 Jan 2016");
    assertThat(span.skippedText())
        .isEqualTo("Fri 1 Jan (New Year’s Day); Sat 2 and Sun 3 Jan 2016 (weekend)");

    Span weekend = wd.span(d(2016, 12, 30), d(2017, 1, 3));
    assertThat(weekend.skippedText())
        .isEqualTo("Sat 31 Dec 2016 and Sun 1 Jan (weekend); Mon 2 Jan 2017 (New Year’s Day)");
  }

  @Test
  @ResourceLock(Resources.LOCALE) // changes the JVM-wide default locale
  void theTextsAreTheSameWhateverTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.FRANCE);
      assertThat(wd.span(d(2013, 5, 20), d(2013, 5, 29)).countedText())
          .isEqualTo("Tue 21, Wed 22, Thu 23, Fri 24 and Tue 28 May 2013");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void spanIsImmutableAndChecked() {
    Span span = wd.span(d(2013, 5, 20), d(2013, 5, 29));
    assertThatThrownBy(() -> span.days().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                new Span(
                    d(2013, 5, 20),
                    d(2013, 5, 22),
                    List.of(new Day(d(2013, 5, 21), DayKind.WORKING_DAY, null, 1)),
                    2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dayToString() {
    assertThat(wd.classify(d(2013, 5, 27))).hasToString("Mon 27 May 2013 (Spring bank holiday)");
    assertThat(wd.classify(d(2013, 5, 25))).hasToString("Sat 25 May 2013 (weekend)");
    assertThat(wd.classify(d(2013, 5, 28))).hasToString("Tue 28 May 2013");
  }

  @Test
  void dayRejectsInconsistentFields() {
    assertThatThrownBy(() -> new Day(d(2013, 5, 27), DayKind.BANK_HOLIDAY, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Day(d(2013, 5, 28), DayKind.WORKING_DAY, "x", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Day(d(2013, 5, 25), DayKind.WEEKEND, null, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
