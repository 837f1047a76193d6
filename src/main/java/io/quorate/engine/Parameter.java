package io.quorate.engine;

import io.quorate.calendar.Dates;
import io.quorate.io.Suggest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One parameter of the rules, as {@code rules/parameters.yaml} declares it: its type and bounds,
 * its default, the readings it accepts and what it means. A profile's value and a board's
 * {@code procedure:} value are both read through {@link #read}, so neither can hold a value the
 * rules do not know.
 *
 * @param unit what a count counts ("clear working days"); null for other types
 * @param min the smallest count allowed; null for other types
 * @param max the largest count allowed; null for other types
 * @param dflt the value a rule takes when its profile does not set it
 * @param readings each accepted reading with its meaning, in the declaration's order (reading and
 *     readings types only; empty otherwise)
 * @param rules the rules that read the parameter
 * @param meaning one sentence for a clerk
 */
public record Parameter(
    String name,
    Type type,
    String unit,
    Integer min,
    Integer max,
    Object dflt,
    Map<String, String> readings,
    List<String> rules,
    String meaning) {

  /** The kinds of value a parameter takes. */
  public enum Type {
    COUNT("count"),
    FRACTION("fraction"),
    YES_NO("yes-no"),
    DAY_OF_YEAR("day-of-year"),
    READING("reading"),
    READINGS("readings"),
    IDS("ids"),
    NAMES("names"),
    NAME("name");

    final String word;

    Type(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    static Type of(String word) {
      for (Type t : values()) if (t.word.equals(word)) return t;
      throw new IllegalArgumentException("unknown parameter type " + word);
    }

    /** Whether the value is a list. */
    public boolean isList() {
      return this == READINGS || this == IDS || this == NAMES;
    }
  }

  static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

  public Parameter {
    readings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readings));
    rules = List.copyOf(rules);
  }

  /** The readings, sorted, for messages and the schema's enum. */
  public List<String> sortedReadings() {
    return readings.keySet().stream().sorted().toList();
  }

  /**
   * The value as the rules read it (Integer, a fraction's text such as {@code 1/3}, Boolean, an
   * {@code MM-DD} text, a reading, or a list of texts), or null when it is not a value of this
   * parameter; each problem is reported to {@code problem} with the index of the list entry it is
   * about (-1 for the value as a whole) and a sentence that starts after "procedure parameter
   * `name`".
   */
  public Object read(Object raw, BiConsumer<Integer, String> problem) {
    if (type.isList()) return readList(raw, problem);
    if (raw instanceof List<?> || raw instanceof Map<?, ?>) {
      problem.accept(-1, "must be " + expected() + ", not a list");
      return null;
    }
    String error = check(raw);
    if (error != null) {
      problem.accept(-1, error);
      return null;
    }
    return normal(raw);
  }

  private Object readList(Object raw, BiConsumer<Integer, String> problem) {
    if (raw instanceof Map<?, ?>) {
      problem.accept(-1, "must be " + expected() + ", not a mapping");
      return null;
    }
    List<?> entries = raw instanceof List<?> l ? l : List.of(raw == null ? "" : raw);
    if (entries.isEmpty()) {
      problem.accept(-1, "must list at least one " + entryWord() + (readings.isEmpty() ? ""
          : " (" + String.join(", ", sortedReadings()) + ")") + "; an empty list would switch the rule off, which a waiver does openly");
      return null;
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (int i = 0; i < entries.size(); i++) {
      Object e = entries.get(i);
      String error = check(e);
      if (error == null && !seen.add(String.valueOf(e).toLowerCase(Locale.ROOT))) {
        error = "lists `" + e + "` twice; list each once";
      }
      if (error != null) {
        problem.accept(i, error);
        ok = false;
      } else {
        out.add(String.valueOf(e));
      }
    }
    return ok ? List.copyOf(out) : null;
  }

  private String entryWord() {
    return switch (type) {
      case IDS -> "id";
      case NAMES -> "name";
      default -> "reading";
    };
  }

  /** What a value (or each entry of a list) must be, for messages. */
  public String expected() {
    return switch (type) {
      case COUNT -> "a whole number of " + unit + " from " + min + " to " + max;
      case FRACTION -> "a fraction more than 0 and at most 1, such as " + (dflt == null ? "1/3" : dflt);
      case YES_NO -> "true or false";
      case DAY_OF_YEAR -> "a day of the year as MM-DD, such as " + (dflt == null ? "04-01" : dflt);
      case READING -> readings.size() == 1 ? sortedReadings().get(0) : "one of " + String.join(", ", sortedReadings());
      case READINGS -> "a list of " + String.join(", ", sortedReadings());
      case IDS -> "a list of kebab-case ids" + (dflt instanceof List<?> l ? " such as " + l.get(0) : "");
      case NAMES -> "a list of names";
      case NAME -> "a name" + (dflt == null ? "" : ", such as " + dflt);
    };
  }

  /** The problem with one value (a whole value, or one entry of a list), or null. */
  private String check(Object v) {
    String text = v == null ? "" : String.valueOf(v);
    switch (type) {
      case COUNT:
        return checkCount(v, text);
      case FRACTION:
        try {
          Fraction.parse(text);
          return null;
        } catch (RuntimeException e) {
          return "must be " + expected() + ", not `" + text + "`";
        }
      case YES_NO:
        return v instanceof Boolean ? null : "must be " + expected() + ", not `" + text + "`";
      case DAY_OF_YEAR:
        return v instanceof String s && isMonthDay(s) ? null : "must be " + expected() + ", not `" + text + "`";
      case READING:
      case READINGS:
        if (v instanceof String s && readings.containsKey(s)) return null;
        return (type == Type.READINGS ? "must be one of " + String.join(", ", sortedReadings()) : "must be " + expected())
            + ", not `" + text + "`" + Suggest.didYouMean(text, readings.keySet());
      case IDS:
        return v instanceof String s && s.matches(KEBAB) ? null
            : "must be a kebab-case id (lower-case letters, digits and hyphens), not `" + text + "`";
      default:
        return v instanceof String s && !s.isBlank() ? null : "must be a name, not `" + text + "`";
    }
  }

  private String checkCount(Object v, String text) {
    // a number too large for an int arrives as its text: report it as out of range, not as a word
    if (!text.matches("-?\\d{1,100}")) return "must be " + expected() + ", not `" + text + "`";
    java.math.BigInteger n = new java.math.BigInteger(text);
    if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0) return "must be " + expected() + ", not " + text;
    if (n.compareTo(java.math.BigInteger.valueOf(max)) > 0) return "must be " + expected() + ", not " + text + countReason();
    return v instanceof Integer ? null : "must be " + expected() + " written without quotes, not `\"" + text + "\"`";
  }

  /** Why a count is bounded, when its unit is a span of time. */
  private String countReason() {
    if (unit.contains("working days")) return " (a year of working days is 260; no body's rules count further)";
    if (unit.equals("calendar days")) return " (a year; no body's rules count further)";
    return "";
  }

  private Object normal(Object v) {
    return switch (type) {
      case COUNT -> ((Number) v).intValue();
      case FRACTION -> Fraction.parse(String.valueOf(v)).toString();
      default -> v;
    };
  }

  /** Whether the text is a real day of the year written MM-DD ({@code 04-01}; not {@code 02-30}). */
  static boolean isMonthDay(String text) {
    if (!text.matches("\\d\\d-\\d\\d")) return false;
    try {
      Dates.parseMonthDay("--" + text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
