package io.quorate.engine;

import io.quorate.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rule catalogue as the rule base itself declares it: each rule id with its severity and title
 * from the DRL metadata, and the clause and quote each profile cites for it.
 */
public final class RuleCatalog {
  /** One DRL rule (a rule id may have several, one per way of breaking it). */
  public record Variant(String name, String message) {}

  /** Where one profile says the rule comes from, and with which parameters. */
  public record Citation(String profile, Source source, Map<String, Object> parameters, String note) {}

  public record RuleInfo(String id, Severity severity, String title, List<Variant> variants, List<Citation> citations) {}

  private RuleCatalog() {}

  public static List<RuleInfo> rules() {
    return rules(RuleBase.kieBase(), Profiles.builtIn());
  }

  public static List<RuleInfo> rules(KieBase kieBase, Profiles profiles) {
    // rules in a fixed order (the rule base's own order is not), so titles and severities are stable
    List<Rule> all = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) all.addAll(pkg.getRules());
    all.sort(java.util.Comparator.comparing((Rule r) -> Finding.meta(r.getMetaData(), "id", r)).thenComparing(Rule::getName));
    Map<String, RuleInfo> byId = new TreeMap<>();
    for (Rule r : all) {
      Map<String, Object> meta = r.getMetaData();
      String id = Finding.meta(meta, "id", r);
      Severity sev = Severity.parse(Finding.meta(meta, "severity", r));
      // a rule that only says what another cannot judge (@judges, @wants) has no title of its own
      String title = meta.containsKey("judges") ? null : Finding.meta(meta, "title", r);
      RuleInfo info = byId.computeIfAbsent(id, k -> new RuleInfo(k, sev, title, new ArrayList<>(), citations(k, profiles)));
      if (sev.compareTo(info.severity()) > 0 || info.title() == null && title != null) {
        // a rule id's default level is that of its most serious way of being broken
        info = new RuleInfo(id, sev.compareTo(info.severity()) > 0 ? sev : info.severity(),
            info.title() == null ? title : info.title(), info.variants(), info.citations());
        byId.put(id, info);
      }
      info.variants().add(new Variant(r.getName(), meta.containsKey("judges")
          ? Finding.meta(meta, "judges", r) + " (" + Finding.meta(meta, "wants", r) + ")"
          : Finding.meta(meta, "message", r)));
    }
    List<RuleInfo> out = new ArrayList<>();
    for (RuleInfo i : byId.values()) {
      List<Variant> v = new ArrayList<>(i.variants());
      v.sort((a, b) -> a.name().compareTo(b.name()));
      out.add(new RuleInfo(i.id(), i.severity(), i.title(), List.copyOf(v), i.citations()));
    }
    return List.copyOf(out);
  }

  private static List<Citation> citations(String id, Profiles profiles) {
    List<Citation> out = new ArrayList<>();
    for (Profile p : profiles.all()) {
      Profile.Entry e = p.rules().get(id);
      if (e != null) out.add(new Citation(p.id(), e.source(), e.parameters(), e.note()));
    }
    return List.copyOf(out);
  }
}
