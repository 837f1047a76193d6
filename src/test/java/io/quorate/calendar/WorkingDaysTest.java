package io.quorate.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of legal-semantics.md §6 and rules-catalogue.md §15, exact values. */
class WorkingDaysTest {

  private final WorkingDays wd = WorkingDays.builtIn();

  private static final DateTimeFormatter IN =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  /** Parses "Wed 29 May 2013"; the weekday is checked too, so a typo in a fixture fails loudly. */
  private static LocalDate on(String text) {
    return LocalDate.parse(text, IN);
  }

  @Nested
  class DispatchMeetingPairs {

    @Test
    void kentHwb29May2013DispatchedMonday20MayHasExactlyFive() { // TC2, §6.1
      assertThat(wd.clearWorkingDays(on("Mon 20 May 2013"), on("Wed 29 May 2013"))).isEqualTo(5);
    }

    @Test
    void kentHwb29May2013DispatchedTuesday21MayHasOnlyFour() { // TC2: Spring bank holiday 27 May
      LocalDate dispatch = on("Tue 21 May 2013");
      LocalDate meeting = on("Wed 29 May 2013");
      assertThat(wd.clearWorkingDays(dispatch, meeting)).isEqualTo(4);
      Span span = wd.span(dispatch, meeting);
      assertThat(span.count()).isEqualTo(4);
      assertThat(span.countedText()).isEqualTo("Wed 22, Thu 23, Fri 24 and Tue 28 May 2013");
      assertThat(span.skippedText())
          .isEqualTo("Sat 25 and Sun 26 May (weekend); Mon 27 May 2013 (Spring bank holiday)");
    }

    @Test
    void countyCouncil10Dec2015Dispatched2DecHasExactlyFive() { // TC1, §6.2
      assertThat(wd.clearWorkingDays(on("Wed 2 Dec 2015"), on("Thu 10 Dec 2015"))).isEqualTo(5);
      assertThat(wd.clearWorkingDays(on("Thu 3 Dec 2015"), on("Thu 10 Dec 2015"))).isEqualTo(4);
    }

    @Test
    void elitestone26AprilTo1May1990HasTwo() { // legal-semantics.md §1.3 (outside coverage)
      assertThat(wd.covers(on("Thu 26 Apr 1990"))).isFalse();
      assertThat(wd.clearWorkingDays(on("Thu 26 Apr 1990"), on("Tue 1 May 1990"))).isEqualTo(2);
    }

    @Test
    void otherPairsInThePapers() { // TC4, TC5, TC6, TC7
      assertThat(wd.clearWorkingDays(on("Wed 27 Mar 2013"), on("Wed 15 May 2013"))).isEqualTo(31);
      assertThat(wd.clearWorkingDays(on("Wed 15 May 2013"), on("Wed 29 May 2013"))).isEqualTo(8);
      assertThat(wd.clearWorkingDays(on("Mon 18 Jul 2011"), on("Mon 8 Aug 2011"))).isEqualTo(14);
      assertThat(wd.clearWorkingDays(on("Thu 19 Nov 2015"), on("Thu 10 Dec 2015"))).isEqualTo(14);
      assertThat(wd.clearWorkingDays(on("Thu 19 Nov 2015"), on("Wed 2 Dec 2015"))).isEqualTo(8);
      assertThat(wd.clearWorkingDays(on("Mon 30 Nov 2015"), on("Thu 10 Dec 2015"))).isEqualTo(7);
      assertThat(wd.clearWorkingDays(on("Mon 30 Nov 2015"), on("Wed 2 Dec 2015"))).isEqualTo(1);
    }

    @Test
    void adjacentOrReversedDaysHaveNone() {
      LocalDate d = on("Wed 29 May 2013");
      assertThat(wd.clearWorkingDays(d, d)).isZero();
      assertThat(wd.clearWorkingDays(d, d.plusDays(1))).isZero();
      assertThat(wd.clearWorkingDays(d, d.minusDays(10))).isZero();
      assertThat(wd.clearWorkingDays(d, d.plusDays(2))).isEqualTo(1);
    }
  }

  @Nested
  class LatestDispatch {

    /** rules-catalogue.md §15.4: every HWB meeting date in the papers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
# meeting        | dispatch (5 clear) | literal 5 WD    | member item (9 clear) | literal 9 WD
Wed 30 Jan 2013  | Tue 22 Jan 2013    | Wed 23 Jan 2013 | Wed 16 Jan 2013       | Thu 17 Jan 2013
Wed 27 Mar 2013  | Tue 19 Mar 2013    | Wed 20 Mar 2013 | Wed 13 Mar 2013       | Thu 14 Mar 2013
Wed 29 May 2013  | Mon 20 May 2013    | Tue 21 May 2013 | Tue 14 May 2013       | Wed 15 May 2013
Wed 17 Jul 2013  | Tue 9 Jul 2013     | Wed 10 Jul 2013 | Wed 3 Jul 2013        | Thu 4 Jul 2013
Wed 26 Mar 2014  | Tue 18 Mar 2014    | Wed 19 Mar 2014 | Wed 12 Mar 2014       | Thu 13 Mar 2014
Wed 28 May 2014  | Mon 19 May 2014    | Tue 20 May 2014 | Tue 13 May 2014       | Wed 14 May 2014
Wed 16 Jul 2014  | Tue 8 Jul 2014     | Wed 9 Jul 2014  | Wed 2 Jul 2014        | Thu 3 Jul 2014
Wed 17 Sep 2014  | Tue 9 Sep 2014     | Wed 10 Sep 2014 | Wed 3 Sep 2014        | Thu 4 Sep 2014
Wed 19 Nov 2014  | Tue 11 Nov 2014    | Wed 12 Nov 2014 | Wed 5 Nov 2014        | Thu 6 Nov 2014
Wed 28 Jan 2015  | Tue 20 Jan 2015    | Wed 21 Jan 2015 | Wed 14 Jan 2015       | Thu 15 Jan 2015
Wed 18 Mar 2015  | Tue 10 Mar 2015    | Wed 11 Mar 2015 | Wed 4 Mar 2015        | Thu 5 Mar 2015
Wed 20 May 2015  | Tue 12 May 2015    | Wed 13 May 2015 | Wed 6 May 2015        | Thu 7 May 2015
""")
    void hwbMeetingsOfTable15_4(
        String meeting, String dispatch, String literal5, String memberItem, String literal9) {
      LocalDate m = on(meeting);
      assertThat(wd.latestDispatch(m, 5)).isEqualTo(on(dispatch));
      assertThat(wd.addWorkingDays(m, -5)).isEqualTo(on(literal5));
      assertThat(wd.latestDispatch(m, 9)).isEqualTo(on(memberItem));
      assertThat(wd.addWorkingDays(m, -9)).isEqualTo(on(literal9));
      // the deadline is exact: one day later loses a clear working day
      assertThat(wd.clearWorkingDays(on(dispatch), m)).isEqualTo(5);
      assertThat(wd.clearWorkingDays(on(dispatch).plusDays(1), m)).isEqualTo(4);
      assertThat(wd.clearWorkingDays(on(memberItem), m)).isEqualTo(9);
      assertThat(wd.clearWorkingDays(on(memberItem).plusDays(1), m)).isEqualTo(8);
    }

    /** rules-catalogue.md §15.4, County Council meetings. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            Thu 17 Sep 2015 | Wed 9 Sep 2015
            Thu 22 Oct 2015 | Wed 14 Oct 2015
            Thu 10 Dec 2015 | Wed 2 Dec 2015
            """)
    void countyCouncilMeetingsOfTable15_4(String meeting, String summons) {
      assertThat(wd.latestDispatch(on(meeting), 5)).isEqualTo(on(summons));
    }

    @Test
    void membersItemNineWorkingDaysFor29May2013() { // §6.1, TC3
      LocalDate meeting = on("Wed 29 May 2013");
      assertThat(wd.latestDispatch(meeting, 9)).isEqualTo(on("Tue 14 May 2013"));
      Span span = wd.span(on("Tue 14 May 2013"), meeting);
      assertThat(span.countedText())
          .isEqualTo(
              "Wed 15, Thu 16, Fri 17, Mon 20, Tue 21, Wed 22, Thu 23, Fri 24 and Tue 28 May 2013");
      assertThat(span.skippedText())
          .isEqualTo(
              "Sat 18 and Sun 19 May (weekend); Sat 25 and Sun 26 May (weekend);"
                  + " Mon 27 May 2013 (Spring bank holiday)");
    }

    @Test
    void christmas2015ForAMeetingOnMonday4January2016() { // §6.5
      LocalDate meeting = on("Mon 4 Jan 2016");
      LocalDate dispatch = wd.latestDispatch(meeting, 5);
      assertThat(dispatch).isEqualTo(on("Tue 22 Dec 2015"));
      Span span = wd.span(dispatch, meeting);
      assertThat(span.count()).isEqualTo(5);
      assertThat(span.days()).hasSize(12);
      assertThat(span.countedText())
          .isEqualTo("Wed 23, Thu 24, Tue 29, Wed 30 and Thu 31 Dec 2015");
      assertThat(span.skippedText())
          .isEqualTo(
              "Fri 25 Dec (Christmas Day); Sat 26 and Sun 27 Dec (weekend); Mon 28 Dec 2015 (Boxing"
                  + " Day); Fri 1 Jan (New Year’s Day); Sat 2 and Sun 3 Jan 2016 (weekend)");
    }

    @Test
    void soipTwentyWorkingDaysBeforeTheCouncil() { // TC9, §6.5
      assertThat(wd.latestDispatch(on("Thu 10 Dec 2015"), 20)).isEqualTo(on("Wed 11 Nov 2015"));
      assertThat(wd.addWorkingDays(on("Thu 10 Dec 2015"), -20)).isEqualTo(on("Thu 12 Nov 2015"));
      assertThat(wd.latestDispatch(on("Wed 2 Dec 2015"), 20)).isEqualTo(on("Tue 3 Nov 2015"));
      assertThat(wd.latestDispatch(on("Thu 11 Feb 2016"), 20)).isEqualTo(on("Wed 13 Jan 2016"));
    }

    @Test
    void soipEstablishedOn10Dec2015FirstReportsOn13January2016() { // TC9
      LocalDate established = on("Thu 10 Dec 2015");
      assertThat(wd.clearWorkingDays(established, on("Wed 13 Jan 2016"))).isEqualTo(20);
      assertThat(wd.clearWorkingDays(established, on("Tue 12 Jan 2016"))).isEqualTo(19);
      assertThat(wd.addWorkingDays(established, 20)).isEqualTo(on("Tue 12 Jan 2016")); // literal
      assertThat(wd.addWorkingDays(established, 21)).isEqualTo(on("Wed 13 Jan 2016"));
    }

    @Test
    void zeroAndNegativePeriods() {
      LocalDate meeting = on("Wed 29 May 2013");
      assertThat(wd.latestDispatch(meeting, 0)).isEqualTo(on("Tue 28 May 2013"));
      assertThatThrownBy(() -> wd.latestDispatch(meeting, -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Requisitions {

    /** rules-catalogue.md §15.3 and legal-semantics.md §6.5: meet by addWorkingDays(receipt, 5). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            # received      | latest meeting  | ambiguous (6th WD)
            Thu 23 May 2013 | Fri 31 May 2013 | Mon 3 Jun 2013
            Thu 17 Apr 2014 | Mon 28 Apr 2014 | Tue 29 Apr 2014
            Fri 19 Dec 2014 | Tue 30 Dec 2014 | Wed 31 Dec 2014
            Thu 2 Apr 2015  | Mon 13 Apr 2015 | Tue 14 Apr 2015
            Mon 21 Dec 2015 | Wed 30 Dec 2015 | Thu 31 Dec 2015
            Wed 20 May 2015 | Thu 28 May 2015 | Fri 29 May 2015
            Tue 22 Dec 2015 | Thu 31 Dec 2015 | Mon 4 Jan 2016
            """)
    void latestLawfulMeeting(String received, String latest, String ambiguous) {
      assertThat(wd.addWorkingDays(on(received), 5)).isEqualTo(on(latest));
      assertThat(wd.addWorkingDays(on(received), 6)).isEqualTo(on(ambiguous));
    }

    @Test
    void countedDaysOfTheFirstRow() {
      Span span = wd.span(on("Thu 23 May 2013"), on("Fri 31 May 2013").plusDays(1));
      assertThat(span.countedText())
          .isEqualTo("Fri 24, Tue 28, Wed 29, Thu 30 and Fri 31 May 2013");
    }
  }

  @Nested
  class SingleDays {

    @Test
    void stateFuneralAndJubilee2022AreNotWorkingDays() {
      for (String day : new String[] {"Mon 19 Sep 2022", "Thu 2 Jun 2022", "Fri 3 Jun 2022"}) {
        assertThat(wd.isWorkingDay(on(day))).as(day).isFalse();
        assertThat(wd.classify(on(day)).kind()).as(day).isEqualTo(DayKind.BANK_HOLIDAY);
      }
      assertThat(wd.classify(on("Fri 3 Jun 2022")).holiday())
          .isEqualTo("Platinum Jubilee bank holiday");
      assertThat(wd.isWorkingDay(on("Mon 30 May 2022"))).isTrue(); // spring holiday moved away
      assertThat(wd.clearWorkingDays(on("Wed 14 Sep 2022"), on("Wed 21 Sep 2022"))).isEqualTo(3);
    }

    @Test
    void jubilee2012MovedTheSpringHoliday() {
      assertThat(wd.isWorkingDay(on("Mon 4 Jun 2012"))).isFalse();
      assertThat(wd.isWorkingDay(on("Tue 5 Jun 2012"))).isFalse();
      assertThat(wd.isWorkingDay(on("Mon 28 May 2012"))).isTrue();
      assertThat(wd.classify(on("Tue 5 Jun 2012")))
          .isEqualTo(
              new Day(on("Tue 5 Jun 2012"), DayKind.BANK_HOLIDAY, "Queen’s Diamond Jubilee", 0));
      Span span = wd.span(on("Fri 1 Jun 2012"), on("Thu 7 Jun 2012"));
      assertThat(span.count()).isEqualTo(1);
      assertThat(span.skippedText())
          .isEqualTo(
              "Sat 2 and Sun 3 Jun (weekend); Mon 4 Jun (Spring bank holiday);"
                  + " Tue 5 Jun 2012 (Queen’s Diamond Jubilee)");
    }

    @Test
    void easter2014() {
      assertThat(wd.classify(on("Fri 18 Apr 2014")))
          .isEqualTo(new Day(on("Fri 18 Apr 2014"), DayKind.BANK_HOLIDAY, "Good Friday", 0));
      assertThat(wd.classify(on("Mon 21 Apr 2014")))
          .isEqualTo(new Day(on("Mon 21 Apr 2014"), DayKind.BANK_HOLIDAY, "Easter Monday", 0));
      assertThat(wd.isWorkingDay(on("Thu 17 Apr 2014"))).isTrue();
      assertThat(wd.isWorkingDay(on("Tue 22 Apr 2014"))).isTrue();
      assertThat(wd.clearWorkingDays(on("Wed 16 Apr 2014"), on("Wed 23 Apr 2014"))).isEqualTo(2);
      assertThat(wd.span(on("Thu 17 Apr 2014"), on("Tue 22 Apr 2014")).skippedText())
          .isEqualTo(
              "Fri 18 Apr (Good Friday); Sat 19 and Sun 20 Apr (weekend); Mon 21 Apr 2014 (Easter"
                  + " Monday)");
    }

    @Test
    void classifiesWeekendsAndWorkingDays() {
      assertThat(wd.classify(on("Sat 25 May 2013")))
          .isEqualTo(new Day(on("Sat 25 May 2013"), DayKind.WEEKEND, null, 0));
      assertThat(wd.classify(on("Tue 28 May 2013")))
          .isEqualTo(new Day(on("Tue 28 May 2013"), DayKind.WORKING_DAY, null, 0));
    }

    @Test
    void christmasEveIsAWorkingDayByDefault() { // rules-catalogue.md §0.2
      assertThat(wd.isWorkingDay(on("Thu 24 Dec 2015"))).isTrue();
      assertThat(wd.isWorkingDay(on("Thu 31 Dec 2015"))).isTrue();
    }

    @Test
    void lastAndFirstWorkingDay() {
      assertThat(wd.lastWorkingDayOnOrBefore(on("Mon 27 May 2013")))
          .isEqualTo(on("Fri 24 May 2013"));
      assertThat(wd.lastWorkingDayOnOrBefore(on("Tue 28 May 2013")))
          .isEqualTo(on("Tue 28 May 2013"));
      assertThat(wd.lastWorkingDayOnOrBefore(on("Mon 28 Dec 2015")))
          .isEqualTo(on("Thu 24 Dec 2015"));
      assertThat(wd.firstWorkingDayOnOrAfter(on("Fri 25 Dec 2015")))
          .isEqualTo(on("Tue 29 Dec 2015"));
      assertThat(wd.firstWorkingDayOnOrAfter(on("Sat 25 May 2013")))
          .isEqualTo(on("Tue 28 May 2013"));
    }

    @Test
    void outsideCoverageOnlyWeekendsAreSkipped() {
      LocalDate christmas2040 = on("Tue 25 Dec 2040");
      assertThat(wd.covers(christmas2040)).isFalse();
      assertThat(wd.isWorkingDay(christmas2040)).isTrue();
      assertThat(wd.classify(christmas2040).kind()).isEqualTo(DayKind.WORKING_DAY);
      assertThat(wd.clearWorkingDays(on("Fri 21 Dec 2040"), on("Mon 31 Dec 2040"))).isEqualTo(5);
    }

    @Test
    void acrossTheEdgesOfCoverage() {
      // 2006-12-29 (Fri) .. 2007-01-03 (Wed): Mon 1 Jan 2007 is a bank holiday, 2 Jan counts.
      assertThat(wd.clearWorkingDays(on("Fri 29 Dec 2006"), on("Wed 3 Jan 2007"))).isEqualTo(1);
      // 2030-12-24 (Tue) .. 2031-01-02 (Thu): 25, 26 Dec holidays; 27, 30, 31 Dec and 1 Jan 2031
      // (not covered, so an ordinary Wednesday) count.
      assertThat(wd.clearWorkingDays(on("Tue 24 Dec 2030"), on("Thu 2 Jan 2031"))).isEqualTo(4);
      // a long span entirely outside, both sides
      assertThat(wd.clearWorkingDays(on("Mon 3 Jan 2000"), on("Mon 10 Jan 2000"))).isEqualTo(4);
      assertThat(wd.clearWorkingDays(on("Mon 3 Jan 2000"), on("Mon 6 Jan 2031")))
          .isEqualTo(naive(on("Mon 3 Jan 2000"), on("Mon 6 Jan 2031")));
    }
  }

  @Test
  void customTable() {
    BankHolidays table =
        BankHolidays.of(
            Map.of(on("Mon 27 May 2013"), "Spring bank holiday"), 2013, 2013, "one day");
    WorkingDays custom = new WorkingDays(table);
    assertThat(custom.clearWorkingDays(on("Mon 20 May 2013"), on("Wed 29 May 2013"))).isEqualTo(5);
    assertThat(custom.clearWorkingDays(on("Wed 18 Dec 2013"), on("Fri 27 Dec 2013"))).isEqualTo(6);
    assertThat(custom.holidays()).isSameAs(table);
  }

  /** notice-days: 100000000 made plan step through a hundred million days; now a count is bounded. */
  @Test
  void countsAndSpansAreBounded() {
    LocalDate meeting = on("Wed 29 May 2013");
    assertThat(wd.addWorkingDays(meeting, -WorkingDays.MAX_DAYS)).isBefore(meeting.minusYears(13));
    assertThat(wd.addWorkingDays(meeting, WorkingDays.MAX_DAYS)).isAfter(meeting.plusYears(13));
    assertThat(wd.latestDispatch(meeting, WorkingDays.MAX_DAYS)).isBefore(meeting.minusYears(13));
    assertThatThrownBy(() -> wd.addWorkingDays(meeting, WorkingDays.MAX_DAYS + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("3661 working days is more than the 3660 quorate counts");
    assertThatThrownBy(() -> wd.addWorkingDays(meeting, -100_000_000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wd.latestDispatch(meeting, 100_000_000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a notice period of 100000000 working days is more than the 3660 quorate counts");
    // every two dates quorate reads (1970-2100) can be spanned; a range beyond them cannot
    assertThat(wd.span(LocalDate.of(1970, 1, 1), LocalDate.of(2100, 12, 31)).days()).hasSize(47_845);
    assertThatThrownBy(() -> wd.span(LocalDate.of(2013, 5, 20), LocalDate.of(999_999_999, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the 365241764626 days from 2013-05-20 to +999999999-12-31 are more than the 50000 a span lists");
  }

  private int naive(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
      if (wd.isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }
}
