package io.quorate.io;

import io.quorate.model.Loc;
import io.quorate.model.Where;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Strict, typed reading of one YAML mapping. Every getter names the key it reads, so the set of
 * known keys is exactly the set asked for; {@link #finish()} then reports every other key as
 * unknown, with the nearest known key as a suggestion. Wrong types, impossible dates and duplicate
 * keys are reported with file, line and column and the getter returns null, so reading carries on
 * and one run reports every problem.
 */
public final class Fields {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** Dates outside these years are almost certainly typos (2103 for 2013). */
  public static final int MIN_YEAR = 1970;

  public static final int MAX_YEAR = 2100;

  private final String file;
  private final String context;
  private final Node node;
  private final Problems problems;
  private final Map<String, NodeTuple> tuples = new LinkedHashMap<>();
  private final Set<String> known = new LinkedHashSet<>();
  private final Map<String, Loc> locs = new HashMap<>();
  /** Non-null in a schema-building pass: the keys asked for, with their types (see {@link Schema}). */
  private final Schema.Shape shape;

  private Fields(String file, String context, Node node, Problems problems) {
    this(file, context, node, problems, null);
  }

  private Fields(String file, String context, Node node, Problems problems, Schema.Shape shape) {
    this.file = file;
    this.context = context;
    this.node = node;
    this.problems = problems;
    this.shape = shape;
    if (node instanceof MappingNode m && shape == null) {
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          problems.add(loc(t.getKeyNode()), "a key must be a plain word, not a list or mapping");
          continue;
        }
        String key = k.getValue();
        if (tuples.containsKey(key)) {
          Loc first = loc(tuples.get(key).getKeyNode());
          problems.add(loc(k), "duplicate key `" + key + "` in " + context + " (first given at line "
              + first.line() + "); remove one of them");
          continue;
        }
        tuples.put(key, t);
        locs.put(key, loc(t.getValueNode()));
      }
    }
  }

  /** Reads {@code node} as a mapping; reports a problem and returns null when it is not one. */
  public static Fields of(String file, String context, Node node, Problems problems) {
    if (problems.recorder() != null) {
      Fields f = new Fields(file, context, node, problems, new Schema.Shape());
      problems.recorder().add(f.shape);
      return f;
    }
    if (!(node instanceof MappingNode)) {
      problems.add(loc(file, node), context + " must be a mapping of `key: value` lines, not " + describe(node));
      return null;
    }
    return new Fields(file, context, node, problems);
  }

  public String file() {
    return file;
  }

  public Loc self() {
    return loc(node);
  }

  public Where where() {
    return new Where(self(), locs);
  }

  public Loc at(String key) {
    return locs.getOrDefault(key, self());
  }

  public boolean has(String key) {
    if (shape != null) shape.weak(key);
    known.add(key);
    Node v = value(key);
    return v != null && !isNull(v);
  }

  /** Marks keys as known without reading them (they are read by other code). */
  public void allow(String... keys) {
    if (shape != null) for (String k : keys) shape.weak(k);
    known.addAll(List.of(keys));
  }

  /** The value node of {@code key} (any type), or null; the key's type is up to the caller. */
  public Node raw(String key) {
    if (shape != null) record(key, Schema.any());
    return node(key);
  }

  /** Whether this is a schema-building pass (no input: every getter records its key and type). */
  public boolean recording() {
    return shape != null;
  }

  private Node node(String key) {
    known.add(key);
    Node v = value(key);
    return v == null || isNull(v) ? null : v;
  }

  private void record(String key, com.fasterxml.jackson.databind.JsonNode type) {
    if (shape != null) shape.add(key, type);
  }

  private void require(String key) {
    if (shape != null) shape.require(key);
  }

  // ---- scalars --------------------------------------------------------------------------------

  public String str(String key) {
    if (shape != null) record(key, Schema.scalar());
    return strValue(key);
  }

  private String strValue(String key) {
    Node v = node(key);
    if (v == null) return null;
    if (v instanceof ScalarNode s) return s.getValue();
    return typeError(key, v, "a single value");
  }

  public String requiredStr(String key) {
    if (shape != null) record(key, Schema.scalar());
    require(key);
    String s = strValue(key);
    if (s == null && absent(key)) missing(key, "a value");
    return s;
  }

  public Boolean bool(String key) {
    if (shape != null) record(key, Schema.bool());
    Node v = node(key);
    if (v == null) return null;
    if (v instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
      return Boolean.valueOf(s.getValue().toLowerCase().matches("true|yes|on|y"));
    }
    return typeError(key, v, "true or false");
  }

  public boolean bool(String key, boolean dflt) {
    Boolean b = bool(key);
    return b == null ? dflt : b;
  }

  public Integer integer(String key) {
    if (shape != null) record(key, Schema.integer(false));
    return intValue(key);
  }

  private Integer intValue(String key) {
    Node v = node(key);
    if (v == null) return null;
    if (v instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
      try {
        return Integer.valueOf(s.getValue().replace("_", ""));
      } catch (NumberFormatException e) {
        return typeError(key, v, "a whole number of reasonable size");
      }
    }
    return typeError(key, v, "a whole number");
  }

  public Integer nonNegative(String key) {
    if (shape != null) record(key, Schema.integer(true));
    Integer i = intValue(key);
    if (i != null && i < 0) {
      problems.add(at(key), "`" + key + "` in " + context + " must not be negative (got " + i + ")");
      return null;
    }
    return i;
  }

  public LocalDate date(String key) {
    if (shape != null) record(key, Schema.date());
    Node v = node(key);
    if (v == null) return null;
    return parseDate(key, v);
  }

  public LocalDate requiredDate(String key) {
    if (shape != null) record(key, Schema.date());
    require(key);
    Node v = node(key);
    LocalDate d = v == null ? null : parseDate(key, v);
    if (d == null && absent(key)) missing(key, "a date (YYYY-MM-DD)");
    return d;
  }

  LocalDate parseDate(String key, Node v) {
    if (!(v instanceof ScalarNode s)) return typeError(key, v, "a date written YYYY-MM-DD");
    Matcher m = ISO_DATE.matcher(s.getValue().trim());
    if (!m.matches()) {
      problems.add(loc(v), "`" + key + "` in " + context + " must be a date written YYYY-MM-DD, not `"
          + s.getValue() + "`");
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    if (y < MIN_YEAR || y > MAX_YEAR) {
      problems.add(loc(v), "`" + key + "` in " + context + " has the year " + y + ", outside "
          + MIN_YEAR + "-" + MAX_YEAR + "; check the date `" + s.getValue() + "`");
      return null;
    }
    try {
      return LocalDate.of(y, mo, d);
    } catch (DateTimeException e) {
      String why = mo < 1 || mo > 12 ? "there is no month " + mo
          : java.time.Month.of(mo).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
              + " " + y + " has " + java.time.YearMonth.of(y, mo).lengthOfMonth() + " days";
      problems.add(loc(v), "`" + key + "` in " + context + " is an impossible date `" + s.getValue()
          + "`: " + why);
      return null;
    }
  }

  /** One of a fixed set of words. */
  public String oneOf(String key, List<String> allowed) {
    if (shape != null) record(key, Schema.oneOf(allowed));
    String s = strValue(key);
    if (s == null) return null;
    if (!allowed.contains(s)) {
      problems.add(at(key), "`" + key + "` in " + context + " must be one of " + String.join(", ", allowed)
          + ", not `" + s + "`" + Suggest.didYouMean(s, allowed));
      return null;
    }
    return s;
  }

  // ---- collections ----------------------------------------------------------------------------

  /** A list of plain values; a single value is accepted as a list of one. */
  public List<String> strings(String key) {
    if (shape != null) record(key, Schema.strings());
    Node v = node(key);
    if (v == null) return List.of();
    if (v instanceof ScalarNode s) return List.of(s.getValue());
    if (!(v instanceof SequenceNode seq)) {
      typeError(key, v, "a list of values");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node n : seq.getValue()) {
      if (n instanceof ScalarNode s && !isNull(s)) {
        out.add(s.getValue());
      } else {
        problems.add(loc(n), "each entry of `" + key + "` in " + context + " must be a single value, not "
            + describe(n));
      }
    }
    return out;
  }

  /**
   * Where each value {@link #strings} returns for {@code key} stands, in the same order (entries it
   * refuses, such as a null, are left out of both), for pointing at one entry.
   */
  public List<Loc> entryLocs(String key) {
    Node v = value(key);
    if (v instanceof ScalarNode) return List.of(loc(v));
    if (!(v instanceof SequenceNode seq)) return List.of();
    return seq.getValue().stream().filter(n -> n instanceof ScalarNode s && !isNull(s)).map(this::loc).toList();
  }

  /** A list of mappings, each read by {@code reader}; entries that fail are skipped. */
  public <T> List<T> list(String key, String what, Function<Fields, T> reader) {
    if (shape != null) {
      Fields sub = new Fields(file, what + " in `" + key + "`", null, problems, new Schema.Shape());
      reader.apply(sub);
      if (shape != null) record(key, Schema.array(sub.shape));
      return List.of();
    }
    Node v = node(key);
    if (v == null) return List.of();
    if (!(v instanceof SequenceNode seq)) {
      typeError(key, v, "a list (lines starting with `- `)");
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (Node n : seq.getValue()) {
      Fields f = Fields.of(file, what + " in `" + key + "`", n, problems);
      if (f == null) continue;
      T t = reader.apply(f);
      f.finish();
      if (t != null) out.add(t);
    }
    return out;
  }

  /** A nested mapping, read by {@code reader}. */
  public <T> T map(String key, Function<Fields, T> reader) {
    if (shape != null) {
      Fields sub = new Fields(file, "`" + key + "` in " + context, null, problems, new Schema.Shape());
      T t = reader.apply(sub);
      record(key, sub.shape.toJson());
      return t;
    }
    Node v = node(key);
    if (v == null) return null;
    Fields f = Fields.of(file, "`" + key + "` in " + context, v, problems);
    if (f == null) return null;
    T t = reader.apply(f);
    f.finish();
    return t;
  }

  /** The keys of this mapping, in order (for free-form mappings such as {@code procedure:}). */
  public Set<String> keys() {
    if (shape != null) shape.open();
    return tuples.keySet();
  }

  // ---- closing --------------------------------------------------------------------------------

  /** Reports every key that no getter asked for. Call after reading all fields. */
  public void finish() {
    for (Map.Entry<String, NodeTuple> e : tuples.entrySet()) {
      if (!known.contains(e.getKey())) {
        problems.add(loc(e.getValue().getKeyNode()), "unknown key `" + e.getKey() + "` in " + context
            + Suggest.didYouMean(e.getKey(), known)
            + (Suggest.nearest(e.getKey(), known) == null ? "; known keys are " + String.join(", ", known) : ""));
      }
    }
  }

  public void problem(String key, String message) {
    problems.add(at(key), message);
  }

  public String context() {
    return context;
  }

  // ---- helpers --------------------------------------------------------------------------------

  private Node value(String key) {
    NodeTuple t = tuples.get(key);
    return t == null ? null : t.getValueNode();
  }

  /** No such key, or the key with an empty value ({@code date:} or {@code date: ~}). */
  private boolean absent(String key) {
    Node v = value(key);
    return v == null || isNull(v);
  }

  private void missing(String key, String what) {
    problems.add(at(key), context + " needs `" + key + "`: " + what
        + (value(key) == null ? "" : ", not an empty value"));
  }

  private <T> T typeError(String key, Node v, String expected) {
    problems.add(loc(v), "`" + key + "` in " + context + " must be " + expected + ", not " + describe(v));
    return null;
  }

  private Loc loc(Node n) {
    return loc(file, n);
  }

  static Loc loc(String file, Node n) {
    if (n == null || n.getStartMark() == null) return Loc.of(file);
    return new Loc(file, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  static String describe(Node n) {
    if (n == null) return "nothing";
    if (n instanceof MappingNode) return "a mapping";
    if (n instanceof SequenceNode) return "a list";
    ScalarNode s = (ScalarNode) n;
    if (Tag.NULL.equals(s.getTag())) return "an empty value";
    String v = s.getValue();
    if (v.length() > 40) v = v.substring(0, 37) + "...";
    return "`" + v + "`";
  }
}
