package io.quorate.engine;

import io.quorate.calendar.Dates;
import io.quorate.model.Loc;
import io.quorate.model.Source;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One breach, warning or note: which rule, where (file, line, column of the offending YAML node),
 * about which board, meeting or panel, what (a plain-English message with the numbers) and why (the
 * clause and quote it breaks). The rule id, severity and message template are read back from the
 * DRL rule's metadata; consequences pass only the facts.
 */
public record Finding(
    String rule, Severity severity, String subject, Loc loc, String message, Source source, String title)
    implements Comparable<Finding> {

  public static final Comparator<Finding> ORDER = Finding::compareByPlace;

  // Written out: a record's implicit hashCode starts java.lang.invoke's method-handle machinery on its
  // first call (~30 ms of a cold one-file check). Consistent with the implicit equals: it hashes the
  // same components (RecordMethodsTest).
  @Override
  public int hashCode() {
    return java.util.Objects.hash(rule, severity, subject, loc, message, source, title);
  }

  /** By file, line, rule, column, subject, then message: written out, for it sorts every finding of a batch. */
  private static int compareByPlace(Finding a, Finding b) {
    int c = a.loc.file().compareTo(b.loc.file());
    if (c != 0) return c;
    c = Integer.compare(a.loc.line(), b.loc.line());
    if (c != 0) return c;
    c = a.rule.compareTo(b.rule);
    if (c != 0) return c;
    c = Integer.compare(a.loc.column(), b.loc.column());
    if (c != 0) return c;
    c = a.subject.compareTo(b.subject);
    return c != 0 ? c : a.message.compareTo(b.message);
  }

  /**
   * Builds the finding for the firing rule. {@code args} are name/value pairs filling the
   * {@code @message} template's {@code {name}} placeholders.
   */
  public static Finding of(Drools drools, RuleConfig config, String subject, Loc loc, Object... args) {
    // the executable model's Drools is also the RuleContext of the firing rule
    Rule r = ((RuleContext) drools).getRule();
    Map<String, Object> meta = r.getMetaData();
    String id = meta(meta, "id", r);
    Severity sev = config.severity() != null ? config.severity() : Severity.parse(meta(meta, "severity", r));
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) values.put(args[i].toString(), args[i + 1]);
    String message = fill(meta(meta, "message", r), values, r.getName());
    return new Finding(id, sev, subject, loc, message, config.source(), meta(meta, "title", r));
  }

  static String meta(Map<String, Object> meta, String key, Rule r) {
    Object v = meta.get(key);
    if (v == null) throw new IllegalStateException("rule \"" + r.getName() + "\" has no @" + key);
    String s = v.toString();
    // the executable model keeps the quotes of quoted metadata values
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
    return s;
  }

  static String fill(String template, Map<String, Object> values, String ruleName) {
    // a plain scan for {name} (letters only; anything else is literal text), not a regex: this
    // runs once per finding, tens of thousands of times in a large batch
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int end = placeholderEnd(template, open + 1);
      if (end < 0) {
        out.append(template, i, open + 1);
        i = open + 1;
        continue;
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, end);
      if (!values.containsKey(name)) {
        throw new IllegalStateException("rule \"" + ruleName + "\" gives no value for {" + name + "}");
      }
      out.append(text(values.get(name)));
      i = end + 1;
    }
    return out.toString();
  }

  /** The index of the '}' closing a placeholder whose name starts at {@code from}, or -1. */
  private static int placeholderEnd(String s, int from) {
    int j = from;
    while (j < s.length() && isAsciiLetter(s.charAt(j))) j++;
    return j > from && j < s.length() && s.charAt(j) == '}' ? j : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static String text(Object v) {
    if (v instanceof LocalDate d) return Dates.format(d);
    return String.valueOf(v);
  }

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }
}
