package io.quorate.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankHolidaysTest {

  private final BankHolidays builtIn = BankHolidays.builtIn();

  @TempDir Path dir;

  /** Reads the file as the command line does (it reads the bytes, BankHolidays parses them). */
  static BankHolidays fromFile(Path file) throws IOException {
    return BankHolidays.fromJson(Files.readAllBytes(file), file);
  }

  // ------------------------------------------------------------------------------ built-in data

  @Test
  void builtInCovers2007To2030() {
    assertThat(builtIn.firstYear()).isEqualTo(2007);
    assertThat(builtIn.lastYear()).isEqualTo(2030);
    assertThat(builtIn.description())
        .isEqualTo("GOV.UK bank holidays for England and Wales, 2007-2030");
    assertThat(builtIn.all()).hasSize(197);
  }

  @Test
  void builtInIsLoadedOnce() {
    assertThat(BankHolidays.builtIn()).isSameAs(builtIn);
  }

  @Test
  void coversByYear() {
    assertThat(builtIn.covers(LocalDate.of(2007, 1, 1))).isTrue();
    assertThat(builtIn.covers(LocalDate.of(2030, 12, 31))).isTrue();
    assertThat(builtIn.covers(LocalDate.of(2006, 12, 31))).isFalse();
    assertThat(builtIn.covers(LocalDate.of(2031, 1, 1))).isFalse();
  }

  @Test
  void namesTheHoliday() {
    assertThat(builtIn.name(LocalDate.of(2013, 5, 27))).contains("Spring bank holiday");
    assertThat(builtIn.name(LocalDate.of(2015, 12, 28))).contains("Boxing Day");
    assertThat(builtIn.name(LocalDate.of(2012, 6, 5))).contains("Queen’s Diamond Jubilee");
    assertThat(builtIn.name(LocalDate.of(2022, 9, 19)))
        .contains("Bank Holiday for the State Funeral of Queen Elizabeth II");
    assertThat(builtIn.name(LocalDate.of(2013, 5, 28))).isEmpty();
  }

  @Test
  void catalogueTableOf2013To2016Matches() {
    // rules-catalogue.md §0.2, bank-holiday table for the years of the papers.
    assertThat(yearOf(2013))
        .containsExactly(
            d(2013, 1, 1),
            d(2013, 3, 29),
            d(2013, 4, 1),
            d(2013, 5, 6),
            d(2013, 5, 27),
            d(2013, 8, 26),
            d(2013, 12, 25),
            d(2013, 12, 26));
    assertThat(yearOf(2015))
        .containsExactly(
            d(2015, 1, 1),
            d(2015, 4, 3),
            d(2015, 4, 6),
            d(2015, 5, 4),
            d(2015, 5, 25),
            d(2015, 8, 31),
            d(2015, 12, 25),
            d(2015, 12, 28));
    assertThat(yearOf(2016))
        .containsExactly(
            d(2016, 1, 1),
            d(2016, 3, 25),
            d(2016, 3, 28),
            d(2016, 5, 2),
            d(2016, 5, 30),
            d(2016, 8, 29),
            d(2016, 12, 26),
            d(2016, 12, 27));
    assertThat(yearOf(2011)).contains(d(2011, 4, 29)).hasSize(9);
  }

  @Test
  void noBuiltInHolidayFallsOnAWeekend() {
    assertThat(builtIn.all().keySet())
        .allSatisfy(
            date -> assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  // ---------------------------------------------------------------------------------- fromFile

  @Test
  void readsTheFullGovUkShapeAndUsesOnlyEnglandAndWales() throws IOException {
    Path file =
        write(
            "bank-holidays.json",
            """
{"england-and-wales": {"division": "england-and-wales", "events": [
   {"title": "Spring bank holiday", "date": "2013-05-27", "notes": "", "bunting": true},
   {"title": "Boxing Day", "date": "2015-12-28", "notes": "Substitute day", "bunting": true}
 ]},
 "scotland": {"division": "scotland", "events": [
   {"title": "St Andrew’s Day", "date": "2015-11-30", "notes": "", "bunting": true},
   {"title": "2nd January", "date": "2014-01-02", "notes": "", "bunting": true}
 ]},
 "northern-ireland": {"division": "northern-ireland", "events": [
   {"title": "Battle of the Boyne (Orangemen’s Day)", "date": "2014-07-14", "notes": "", "bunting": false}
 ]}}
""");

    BankHolidays holidays = fromFile(file);

    assertThat(holidays.name(d(2013, 5, 27))).contains("Spring bank holiday");
    assertThat(holidays.name(d(2015, 12, 28))).contains("Boxing Day");
    assertThat(holidays.name(d(2015, 11, 30))).isEmpty();
    assertThat(holidays.name(d(2014, 1, 2))).isEmpty();
    assertThat(holidays.name(d(2014, 7, 14))).isEmpty();
    assertThat(holidays.firstYear()).isEqualTo(2013);
    assertThat(holidays.lastYear()).isEqualTo(2015);
    assertThat(holidays.description())
        .isEqualTo("bank holidays for England and Wales from " + file + ", 2013-2015");
  }

  @Test
  void readsTheBuiltInResourceAsAFile() throws IOException {
    Path copy =
        Path.of("src/main/resources/io/quorate/calendar/bank-holidays-england-and-wales.json");
    BankHolidays holidays = fromFile(copy);
    assertThat(holidays.all()).isEqualTo(builtIn.all());
  }

  @Test
  void badJsonGivesLineAndColumn() throws IOException {
    Path file =
        write(
            "broken.json",
            """
            {"england-and-wales": {
              "division": "england-and-wales",
              "events": [ {"title": "Christmas Day" "date": "2015-12-25"} ]
            }}
            """);
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageStartingWith(
            "Bank-holiday file " + file + " is not valid JSON at line 3, column ")
        .hasMessageEndingWith("; download a fresh copy from https://www.gov.uk/bank-holidays.json.")
        .hasMessageNotContaining("\n");
  }

  @Test
  void emptyFile() throws IOException {
    Path file = write("empty.json", "");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " is empty; download a fresh copy from https://www.gov.uk/bank-holidays.json.");
  }

  @Test
  void trailingGarbageIsAnError() throws IOException {
    Path file = write("trailing.json", "{\"england-and-wales\": {\"events\": []}}\n}");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageStartingWith(
            "Bank-holiday file " + file + " is not valid JSON at line 2, column");
  }

  @Test
  void noEnglandAndWalesDivision() throws IOException {
    Path file =
        write(
            "scotland-only.json",
            """
            {"scotland": {"division": "scotland", "events": [
               {"title": "St Andrew’s Day", "date": "2015-11-30", "notes": "", "bunting": true}]}}
            """);
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " has no \"england-and-wales\" division, so it is not in the shape of"
                + " https://www.gov.uk/bank-holidays.json; download a fresh copy from"
                + " https://www.gov.uk/bank-holidays.json.");
  }

  @Test
  void jsonArrayAtTopLevel() throws IOException {
    Path file = write("array.json", "[1, 2, 3]");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("has no \"england-and-wales\" division");
  }

  @Test
  void noEventsList() throws IOException {
    Path file =
        write("no-events.json", "{\"england-and-wales\": {\"division\": \"england-and-wales\"}}");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " has no \"events\" list in its \"england-and-wales\" division; download a fresh"
                + " copy from https://www.gov.uk/bank-holidays.json.");
  }

  @Test
  void emptyEventsList() throws IOException {
    Path file = write("none.json", "{\"england-and-wales\": {\"events\": []}}");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " lists no england-and-wales bank holidays; download a fresh copy from"
                + " https://www.gov.uk/bank-holidays.json.");
  }

  @Test
  void impossibleDateIsNamedWithItsLine() throws IOException {
    Path file =
        write(
            "bad-date.json",
            """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "Good Friday", "date": "2013-03-29"},
              {"title": "Made up", "date": "2013-02-30"}
            ]}}
            """);
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " has a date that is not a real YYYY-MM-DD date in 1970-2100 at line 3, column 32"
                + " (england-and-wales event 2); correct it or download a fresh copy from"
                + " https://www.gov.uk/bank-holidays.json.");
  }

  /** A date far beyond the years quorate reads made the calendar's table of days overflow. */
  @Test
  void aDateBeyondTheYearsQuorateReadsIsRefused() throws IOException {
    Path file =
        write(
            "far.json",
            "{\"england-and-wales\": {\"events\": [{\"date\": \"2015-01-01\"}, {\"date\": \"+999999999-12-31\"}]}}");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " has a date that is not a real YYYY-MM-DD date in 1970-2100 at line 1, column 68"
                + " (england-and-wales event 2); correct it or download a fresh copy from"
                + " https://www.gov.uk/bank-holidays.json.");
    assertThat(BankHolidays.FIRST_YEAR).isEqualTo(io.quorate.io.InputDates.MIN_YEAR);
    assertThat(BankHolidays.LAST_YEAR).isEqualTo(io.quorate.io.InputDates.MAX_YEAR);
  }

  /** A title is shown in reports: a control character written as a JSON escape would reach the terminal. */
  @Test
  void aTitleWithAControlCharacterIsRefused() throws IOException {
    Path file =
        write(
            "escape.json",
            "{\"england-and-wales\": {\"events\": [{\"title\": \"New Year\\u001b]0;owned\\u0007\", \"date\": \"2015-01-01\"}]}}");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " has a title with the control character U+001B at line 1, column 45 (england-and-wales event 1);"
                + " remove it or download a fresh copy from https://www.gov.uk/bank-holidays.json.");
  }

  @Test
  void wrongDateFormat() throws IOException {
    Path file =
        write(
            "slashes.json", "{\"england-and-wales\": {\"events\": [{\"date\": \"25/12/2015\"}]}}");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " has a date that is not a real YYYY-MM-DD date in 1970-2100 at line 1, column 44"
                + " (england-and-wales event 1); correct it or download a fresh copy from"
                + " https://www.gov.uk/bank-holidays.json.");
  }

  @Test
  void dateThatIsNotAString() throws IOException {
    Path file =
        write("number.json", "{\"england-and-wales\": {\"events\": [{\"date\": 20151225}]}}");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining(
            " has a date that is not a \"YYYY-MM-DD\" string at line 1, column 44"
                + " (england-and-wales event 1);");
  }

  @Test
  void eventWithoutADate() throws IOException {
    Path file =
        write(
            "missing.json",
            """
            {"england-and-wales": {"events": [
              {"title": "Good Friday", "date": "2013-03-29"},
              {"title": "Easter Monday"}
            ]}}
            """);
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "Bank-holiday file "
                + file
                + " has an event without a date at line 3, column 3 (england-and-wales event 2);"
                + " add its YYYY-MM-DD date or download a fresh copy from"
                + " https://www.gov.uk/bank-holidays.json.");
  }

  @Test
  void eventThatIsNotAnObject() throws IOException {
    Path file = write("string.json", "{\"england-and-wales\": {\"events\": [\"2015-12-25\"]}}");
    assertThatThrownBy(() -> fromFile(file))
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining(
            " has an event that is not a JSON object at line 1, column 35 (england-and-wales event"
                + " 1);");
  }

  @Test
  void unknownFieldsAndNestedValuesAreIgnored() throws IOException {
    Path file =
        write(
            "extra.json",
            """
            {"meta": {"a": [1, 2, {"b": null}]},
             "england-and-wales": {"division": "england-and-wales", "extra": [[]], "events": [
               {"title": "Good Friday", "date": "2013-03-29", "notes": "", "bunting": false,
                "future": {"x": [1, 2]}},
               {"date": "2013-04-01"}
             ]}}
            """);
    BankHolidays holidays = fromFile(file);
    assertThat(holidays.all())
        .containsExactly(
            java.util.Map.entry(d(2013, 3, 29), "Good Friday"),
            java.util.Map.entry(d(2013, 4, 1), "Bank holiday"));
  }

  @Test
  void builtInCodeTable() {
    BankHolidays h =
        BankHolidays.of(
            java.util.Map.of(d(2013, 5, 27), "Spring bank holiday"), 2013, 2013, "test table");
    assertThat(h.name(d(2013, 5, 27))).contains("Spring bank holiday");
    assertThat(h.covers(d(2014, 1, 1))).isFalse();
    assertThat(h.description()).isEqualTo("test table");
  }

  @Test
  void aFreshGovUkDownloadReplacesOnlyTheYearsItCovers() throws IOException {
    // Shaped like a current GOV.UK file: recent years only, with a one-off holiday in 2029 that the
    // built-in (computed) 2029 lacks.
    Path file =
        write(
            "bank-holidays.json",
            """
            {"england-and-wales": {"division": "england-and-wales", "events": [
               {"title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day"},
               {"title": "Extra bank holiday", "date": "2029-06-04", "notes": ""},
               {"title": "Boxing Day", "date": "2031-12-26", "notes": ""}
             ]}}
            """);
    BankHolidays merged = builtIn.withYearsFrom(fromFile(file));

    assertThat(merged.firstYear()).isEqualTo(2007);
    assertThat(merged.lastYear()).isEqualTo(2031);
    assertThat(merged.name(d(2013, 5, 27))).contains("Spring bank holiday"); // kept
    assertThat(merged.name(d(2029, 6, 4))).contains("Extra bank holiday"); // added
    assertThat(merged.name(d(2029, 12, 25))).isEmpty(); // 2029 now comes from the file only
    assertThat(merged.name(d(2031, 12, 26))).contains("Boxing Day");
    assertThat(merged.description())
        .isEqualTo(
            "bank holidays for England and Wales from "
                + file
                + ", 2028-2031; other years: GOV.UK bank holidays for England and Wales, 2007-2030");
    assertThat(builtIn.name(d(2029, 12, 25))).contains("Christmas Day"); // built-in unchanged
  }

  @Test
  void yearsThatDoNotJoinCannotBeCombined() {
    BankHolidays far = BankHolidays.of(java.util.Map.of(d(2040, 1, 2), "x"), 2040, 2040, "far table");
    assertThatThrownBy(() -> builtIn.withYearsFrom(far))
        .isInstanceOf(HolidayDataException.class)
        .hasMessage(
            "The far table cannot be combined with the GOV.UK bank holidays for England and Wales,"
                + " 2007-2030, because the years between them would have no bank holidays; use a"
                + " file that reaches 2031.");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private java.util.List<LocalDate> yearOf(int year) {
    return builtIn.all().subMap(d(year, 1, 1), true, d(year, 12, 31), true).keySet().stream()
        .toList();
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}
