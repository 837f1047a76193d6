package io.quorate.imports;

import org.yaml.snakeyaml.DumperOptions;

/**
 * Builds a YAML file line by line: keys written by this importer, values quoted by SnakeYAML's own
 * emitter (double-quoted, on one line), and comments made {@link Text#plain plain} so that no text
 * from a council's records can end a comment and start YAML of its own.
 */
final class Yaml {
  /** What quorate cannot get from the service and a person must supply; `check` refuses it as it stands. */
  static final String FILL_IN = "FILL-IN";

  private static final org.yaml.snakeyaml.Yaml EMITTER = emitter();

  private static org.yaml.snakeyaml.Yaml emitter() {
    DumperOptions o = new DumperOptions();
    o.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    o.setSplitLines(false);
    o.setWidth(Integer.MAX_VALUE);
    return new org.yaml.snakeyaml.Yaml(o);
  }

  private final StringBuilder b = new StringBuilder();

  /** A string as a YAML double-quoted scalar (SnakeYAML escapes what needs escaping). */
  static String quote(String s) {
    return EMITTER.dump(Text.plain(s)).strip();
  }

  /** A comment line (or several, split at "\n" in {@code text}), each at the indent. */
  Yaml comment(int indent, String text) {
    for (String line : text.split("\n", -1)) {
      b.append(" ".repeat(indent)).append('#');
      String p = Text.plain(line);
      int lead = 0;
      while (lead < line.length() && line.charAt(lead) == ' ') lead++;
      if (!p.isEmpty()) b.append(' ').append(" ".repeat(Math.min(lead, 8))).append(p);
      b.append('\n');
    }
    return this;
  }

  /** {@code key: value} with the value already in YAML form (a quoted string, a date, a number, a flow list). */
  Yaml raw(int indent, String key, String yamlValue) {
    b.append(" ".repeat(indent)).append(key).append(':');
    if (yamlValue != null) b.append(' ').append(yamlValue);
    b.append('\n');
    return this;
  }

  /** {@code key: value} with a value in YAML form and a trailing comment. */
  Yaml raw(int indent, String key, String yamlValue, String comment) {
    b.append(" ".repeat(indent)).append(key).append(": ").append(yamlValue).append("  # ").append(Text.plain(comment))
        .append('\n');
    return this;
  }

  Yaml str(int indent, String key, String value) {
    return raw(indent, key, quote(value));
  }

  Yaml blank() {
    b.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
