package io.quorate.report;

import io.quorate.engine.Parameter;
import io.quorate.engine.Parameters;
import io.quorate.engine.Profile;
import io.quorate.engine.Profiles;
import io.quorate.engine.RuleCatalog.Citation;
import io.quorate.engine.RuleCatalog.RuleInfo;
import io.quorate.engine.RuleCatalog.Variant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** docs/rules.md, generated from the rule metadata and the profiles (never edited by hand). */
public final class RulesDoc {
  private RulesDoc() {}

  public static String render(List<RuleInfo> rules, Profiles profiles) {
    StringBuilder out = new StringBuilder();
    out.append("<!-- generated from rules/*.drl and rules/profiles/*.yaml; do not edit. -->\n");
    out.append("<!-- Regenerate: mvn -q test -Dtest=RulesDocTest -Dquorate.regenerate=true -->\n\n");
    out.append("# quorate rules\n\n");
    out.append("Every rule quorate checks: its stable id, severity, what it finds, and where each profile says it\n");
    out.append("comes from. Severity: **breach** (mandatory wording), **warning** (should / judgement / proposals),\n");
    out.append("**info** (notes). A board may change a rule's parameters under `procedure:` ([Parameters](#parameters)).\n\n");
    out.append("| id | severity | finds | profiles |\n|---|---|---|---|\n");
    for (RuleInfo r : rules) {
      out.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ").append(r.severity().key())
          .append(" | ").append(cell(r.title())).append(" | ")
          .append(r.citations().stream().map(Citation::profile).collect(Collectors.joining(", "))).append(" |\n");
    }
    out.append("\n## Profiles\n\n| profile | body | document |\n|---|---|---|\n");
    for (Profile p : profiles.all()) {
      out.append("| `").append(p.id()).append("` | ").append(cell(p.body())).append(" | ").append(cell(p.document()))
          .append(p.text() == null ? "" : ": " + cell(p.text())).append(" |\n");
    }
    out.append("\n## Parameters\n\n");
    out.append("Declared once in `rules/parameters.yaml`: each profile gives a rule's parameters the values its text states,\n");
    out.append("a parameter it does not set takes the default, and a board changes one under `procedure:`, e.g.\n");
    out.append("`procedure: {notice-days: 3}`. Any other value is an input error.\n\n");
    out.append("| parameter | value | default | rules | meaning |\n|---|---|---|---|---|\n");
    for (Parameter p : Parameters.declared().all()) {
      out.append("| `").append(p.name()).append("` | ").append(cell(p.expected())).append(" | `").append(value(p.dflt()))
          .append("` | ").append(String.join(", ", p.rules())).append(" | ").append(cell(p.meaning()));
      p.readings().forEach((k, v) -> out.append("<br>`").append(k).append("`: ").append(cell(v)));
      out.append(" |\n");
    }
    for (RuleInfo r : rules) {
      out.append("\n## ").append(r.id()).append("\n\n");
      out.append("**").append(r.title()).append("** (").append(r.severity().key()).append(")\n\n");
      out.append("Findings read, for example:\n\n");
      for (Variant v : r.variants()) out.append("- ").append(v.message()).append("\n");
      for (Citation c : r.citations()) {
        out.append("\n### `").append(c.profile()).append("`\n\n");
        out.append("- Source: ").append(c.source().document()).append(", ").append(c.source().clause()).append("\n");
        out.append("- Quote: \"").append(c.source().quote()).append("\"\n");
        if (!c.parameters().isEmpty()) out.append("- Parameters: ").append(params(c.parameters())).append("\n");
        if (c.note() != null) out.append("- Note: ").append(c.note().trim()).append("\n");
      }
    }
    return out.toString();
  }

  private static String params(Map<String, Object> p) {
    return p.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> "`" + e.getKey() + ": " + value(e.getValue()) + "`").collect(Collectors.joining(", "));
  }

  /** A parameter's value as a board would write it under {@code procedure:}. */
  public static String value(Object v) {
    return v instanceof List<?> l ? "[" + l.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]"
        : String.valueOf(v);
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
