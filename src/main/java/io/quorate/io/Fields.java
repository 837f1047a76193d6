package io.quorate.io;

import io.quorate.model.Loc;
import io.quorate.model.Where;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Strict, typed reading of one YAML mapping. Every getter names the key it reads, so the set of
 * known keys is exactly the set asked for; {@link #finish()} then reports every other key as
 * unknown, with the nearest known key as a suggestion. Wrong types, impossible dates and duplicate
 * keys are reported with file, line and column and the getter returns null, so reading carries on
 * and one run reports every problem.
 *
 * <p>Every single value read, whatever its type, passes one check first ({@link #checked}): a YAML
 * tag quorate does not read ({@code !foo}, {@code !!binary}) or one its value does not fit ({@code
 * !!bool maybe}) is refused; so is a control character however it was written (a YAML escape such
 * as {@code "\e[2J"} reaches here as the character itself), a line break in a value that must be on
 * one line, and a value longer than its kind needs ({@link Kind}).
 */
public final class Fields {
  /** The longest id or reference: of a board, meeting, member or waiver, a profile, a rule, a group. */
  public static final int MAX_ID = 100;

  /** The longest text: a name, a title, a reason. */
  public static final int MAX_TEXT = 500;

  /** What a single value holds, which decides how long it may be and whether it may run over lines. */
  enum Kind {
    /** An id, a reference to one, a date, a number or a word from a fixed set. */
    ID(MAX_ID, false, "an id or reference"),
    /** A name, a title, an organisation: text on one line. */
    LINE(MAX_TEXT, false, "a name or title"),
    /** Free text where more than one line makes sense: a reason. */
    TEXT(MAX_TEXT, true, "this text");

    final int max;
    final boolean lines;
    final String what;

    Kind(int max, boolean lines, String what) {
      this.max = max;
      this.lines = lines;
      this.what = what;
    }
  }

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
    Fields f = new Fields(file, context, node, problems);
    return f.collectionTag(null, node) ? f : null;
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

  /** A name, title or other text on one line. */
  public String str(String key) {
    return str(key, Kind.LINE);
  }

  /** An id or a reference to one (a member, a board, a profile). */
  public String id(String key) {
    return str(key, Kind.ID);
  }

  /** Free text that may run over several lines (a reason). */
  public String text(String key) {
    return str(key, Kind.TEXT);
  }

  private String str(String key, Kind kind) {
    if (shape != null) record(key, Schema.scalar());
    return strValue(key, kind);
  }

  private String strValue(String key, Kind kind) {
    Node v = node(key);
    if (v == null) return null;
    if (v instanceof ScalarNode s) return checked(key, s, kind);
    return typeError(key, v, "a single value");
  }

  public String requiredStr(String key) {
    return required(key, Kind.LINE);
  }

  public String requiredId(String key) {
    return required(key, Kind.ID);
  }

  public String requiredText(String key) {
    return required(key, Kind.TEXT);
  }

  private String required(String key, Kind kind) {
    if (shape != null) record(key, Schema.scalar());
    require(key);
    String s = strValue(key, kind);
    if (s == null && absent(key)) missing(key, "a value");
    return s;
  }

  public Boolean bool(String key) {
    if (shape != null) record(key, Schema.bool());
    Node v = node(key);
    if (v == null) return null;
    if (v instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
      String b = checked(key, s, Kind.ID);
      return b == null ? null : Boolean.valueOf(b.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on"));
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
      String n = checked(key, s, Kind.ID);
      if (n == null) return null;
      // YAML 1.1 also reads 0x1F, 0o17, 017 (octal: 15, not 17) and 1:30 (90) as whole numbers
      if (!DECIMAL.matcher(n).matches()) return typeError(key, v, "a whole number written in decimal digits, such as 12");
      try {
        return Integer.valueOf(n.replace("_", ""));
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
    String text = checked(key, s, Kind.ID);
    if (text == null) return null;
    try {
      return InputDates.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(loc(v), "`" + key + "` in " + context + " " + e.getMessage());
      return null;
    }
  }

  /** One of a fixed set of words. */
  public String oneOf(String key, List<String> allowed) {
    if (shape != null) record(key, Schema.oneOf(allowed));
    String s = strValue(key, Kind.ID);
    if (s == null) return null;
    if (!allowed.contains(s)) {
      problems.add(at(key), "`" + key + "` in " + context + " must be one of " + String.join(", ", allowed)
          + ", not `" + s + "`" + Suggest.didYouMean(s, allowed));
      return null;
    }
    return s;
  }

  // ---- collections ----------------------------------------------------------------------------

  /** A list of names or other one-line texts; a single value is accepted as a list of one. */
  public List<String> strings(String key) {
    return strings(key, Kind.LINE);
  }

  /** A list of ids or references (members present, categories); a single one is a list of one. */
  public List<String> ids(String key) {
    return strings(key, Kind.ID);
  }

  private List<String> strings(String key, Kind kind) {
    if (shape != null) record(key, Schema.strings());
    Node v = node(key);
    if (v == null) return List.of();
    if (v instanceof ScalarNode s) {
      String one = checked(key, s, kind);
      return one == null ? List.of() : List.of(one);
    }
    if (!(v instanceof SequenceNode seq) || !collectionTag(key, v)) {
      if (!(v instanceof SequenceNode)) typeError(key, v, "a list of values");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node n : seq.getValue()) {
      if (n instanceof ScalarNode s && !isNull(s)) {
        String one = checked(key, s, kind);
        if (one != null) out.add(one);
      } else {
        problems.add(loc(n), "each entry of `" + key + "` in " + context + " must be a single value, not "
            + describe(n));
      }
    }
    return out;
  }

  /**
   * Where each value {@link #ids} returns for {@code key} stands, in the same order (entries it
   * refuses, such as a null, are left out of both), for pointing at one entry.
   */
  public List<Loc> entryLocs(String key) {
    Node v = value(key);
    if (v instanceof ScalarNode s) return problem(s, Kind.ID) == null ? List.of(loc(v)) : List.of();
    if (!(v instanceof SequenceNode seq)) return List.of();
    return seq.getValue().stream().filter(n -> n instanceof ScalarNode s && !isNull(s) && problem(s, Kind.ID) == null)
        .map(this::loc).toList();
  }

  /**
   * A free-form setting as its YAML type: a whole number (Integer), true or false (Boolean), other
   * text (String), or a list of words (a List of String); null when empty, or when refused (the
   * problem is reported). A mapping is refused: {@code expected} says what the value may be instead.
   */
  public Object plain(String key, String expected) {
    if (shape != null) record(key, Schema.any());
    Node v = node(key);
    if (v == null) return null;
    if (v instanceof MappingNode) {
      problems.add(loc(v), expected + ", not " + describe(v));
      return null;
    }
    if (v instanceof SequenceNode) return strings(key);
    Tag t = v.getTag();
    return Tag.INT.equals(t) ? intValue(key) : Tag.BOOL.equals(t) ? bool(key) : strValue(key, Kind.LINE);
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
    if (!collectionTag(key, v)) return List.of();
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

  /**
   * The keys of this mapping, in order (for free-form mappings such as {@code procedure:}, whose keys
   * are names quorate reads and may show): each checked as an id, those refused left out.
   */
  public Set<String> keys() {
    if (shape != null) shape.open();
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, NodeTuple> e : tuples.entrySet()) {
      ScalarNode k = (ScalarNode) e.getValue().getKeyNode();
      String p = problem(k, Kind.ID);
      if (p == null) {
        out.add(e.getKey());
      } else {
        known.add(e.getKey()); // reported here, not again as unknown
        problems.add(loc(k), "the key `" + e.getKey() + "` in " + context + " " + p);
      }
    }
    return out;
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

  /** Whole numbers as quorate reads them: decimal digits, optionally signed and grouped with _. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");

  /**
   * The value of a single value, or null with the problem reported ({@link #problem}). The final
   * line break a block scalar ({@code >} or {@code |}) ends with is not part of the value.
   */
  private String checked(String key, ScalarNode s, Kind kind) {
    String p = problem(s, kind);
    if (p != null) {
      problems.add(loc(s), "`" + key + "` in " + context + " " + p);
      return null;
    }
    return value(s);
  }

  private static String value(ScalarNode s) {
    String v = s.getValue();
    DumperOptions.ScalarStyle style = s.getScalarStyle();
    if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
      int end = v.length();
      while (end > 0 && v.charAt(end - 1) == '\n') end--;
      return v.substring(0, end);
    }
    return v;
  }

  /**
   * What is wrong with a single value, as the end of a sentence about it, or null when nothing is:
   * its tag, its length, or a character in it (the first one refused).
   */
  static String problem(ScalarNode s, Kind kind) {
    String t = tagProblem(s);
    if (t != null) return t;
    String v = value(s);
    int length = v.codePointCount(0, v.length());
    if (length > kind.max) {
      return "is " + length + " characters long; " + kind.what + " may be at most " + kind.max + " characters"
          + (kind == Kind.ID ? ": check the value (an id only needs to tell one body, meeting or member from another)"
              : ": shorten it (quote a minute or paper reference for the full text)");
    }
    for (int i = 0; i < v.length(); ) {
      int c = v.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0x20 && c < 0x7f) continue;
      if (c == '\n' || c == 0x2028 || c == 0x2029) {
        if (c == '\n' && kind.lines) continue;
        if (kind.lines) return "contains the character " + name(c) + ": write an ordinary line break instead";
        return "contains a line break" + (c == '\n' ? "" : String.format(" (U+%04X %s)", c, Character.getName(c)))
            + ", but " + kind.what + " must be on one line"
            + (kind == Kind.ID ? "" : " (only a reason may run over several lines)") + ": join the lines";
      }
      if (c == '\t' && kind.lines) continue;
      if (Character.getType(c) == Character.CONTROL) {
        return "contains the control character " + name(c) + ", which quorate does not accept in a value:"
            + " remove it (it may come from an escape such as \\e or \\x1b in quotes, or from pasted text)";
      }
      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
        return "contains the character " + name(c) + ", which changes the order text is shown in, so what is"
            + " shown is not what is read: remove it";
      }
    }
    return null;
  }

  private static String name(int c) {
    String n = Character.getName(c);
    return String.format("U+%04X", c) + (n == null ? "" : " (" + n + ")");
  }

  /**
   * What is wrong with a scalar's tag, or null: quorate reads the YAML 1.1 types of plain values
   * ({@code !!str}, {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null}, {@code
   * !!timestamp}), and only values that fit their tag; any other tag is refused, never ignored.
   */
  private static String tagProblem(ScalarNode s) {
    Tag t = s.getTag();
    if (Tag.STR.equals(t)) return null;
    String v = s.getValue();
    if (t.equals(FastResolver.quick(v))) return null; // the commonest: dates, small numbers, true, false
    Pattern fits;
    String what;
    if (Tag.BOOL.equals(t)) {
      fits = Resolver.BOOL;
      what = "true or false (or yes, no, on, off)";
    } else if (Tag.INT.equals(t)) {
      fits = Resolver.INT;
      what = "a whole number";
    } else if (Tag.FLOAT.equals(t)) {
      fits = Resolver.FLOAT;
      what = "a number";
    } else if (Tag.NULL.equals(t)) {
      fits = Resolver.NULL;
      what = "empty (nothing, ~ or null)";
    } else if (Tag.TIMESTAMP.equals(t)) {
      fits = Resolver.TIMESTAMP;
      what = "a date";
    } else {
      return "has the tag `" + tagText(t) + "`, which quorate does not read: remove it (values are plain text,"
          + " numbers, true or false, and dates)";
    }
    if (v.isEmpty() && Tag.NULL.equals(t) || fits.matcher(v).matches()) return null;
    return "is tagged `" + tagText(t) + "`, but `" + v + "` is not " + what + ": correct the value or remove the tag";
  }

  /** Whether a list's or mapping's tag is the plain one; reports any other tag ({@code !!set}, {@code !foo}). */
  private boolean collectionTag(String key, Node n) {
    Tag plain = n instanceof MappingNode ? Tag.MAP : Tag.SEQ;
    if (plain.equals(n.getTag())) return true;
    problems.add(loc(n), (key == null ? context : "`" + key + "` in " + context) + " has the tag `"
        + tagText(n.getTag()) + "`, which quorate does not read: remove it");
    return false;
  }

  /** A tag as it is written: {@code !!bool} for YAML's own, else as given. */
  private static String tagText(Tag t) {
    String v = t.getValue();
    return v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v;
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

  /** An empty value: {@code key:}, {@code key: ~}, {@code key: null} (not {@code !!null text}, which is refused). */
  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag())
        && (s.getValue().isEmpty() || Resolver.NULL.matcher(s.getValue()).matches());
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
