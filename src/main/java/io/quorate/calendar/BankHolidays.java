package io.quorate.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * England-and-Wales bank holidays, read from a file in the shape of GOV.UK's
 * https://www.gov.uk/bank-holidays.json (legal-semantics.md §5).
 *
 * <p>Only the {@code england-and-wales} division is used; Scotland and Northern Ireland are
 * ignored. Christmas Day and Good Friday are common-law holidays, not bank holidays in the 1971
 * Act's sense, but GOV.UK lists them and "working day" must exclude them (legal-semantics.md §1.7),
 * so every listed event counts.
 *
 * <p>The coverage ({@link #firstYear()}..{@link #lastYear()}) is the range of years of the listed
 * events. Outside it nothing is known; callers treat such dates as having no bank holidays and
 * report a coverage warning.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BankHolidays {

  /** Classpath location of the built-in data file. */
  public static final String RESOURCE = "/io/quorate/calendar/bank-holidays-england-and-wales.json";

  /** Classpath location of its prepared form, written at build time by {@code cli.Prepare}. */
  public static final String PREPARED = "/io/quorate/calendar/bank-holidays.bin";

  static final int PREPARED_MAGIC = 0x51424844; // "QBHD"
  static final int PREPARED_VERSION = 1;
  private static final String BUILT_IN_SOURCE = "built-in resource " + RESOURCE;

  static final String DIVISION = "england-and-wales";

  /**
   * The years a holiday file's dates may fall in: those quorate reads any date in (io.InputDates;
   * BankHolidaysTest keeps the two the same). A date beyond them is a damaged file, and the calendar
   * keeps a table of every day of the years covered.
   */
  public static final int FIRST_YEAR = 1970;

  public static final int LAST_YEAR = 2100;
  private static final String GOV_UK_URL = "https://www.gov.uk/bank-holidays.json";
  private static final String REFRESH = "download a fresh copy from " + GOV_UK_URL;

  /** Thread-safe; creates one streaming parser per read. Made on first use: the prepared built-in table needs none. */
  private static final class Json {
    static final JsonFactory FACTORY = new JsonFactory();
  }

  private final NavigableMap<LocalDate, String> titles;
  private final int firstYear;
  private final int lastYear;
  private final String description;

  private BankHolidays(
      NavigableMap<LocalDate, String> titles, int firstYear, int lastYear, String description) {
    this.titles = Collections.unmodifiableNavigableMap(titles);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.description = description;
  }

  /**
   * The data shipped with quorate (GOV.UK data for 2011-2028, computed from the standing rules for
   * 2007-2010 and 2029-2030; see PROVENANCE.md next to the resource). Loaded once, on first use.
   */
  public static BankHolidays builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Lazy holder: the class loader runs the parse once, on first access, thread-safely. */
  private static final class BuiltIn {
    static final BankHolidays INSTANCE = loadBuiltIn();
  }

  /**
   * The built-in table: from its prepared form when the build made that from this very JSON (same
   * checksum), else parsed from the JSON (a stale or missing prepared file).
   */
  static BankHolidays loadBuiltIn() {
    byte[] json = builtInJson();
    BankHolidays prepared = readPrepared(resource(PREPARED), crc(json));
    return prepared != null ? prepared : parseBuiltIn(json);
  }

  /**
   * The prepared form of the built-in table, as {@code cli.Prepare} writes it at build time: the
   * parsed JSON in a form that start-up reads without a JSON parser (~5% of a one-file check).
   */
  public static byte[] prepare() {
    byte[] json = builtInJson();
    return parseBuiltIn(json).prepared(crc(json));
  }

  static BankHolidays parseBuiltIn(byte[] json) {
    return parse(json, BUILT_IN_SOURCE, "GOV.UK bank holidays for England and Wales, ");
  }

  private static byte[] builtInJson() {
    byte[] json = resource(RESOURCE);
    if (json == null) {
      throw new HolidayDataException(
          "The " + BUILT_IN_SOURCE + " is missing from the quorate jar; rebuild or reinstall quorate.");
    }
    return json;
  }

  /** A resource's bytes, or null if the jar has no such resource. */
  private static byte[] resource(String name) {
    try (InputStream in = BankHolidays.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new HolidayDataException(
          "The built-in resource " + name + " cannot be read (" + e.getMessage() + "); rebuild or reinstall quorate.",
          e);
    }
  }

  static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  /** This table in the prepared form: magic, version, the source's checksum, years, description, days. */
  byte[] prepared(long sourceCrc) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(PREPARED_MAGIC);
      out.writeInt(PREPARED_VERSION);
      out.writeLong(sourceCrc);
      out.writeInt(firstYear);
      out.writeInt(lastYear);
      out.writeUTF(description);
      out.writeInt(titles.size());
      for (Map.Entry<LocalDate, String> e : titles.entrySet()) {
        out.writeInt((int) e.getKey().toEpochDay());
        out.writeUTF(e.getValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the prepared holiday table", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The table in prepared bytes, or null when there are none, they were made from other data (the
   * checksum differs) or they are damaged: the caller then parses the JSON.
   */
  static BankHolidays readPrepared(byte[] prepared, long sourceCrc) {
    if (prepared == null) return null;
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(prepared))) {
      if (in.readInt() != PREPARED_MAGIC || in.readInt() != PREPARED_VERSION || in.readLong() != sourceCrc) {
        return null;
      }
      int first = in.readInt();
      int last = in.readInt();
      String description = in.readUTF();
      TreeMap<LocalDate, String> titles = new TreeMap<>();
      for (int n = in.readInt(); n > 0; n--) {
        titles.put(LocalDate.ofEpochDay(in.readInt()), in.readUTF());
      }
      if (in.read() != -1 || titles.isEmpty() || first > last) return null;
      return new BankHolidays(titles, first, last, description);
    } catch (IOException | RuntimeException e) {
      return null; // damaged: parse the JSON instead
    }
  }

  /**
   * Parses a GOV.UK {@code bank-holidays.json} (all three divisions, or only england-and-wales), as
   * read from {@code file} (which the messages name). A message gives the line and column of what
   * is wrong but quotes nothing of the file: a path given by mistake (a key file,
   * {@code /proc/self/environ}) must not have its content printed.
   *
   * @throws HolidayDataException if it is not JSON, has no england-and-wales division or events
   *     list, or lists an event with a bad date; the message names the file and says what to do
   */
  public static BankHolidays fromJson(byte[] json, Path file) {
    Objects.requireNonNull(file, "file");
    return parse(json, file.toString(), "bank holidays for England and Wales from " + file + ", ");
  }

  /** The message for a bank-holiday file that could not be read at all, for the {@code reason} given. */
  public static HolidayDataException unreadable(Path file, String reason) {
    return new HolidayDataException("Bank-holiday file " + file + " cannot be read (" + reason + "); give the path of"
        + " a saved copy of " + GOV_UK_URL + ".");
  }

  /**
   * A table built in code, e.g. for tests of other packages.
   *
   * @param titles holiday titles by date
   * @param firstYear first year the table claims to cover completely
   * @param lastYear last year the table claims to cover completely
   * @param description one line for reports
   */
  public static BankHolidays of(
      Map<LocalDate, String> titles, int firstYear, int lastYear, String description) {
    if (firstYear > lastYear) {
      throw new IllegalArgumentException("firstYear " + firstYear + " > lastYear " + lastYear);
    }
    TreeMap<LocalDate, String> copy = new TreeMap<>();
    titles.forEach(
        (d, t) -> copy.put(Objects.requireNonNull(d, "date"), Objects.requireNonNull(t, "title")));
    return new BankHolidays(copy, firstYear, lastYear, Objects.requireNonNull(description));
  }

  /**
   * This table with every year that {@code newer} covers taken from {@code newer} instead. Meant for
   * a fresh download of https://www.gov.uk/bank-holidays.json: GOV.UK lists only recent years (it
   * dropped 2012-2014 in December 2019), so using the download alone would leave the years of older
   * papers without bank holidays. Years outside {@code newer} keep this table's holidays.
   *
   * @throws HolidayDataException if the two ranges of years neither overlap nor adjoin, since the
   *     years between them would then be claimed as covered without data
   */
  public BankHolidays withYearsFrom(BankHolidays newer) {
    Objects.requireNonNull(newer, "newer");
    if (newer.firstYear > lastYear + 1 || newer.lastYear < firstYear - 1) {
      throw new HolidayDataException(
          "The "
              + newer.description
              + " cannot be combined with the "
              + description
              + ", because the years between them would have no bank holidays; use a file that"
              + " reaches "
              + (newer.firstYear > lastYear ? lastYear + 1 : firstYear - 1)
              + ".");
    }
    TreeMap<LocalDate, String> merged = new TreeMap<>(titles);
    merged.keySet().removeIf(d -> newer.covers(d));
    merged.putAll(newer.titles);
    return new BankHolidays(
        merged,
        Math.min(firstYear, newer.firstYear),
        Math.max(lastYear, newer.lastYear),
        newer.description + "; other years: " + description);
  }

  /**
   * The years whose holidays {@link #withYearsFrom}{@code (newer)} would take from {@code newer}
   * although it lists fewer of them than this table: a file that covers only part of a year (cut
   * down by hand, or made for a few dates) replaces the whole year, and the holidays it leaves out
   * would count as working days. Each entry is the year, newer's count and this table's count.
   */
  public List<int[]> fewerHolidaysIn(BankHolidays newer) {
    List<int[]> out = new ArrayList<>();
    for (int y = newer.firstYear; y <= newer.lastYear; y++) {
      if (y < firstYear || y > lastYear) continue;
      int theirs = newer.count(y);
      int ours = count(y);
      if (theirs < ours) out.add(new int[] {y, theirs, ours});
    }
    return out;
  }

  private int count(int year) {
    return titles.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).size();
  }

  // ---------------------------------------------------------------------------------- parsing

  /**
   * Parses GOV.UK's shape: {@code {"england-and-wales": {"division": ..., "events": [{"title",
   * "date", "notes", "bunting"}, ...]}, "scotland": {...}, "northern-ireland": {...}}}.
   *
   * <p>A streaming parse with jackson-core: it avoids the start-up cost of a databind ObjectMapper
   * (a few hundred milliseconds on a cold JVM) and knows the line and column of every value.
   */
  private static BankHolidays parse(byte[] bytes, String source, String descriptionPrefix) {
    String name = source.startsWith("built-in") ? "The " + source : "Bank-holiday file " + source;
    TreeMap<LocalDate, String> titles = new TreeMap<>();
    boolean sawDivision = false;
    try (JsonParser p = Json.FACTORY.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new HolidayDataException(name + " is empty; " + REFRESH + ".");
      }
      if (first == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (DIVISION.equals(field)
              && !sawDivision
              && p.currentToken() == JsonToken.START_OBJECT) {
            sawDivision = true;
            readDivision(p, name, titles);
          } else {
            p.skipChildren(); // other divisions, or anything else at the top level
          }
        }
      } else {
        p.skipChildren();
      }
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw new HolidayDataException(
            name
                + " is not valid JSON at "
                + where(p.currentTokenLocation())
                + " (unexpected content after the end of the data); "
                + REFRESH
                + ".");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : " at " + where(at);
      throw new HolidayDataException(name + " is not valid JSON" + where + "; " + REFRESH + ".", e);
    } catch (IOException e) {
      throw new HolidayDataException(
          name + " cannot be read (" + e.getMessage() + "); " + REFRESH + ".", e);
    }
    if (!sawDivision) {
      throw new HolidayDataException(
          name
              + " has no \""
              + DIVISION
              + "\" division, so it is not in the shape of "
              + GOV_UK_URL
              + "; "
              + REFRESH
              + ".");
    }
    if (titles.isEmpty()) {
      throw new HolidayDataException(
          name + " lists no " + DIVISION + " bank holidays; " + REFRESH + ".");
    }
    int first = titles.firstKey().getYear();
    int last = titles.lastKey().getYear();
    return new BankHolidays(titles, first, last, descriptionPrefix + first + "-" + last);
  }

  /** Reads the division object; the parser is on its START_OBJECT and is left on its END_OBJECT. */
  private static void readDivision(JsonParser p, String name, Map<LocalDate, String> titles)
      throws IOException {
    boolean sawEvents = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("events".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
        sawEvents = true;
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          index++;
          readEvent(p, name, index, titles);
        }
      } else {
        p.skipChildren();
      }
    }
    if (!sawEvents) {
      throw new HolidayDataException(
          name + " has no \"events\" list in its \"" + DIVISION + "\" division; " + REFRESH + ".");
    }
  }

  /** Reads one event; the parser is on its first token and is left on its last. */
  private static void readEvent(JsonParser p, String name, int index, Map<LocalDate, String> titles)
      throws IOException {
    String event = event(index);
    JsonLocation start = p.currentTokenLocation();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new HolidayDataException(
          name
              + " has an event that is not a JSON object at "
              + where(start)
              + event
              + "; "
              + REFRESH
              + ".");
    }
    LocalDate date = null;
    String title = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if ("date".equals(field)) {
        date = parseDate(p, name, index);
      } else if ("title".equals(field) && value == JsonToken.VALUE_STRING) {
        title = p.getText().strip();
        checkTitle(title, p.currentTokenLocation(), name, index);
      } else {
        p.skipChildren(); // notes, bunting, anything GOV.UK may add later
      }
    }
    if (date == null) {
      throw new HolidayDataException(
          name
              + " has an event without a date at "
              + where(start)
              + event
              + "; add its YYYY-MM-DD date or "
              + REFRESH
              + ".");
    }
    // GOV.UK never lists a date twice; if a file does, the first title wins.
    titles.putIfAbsent(date, title == null || title.isEmpty() ? "Bank holiday" : title);
  }

  /**
   * A title is shown in reports and in {@code quorate days}: a control character in it (which JSON
   * can carry as an escape, such as {@code \u001b}) would reach the terminal, and a character that
   * reorders text would show something other than what is there.
   */
  private static void checkTitle(String title, JsonLocation at, String name, int index) {
    for (int i = 0; i < title.length(); ) {
      int c = title.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
        throw new HolidayDataException(name + " has a title with the control character "
            + String.format("U+%04X", c) + " at " + where(at) + event(index) + "; remove it or " + REFRESH + ".");
      }
    }
  }

  private static String event(int index) {
    return " (" + DIVISION + " event " + index + ")";
  }

  private static LocalDate parseDate(JsonParser p, String name, int index) throws IOException {
    JsonToken token = p.currentToken();
    JsonLocation at = p.currentTokenLocation();
    if (token == JsonToken.VALUE_STRING) {
      try {
        // ISO_LOCAL_DATE resolves strictly: "2013-02-30" is rejected, not moved to 2 March.
        LocalDate d = Dates.parseIso(p.getText());
        if (d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR) return d;
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    String event = event(index);
    String shown =
        token == JsonToken.VALUE_STRING
            ? "a date that is not a real YYYY-MM-DD date in " + FIRST_YEAR + "-" + LAST_YEAR
            : token.isScalarValue()
                ? "a date that is not a \"YYYY-MM-DD\" string"
                : "a JSON " + (token == JsonToken.START_ARRAY ? "array" : "object") + " where a date is needed";
    throw new HolidayDataException(
        name
            + " has "
            + shown
            + " at "
            + where(at)
            + event
            + "; correct it or "
            + REFRESH
            + ".");
  }

  private static String where(JsonLocation at) {
    return "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  // ------------------------------------------------------------------------------------ queries

  /**
   * The holiday's title ("Spring bank holiday"), or empty if {@code date} is not a bank holiday.
   */
  public Optional<String> name(LocalDate date) {
    return Optional.ofNullable(titles.get(date));
  }

  /** True if {@code date} is listed as an England-and-Wales bank holiday. */
  public boolean isBankHoliday(LocalDate date) {
    return titles.containsKey(date);
  }

  /** Every listed holiday, by date (read-only). */
  public NavigableMap<LocalDate, String> all() {
    return titles;
  }

  /** First year covered by the data. */
  public int firstYear() {
    return firstYear;
  }

  /** Last year covered by the data. */
  public int lastYear() {
    return lastYear;
  }

  /** True if the year of {@code date} lies within {@link #firstYear()}..{@link #lastYear()}. */
  public boolean covers(LocalDate date) {
    int y = date.getYear();
    return y >= firstYear && y <= lastYear;
  }

  /** One line for reports, e.g. "GOV.UK bank holidays for England and Wales, 2007-2030". */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description + " (" + titles.size() + " days)";
  }
}
