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
}
