package io.quorate.engine;

import io.quorate.calendar.Dates;
import io.quorate.model.Loc;
import io.quorate.model.Source;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.loc().file())
      .thenComparingInt(f -> f.loc().line())
      .thenComparing(Finding::rule)
      .thenComparingInt(f -> f.loc().column())
      .thenComparing(Finding::subject)
      .thenComparing(Finding::message);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

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
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      if (!values.containsKey(name)) {
        throw new IllegalStateException("rule \"" + ruleName + "\" gives no value for {" + name + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(text(values.get(name))));
    }
    m.appendTail(out);
    return out.toString();
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
