package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Fractions for quorums and majorities: parsing, the rounding up, and the words for them. */
class FractionTest {
  @Test
  void parsesNumeratorAndDenominatorIgnoringSpaces() {
    assertThat(Fraction.parse("1/3")).isEqualTo(new Fraction(1, 3));
    assertThat(Fraction.parse(" 2 / 3 ")).isEqualTo(new Fraction(2, 3));
    assertThat(Fraction.parse("3/3")).isEqualTo(new Fraction(3, 3));
  }

  @Test
  void refusesWhatIsNotOneSlashTwo() {
    assertThatThrownBy(() -> Fraction.parse("1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a fraction like 1/3: 1");
    assertThatThrownBy(() -> Fraction.parse("1/2/3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a fraction like 1/3: 1/2/3");
    assertThatThrownBy(() -> Fraction.parse("half/3")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void refusesFractionsOutsideZeroToOne() {
    for (String s : new String[] {"0/3", "1/0", "-1/3", "1/-3", "4/3"}) {
      assertThatThrownBy(() -> Fraction.parse(s)).as(s).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a fraction between 0 and 1: " + s);
    }
  }

  @Test
  void ceilOfWorksInLongArithmeticWithoutOverflow() {
    // 2/3 of 2,000,000,000 is 4e9 before dividing: past int, so the division must happen in long
    assertThat(Fraction.parse("2/3").ceilOf(2_000_000_000)).isEqualTo(1_333_333_334);
    assertThat(Fraction.parse("1/2").ceilOf(Integer.MAX_VALUE)).isEqualTo(1_073_741_824);
    assertThat(Fraction.parse("3/3").ceilOf(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void ceilOfRoundsUp() {
    assertThat(Fraction.parse("1/3").ceilOf(25)).isEqualTo(9);
    assertThat(Fraction.parse("1/3").ceilOf(24)).isEqualTo(8);
    assertThat(Fraction.parse("1/3").ceilOf(26)).isEqualTo(9);
    assertThat(Fraction.parse("1/4").ceilOf(84)).isEqualTo(21);
    assertThat(Fraction.parse("1/4").ceilOf(85)).isEqualTo(22);
    assertThat(Fraction.parse("2/3").ceilOf(84)).isEqualTo(56);
    assertThat(Fraction.parse("2/3").ceilOf(85)).isEqualTo(57);
    assertThat(Fraction.parse("1/2").ceilOf(1)).isEqualTo(1);
    assertThat(Fraction.parse("1/2").ceilOf(0)).isZero();
    assertThat(Fraction.parse("3/3").ceilOf(7)).isEqualTo(7);
  }

  @Test
  void wordsForTheCommonFractionsAndDigitsOtherwise() {
    assertThat(new Fraction(1, 2).words()).isEqualTo("a half");
    assertThat(new Fraction(1, 3).words()).isEqualTo("a third");
    assertThat(new Fraction(1, 4).words()).isEqualTo("a quarter");
    assertThat(new Fraction(2, 3).words()).isEqualTo("two-thirds");
    assertThat(new Fraction(3, 5).words()).isEqualTo("3/5");
    assertThat(new Fraction(3, 4)).hasToString("3/4");
  }
}
