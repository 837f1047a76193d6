package io.quorate.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prepared form of the built-in holiday table: the same table as the JSON, or none at all. */
class BankHolidaysPreparedTest {
  static final byte[] JSON = resource(BankHolidays.RESOURCE);
  static final long CRC = BankHolidays.crc(JSON);

  @Test
  void theBuildsPreparedFileHoldsExactlyWhatTheJsonSays() {
    byte[] shipped = resource(BankHolidays.PREPARED);
    assertThat(shipped).as("mvn process-classes writes " + BankHolidays.PREPARED).isNotNull();
    BankHolidays prepared = BankHolidays.readPrepared(shipped, CRC);
    assertThat(prepared).as("made from this very JSON").isNotNull();
    BankHolidays parsed = parsedBuiltIn();
    assertSame(prepared, parsed);
    assertSame(BankHolidays.loadBuiltIn(), parsed);
    assertThat(shipped).isEqualTo(BankHolidays.prepare());
    assertThat(prepared.name(LocalDate.of(2013, 5, 27))).contains("Spring bank holiday");
    assertThat(prepared.description()).isEqualTo("GOV.UK bank holidays for England and Wales, 2007-2030");
  }

  @Test
  void aTableComesBackWithItsYearsDescriptionAndTitles() {
    BankHolidays t = BankHolidays.of(Map.of(LocalDate.of(1999, 12, 31), "Millennium Eve", LocalDate.of(1970, 1, 1),
        "Epoch’s day"), 1970, 2000, "a test table");
    BankHolidays back = BankHolidays.readPrepared(t.prepared(7), 7);
    assertSame(back, t);
    assertThat(back.firstYear()).isEqualTo(1970);
    assertThat(back.lastYear()).isEqualTo(2000);
  }

  @Test
  void staleOrDamagedPreparedDataIsIgnored() {
    byte[] good = parsedBuiltIn().prepared(CRC);
    assertThat(BankHolidays.readPrepared(good, CRC)).isNotNull();
    assertThat(BankHolidays.readPrepared(good, CRC ^ 1)).as("other source").isNull();
    assertThat(BankHolidays.readPrepared(null, CRC)).as("none").isNull();
    assertThat(BankHolidays.readPrepared(new byte[0], CRC)).as("empty").isNull();
    assertThat(BankHolidays.readPrepared(Arrays.copyOf(good, good.length - 1), CRC)).as("truncated").isNull();
    assertThat(BankHolidays.readPrepared(Arrays.copyOf(good, good.length + 1), CRC)).as("trailing").isNull();
    byte[] magic = good.clone();
    magic[3] ^= 1;
    assertThat(BankHolidays.readPrepared(magic, CRC)).as("magic").isNull();
    byte[] version = good.clone();
    version[7] ^= 1;
    assertThat(BankHolidays.readPrepared(version, CRC)).as("version").isNull();
    byte[] noDays = BankHolidays.of(Map.of(LocalDate.of(2000, 1, 3), "x"), 2000, 2000, "d").prepared(CRC);
    noDays[noDays.length - 1 - 2 - 1 - 4] = 0; // the count (last 4 bytes before the one day) 1 -> 0, day left over
    assertThat(BankHolidays.readPrepared(noDays, CRC)).as("count damaged").isNull();
    byte[] years = BankHolidays.of(Map.of(LocalDate.of(2000, 1, 3), "x"), 2000, 2001, "d").prepared(CRC);
    years[16 + 3] = (byte) (years[16 + 3] + 2); // first year 2000 -> 2002, after the last
    assertThat(BankHolidays.readPrepared(years, CRC)).as("years reversed").isNull();
  }

  @Test
  void aTableWithNoDaysIsNotPrepared() {
    byte[] empty = BankHolidays.of(Map.of(), 2000, 2000, "none").prepared(1);
    assertThat(BankHolidays.readPrepared(empty, 1)).isNull();
  }

  @Test
  void theChecksumTellsTheSourcesApart() {
    byte[] edited = JSON.clone();
    edited[edited.length / 2] ^= 1;
    assertThat(BankHolidays.crc(edited)).isNotEqualTo(CRC);
    assertThat(BankHolidays.crc(JSON)).isEqualTo(CRC);
  }

  private static BankHolidays parsedBuiltIn() {
    return BankHolidays.parseBuiltIn(JSON);
  }

  private static void assertSame(BankHolidays a, BankHolidays b) {
    assertThat(a.all()).isEqualTo(b.all());
    assertThat(a.firstYear()).isEqualTo(b.firstYear());
    assertThat(a.lastYear()).isEqualTo(b.lastYear());
    assertThat(a.description()).isEqualTo(b.description());
  }

  private static byte[] resource(String name) {
    try (InputStream in = BankHolidays.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
