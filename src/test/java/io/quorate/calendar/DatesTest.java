package io.quorate.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

class DatesTest {

  @Test
  void formatsWithWeekdayDayMonthAndYear() {
    assertThat(Dates.format(LocalDate.of(2013, 5, 20))).isEqualTo("Mon 20 May 2013");
    assertThat(Dates.format(LocalDate.of(2015, 12, 2))).isEqualTo("Wed 2 Dec 2015");
  }

  @Test
  void shortFormatLeavesOutTheYear() {
    assertThat(Dates.formatShort(LocalDate.of(2013, 5, 20))).isEqualTo("Mon 20 May");
  }

  @Test
  void parseIsoAgreesWithLocalDateParse() {
    for (String ok : new String[] {"2013-05-20", "2016-02-29", "0001-01-01", "9999-12-31", "+10000-01-01"}) {
      assertThat(Dates.parseIso(ok)).as(ok).isEqualTo(LocalDate.parse(ok));
    }
    for (String bad : new String[] {"2013-02-30", "2015-02-29", "2013-13-01", "2013-00-10", "2013-5-20", "2013/05/20",
        "２０13-05-20", "2013-05-2x", ""}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalDate.parse(bad)).as(bad)
          .isInstanceOf(java.time.format.DateTimeParseException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dates.parseIso(bad)).as(bad)
          .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
  }

  @Test
  void septemberIsSepNotSept() {
    assertThat(Dates.format(LocalDate.of(2022, 9, 19))).isEqualTo("Mon 19 Sep 2022");
  }

  @Test
  @ResourceLock(Resources.LOCALE) // changes the JVM-wide default locale
  void ignoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Dates.format(LocalDate.of(2013, 5, 29))).isEqualTo("Wed 29 May 2013");
      assertThat(Dates.formatShort(LocalDate.of(2013, 3, 27))).isEqualTo("Wed 27 Mar");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void writesWhatTheEnglishFormatterWritesForEveryDayOfFourCenturies() {
    var full = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    var shortForm = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    var weekdayAndDay = java.time.format.DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    var month = java.time.format.DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    int n = 0;
    for (LocalDate d = LocalDate.of(1800, 1, 1); d.getYear() < 2200; d = d.plusDays(1), n++) {
      assertThat(Dates.format(d)).isEqualTo(full.format(d));
      assertThat(Dates.formatShort(d)).isEqualTo(shortForm.format(d));
      assertThat(Dates.weekdayAndDay(d)).isEqualTo(weekdayAndDay.format(d));
      assertThat(Dates.month(d)).isEqualTo(month.format(d));
    }
    assertThat(n).isEqualTo(146_097); // 400 Gregorian years
  }

  @Test
  void writesYearsAsPatternUuuuDoes() {
    var uuuu = java.time.format.DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH);
    for (int y : new int[] {-10000, -999, -1, 0, 7, 99, 999, 1000, 2013, 9999, 10000, 123456}) {
      LocalDate d = LocalDate.of(y, 6, 1);
      assertThat(Dates.year(d)).as("year " + y).isEqualTo(uuuu.format(d));
    }
    assertThat(Dates.year(LocalDate.of(7, 1, 1))).isEqualTo("0007");
    assertThat(Dates.year(LocalDate.of(-1, 1, 1))).isEqualTo("-0001");
    assertThat(Dates.year(LocalDate.of(10000, 1, 1))).isEqualTo("+10000");
  }

  @Test
  void parseMonthDayAgreesWithMonthDayParse() {
    for (LocalDate d = LocalDate.of(2016, 1, 1); d.getYear() == 2016; d = d.plusDays(1)) {
      String text = String.format("--%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
      assertThat(Dates.parseMonthDay(text)).as(text).isEqualTo(java.time.MonthDay.parse(text));
    }
    for (String bad : new String[] {"--02-30", "--04-31", "--13-01", "--00-10", "--4-01", "--04-1x", "04-01", "-04-01x",
        "--04/01", ""}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.time.MonthDay.parse(bad)).as(bad)
          .isInstanceOf(java.time.format.DateTimeParseException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dates.parseMonthDay(bad)).as(bad)
          .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
  }
}
