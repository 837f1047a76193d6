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
