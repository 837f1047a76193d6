package io.quorate.engine;

import io.quorate.io.Problems;
import io.quorate.io.Suggest;
import io.quorate.model.Board;
import io.quorate.model.Loc;
import io.quorate.model.Panel;
import io.quorate.model.ParamOverride;
import io.quorate.model.Source;
import io.quorate.model.Where;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns each body's profile and {@code procedure:} overrides into {@link RuleConfig} facts. An
 * overridden parameter makes the finding cite the board's file and line instead of the profile.
 */
final class Configs {
  /** Panels are Statutory Officer Independent Panels; this is their profile unless one is named. */
  static final String DEFAULT_PANEL_PROFILE = "soip-2015";

  private final Profiles profiles;
  private final Problems problems;

  Configs(Profiles profiles, Problems problems) {
    this.profiles = profiles;
    this.problems = problems;
  }

  List<RuleConfig> common() {
    Profile common = profiles.get(Profiles.COMMON).orElseThrow();
    List<RuleConfig> out = new ArrayList<>();
    for (Profile.Entry e : common.rules().values()) {
      out.add(new RuleConfig(RuleConfig.EVERY, e.rule(), Profiles.COMMON, e.source(), e.parameters(), e.severity()));
    }
    return out;
  }

  /** Dismissal cases follow the County Council's profile (the full Council decides) unless one is named. */
  static final String DEFAULT_DISMISSAL_PROFILE = "kent-county-council-2015";

  List<RuleConfig> forDismissal(io.quorate.model.Dismissal d) {
    return forBody(d.id(), d.profile() == null ? DEFAULT_DISMISSAL_PROFILE : d.profile(), Map.of(), d.where());
  }

  /**
   * A board must name its profile: with none, no rule of any terms of reference would judge it or
   * its meetings, and every check of them would pass in silence.
   */
  List<RuleConfig> forBoard(Board b) {
    if (b.profile() == null) {
      problems.add(b.where().at("profile"), "board `" + b.id() + "` names no `profile:`, so no rule would check it"
          + " or its meetings; add `profile:` with the terms of reference that govern it, one of "
          + String.join(", ", profiles.boardProfileIds()) + " (`quorate rules` lists each profile's rules)");
      return List.of();
    }
    return forBody(b.id(), b.profile(), b.procedure(), b.where());
  }

  List<RuleConfig> forPanel(Panel p) {
    return forBody(p.id(), p.profile() == null ? DEFAULT_PANEL_PROFILE : p.profile(), Map.of(), p.where());
  }

  private List<RuleConfig> forBody(String id, String profileId, Map<String, ParamOverride> procedure, Where where) {
    Map<String, Profile.Entry> entries = new LinkedHashMap<>();
    if (profileId != null) {
      var profile = profiles.get(profileId);
      if (profile.isEmpty() || profileId.equals(Profiles.COMMON)) {
        problems.add(where.at("profile"), "unknown profile `" + profileId + "`"
            + Suggest.didYouMean(profileId, profiles.boardProfileIds()) + "; the built-in profiles are "
            + String.join(", ", profiles.boardProfileIds()));
        return List.of();
      }
      entries.putAll(profile.get().rules());
    }
    Map<String, Map<String, Object>> params = new LinkedHashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Profile.Entry e : entries.values()) {
      params.put(e.rule(), new LinkedHashMap<>(e.parameters()));
      sources.put(e.rule(), e.source());
    }
    Parameters declared = Parameters.declared();
    Map<String, List<ParamOverride>> overrides = new LinkedHashMap<>();
    for (ParamOverride o : procedure.values()) {
      Parameter decl = declared.get(o.name()).orElse(null);
      if (decl == null) {
        problems.add(o.loc(), "unknown procedure parameter `" + o.name() + "`"
            + Suggest.didYouMean(o.name(), declared.names()) + "; the parameters are "
            + String.join(", ", declared.names()));
        continue;
      }
      Object value = read(decl, o);
      if (value == null) continue;
      List<String> targets = targets(decl, entries, o, profileId);
      for (String rule : targets) {
        Map<String, Object> p = params.computeIfAbsent(rule, Configs::defaults);
        p.put(o.name(), value);
        overrides.computeIfAbsent(rule, r -> new ArrayList<>()).add(o);
      }
    }
    // a rule whose parameters the board sets cites the board's lines, every one of them, in file order
    overrides.forEach((rule, os) -> sources.put(rule, overridden(os, sources.get(rule), profileId, where.file())));
    List<RuleConfig> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : params.entrySet()) {
      Profile.Entry pe = entries.get(e.getKey());
      out.add(new RuleConfig(id, e.getKey(), profileId, sources.get(e.getKey()), e.getValue(),
          pe == null ? null : pe.severity()));
    }
    return out;
  }

  /**
   * The rules of this body an override sets: those of its profile whose entry takes the parameter.
   * When the profile applies none of the parameter's rules, a parameter that belongs to one rule
   * switches that rule on (the board's own procedure states it); a parameter shared by several
   * rules cannot say which, and a parameter of a rule the profile applies in a form that does not
   * read it would change nothing: both are input errors, since a value that is silently ignored is
   * a silent pass.
   */
  private List<String> targets(Parameter decl, Map<String, Profile.Entry> entries, ParamOverride o, String profileId) {
    List<String> taking = decl.rules().stream()
        .filter(r -> entries.containsKey(r) && entries.get(r).parameters().containsKey(decl.name())).toList();
    if (!taking.isEmpty()) return taking;
    List<String> applied = decl.rules().stream().filter(entries::containsKey).toList();
    if (!applied.isEmpty()) {
      problems.add(o.loc(), "procedure parameter `" + o.name() + "` changes nothing: profile " + profileId + " applies "
          + String.join(", ", applied) + " in a form that does not read it; remove it");
      return List.of();
    }
    if (decl.rules().size() > 1 || variantRules().contains(decl.rules().get(0))) {
      problems.add(o.loc(), "procedure parameter `" + o.name() + "` belongs to " + String.join(", ", decl.rules())
          + ", which profile " + profileId + " does not apply; remove it, or name a profile that applies "
          + (decl.rules().size() > 1 ? "them" : "it"));
      return List.of();
    }
    return decl.rules();
  }

  /** Rules whose profiles choose between implementations (parameter variant): none can be switched on alone. */
  private Set<String> variantRules() {
    Set<String> out = new java.util.HashSet<>();
    for (Profile p : profiles.all()) {
      for (Profile.Entry e : p.rules().values()) if (e.parameters().containsKey(Profiles.VARIANT)) out.add(e.rule());
    }
    return out;
  }

  /** A rule switched on by a board's parameter takes the declared defaults of its other parameters. */
  private static Map<String, Object> defaults(String rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Parameter p : Parameters.declared().ofRule(rule)) out.put(p.name(), p.dflt());
    return out;
  }

  /** The override's value as the rules read it, or null after reporting what is wrong with it. */
  private Object read(Parameter decl, ParamOverride o) {
    return decl.read(o.value(), (entry, message) -> {
      Loc at = entry >= 0 && entry < o.entries().size() ? o.entries().get(entry) : o.loc();
      problems.add(at, "procedure parameter `" + o.name() + "`" + (entry >= 0 && o.value() instanceof List<?>
          ? ", entry " + (entry + 1) + "," : "") + " " + message);
    });
  }

  private static Source overridden(List<ParamOverride> os, Source base, String profileId, String file) {
    List<ParamOverride> sorted = os.stream()
        .sorted(java.util.Comparator.comparingInt((ParamOverride o) -> o.loc().line()).thenComparingInt(o -> o.loc().column()))
        .toList();
    String was = base == null ? "" : " (" + (profileId == null ? "" : profileId + ", ") + base.clause() + ")";
    String clause = "procedure: " + String.join(", ", sorted.stream().map(o -> o.name() + " at line " + o.loc().line()).toList());
    String values = String.join("; ", sorted.stream().map(o -> o.name() + ": " + value(o.value())).toList());
    return new Source(file, clause, values + (sorted.size() == 1 ? " — the board's own value" : " — the board's own values")
        + ", overriding the profile" + was);
  }

  private static String value(Object v) {
    return v instanceof List<?> l ? "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]" : String.valueOf(v);
  }
}
