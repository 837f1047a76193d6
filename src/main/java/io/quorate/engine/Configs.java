package io.quorate.engine;

import io.quorate.calendar.Dates;
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

  /**
   * The values each worded {@code procedure:} parameter takes: the readings the rules (and their
   * derivers) tell apart. Any other value is an input error, never a silent fall-back to the
   * default: `majority-basis: presnt` would otherwise make both majority rules match nothing.
   * Parameters given as a day of the year (`term-ends: 04-01`) must be a real MM-DD. The rest
   * (`standing-chair-appointed-by`) are names, compared as written. ConfigsTest keeps every value a
   * profile uses acceptable as a board's override.
   */
  static final Map<String, Set<String>> WORDS = Map.ofEntries(
      Map.entry("minutes-approved-at", Set.of("next-ordinary", "next", "next-meeting")),
      Map.entry("election-at", Set.of("first-ordinary", "first")),
      Map.entry("majority-basis", Set.of("present-and-voting", "present")),
      Map.entry("member-item-reading", Set.of("clear", "literal")),
      Map.entry("substitution-reading", Set.of("clear", "literal")),
      Map.entry("quorum-base", Set.of("members", "seats")),
      Map.entry("default-recipient", Set.of("parent", "none")),
      Map.entry("allocation", Set.of("largest-remainder")),
      Map.entry("chair-appointer", Set.of("parent")),
      Map.entry("minutes-to", Set.of("following-parent-meeting")),
      Map.entry("urgent-reason-recorded", Set.of("minutes")));

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
    Map<String, List<String>> paramRules = profiles.parameterRules();
    Map<String, Map<String, Object>> params = new LinkedHashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Profile.Entry e : entries.values()) {
      params.put(e.rule(), new LinkedHashMap<>(e.parameters()));
      sources.put(e.rule(), e.source());
    }
    for (ParamOverride o : procedure.values()) {
      List<String> rules = paramRules.get(o.name());
      if (rules == null) {
        problems.add(o.loc(), "unknown procedure parameter `" + o.name() + "`"
            + Suggest.didYouMean(o.name(), paramRules.keySet()) + "; the parameters are "
            + String.join(", ", paramRules.keySet()));
        continue;
      }
      Object dflt = profiles.defaultValue(o.name());
      Object value = coerce(o, dflt);
      if (value == null) continue;
      // the value applies to every rule of this body that takes the parameter; when none does, a board
      // switches on the first rule that takes it (a board with no profile gets only such rules)
      List<String> targets = rules.stream().filter(r -> params.containsKey(r) && params.get(r).containsKey(o.name()))
          .toList();
      for (String rule : targets.isEmpty() ? List.of(rules.get(0)) : targets) {
        Map<String, Object> p = params.computeIfAbsent(rule, r -> defaults(r));
        p.put(o.name(), value);
        sources.put(rule, overridden(o, sources.get(rule), profileId, where.file()));
      }
    }
    List<RuleConfig> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : params.entrySet()) {
      Profile.Entry pe = entries.get(e.getKey());
      out.add(new RuleConfig(id, e.getKey(), profileId, sources.get(e.getKey()), e.getValue(),
          pe == null ? null : pe.severity()));
    }
    return out;
  }

  private Map<String, Object> defaults(String rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Profile p : profiles.all()) {
      Profile.Entry e = p.rules().get(rule);
      if (e != null) e.parameters().forEach(out::putIfAbsent);
    }
    return out;
  }

  private Object coerce(ParamOverride o, Object dflt) {
    Object v = o.value();
    Loc loc = o.loc();
    if (dflt instanceof Integer) {
      if (v instanceof Integer i && i >= 0) return i;
      problems.add(loc, "procedure parameter `" + o.name() + "` must be a whole number such as " + dflt + ", not `" + v + "`");
      return null;
    }
    if (dflt instanceof Boolean) {
      if (v instanceof Boolean) return v;
      problems.add(loc, "procedure parameter `" + o.name() + "` must be true or false, not `" + v + "`");
      return null;
    }
    if (dflt instanceof List<?>) {
      return v instanceof List<?> ? v : List.of(String.valueOf(v));
    }
    if (dflt instanceof String s && s.matches("\\d+/\\d+")) {
      try {
        return Fraction.parse(String.valueOf(v)).toString();
      } catch (RuntimeException e) {
        problems.add(loc, "procedure parameter `" + o.name() + "` must be a fraction such as " + s + ", not `" + v + "`");
        return null;
      }
    }
    String text = String.valueOf(v);
    if (dflt instanceof String s && isMonthDay(s)) {
      if (isMonthDay(text)) return text;
      problems.add(loc, "procedure parameter `" + o.name() + "` must be a day of the year as MM-DD, such as " + s
          + ", not `" + text + "`");
      return null;
    }
    Set<String> words = WORDS.get(o.name());
    if (words != null && !words.contains(text)) {
      List<String> sorted = readings(o.name());
      problems.add(loc, "procedure parameter `" + o.name() + "` must be " + (sorted.size() == 1 ? "" : "one of ")
          + String.join(", ", sorted) + ", not `" + text + "`" + Suggest.didYouMean(text, sorted));
      return null;
    }
    return text;
  }

  /** The readings of a worded parameter ({@link #WORDS}), sorted; empty for any other parameter. */
  static List<String> readings(String parameter) {
    Set<String> words = WORDS.get(parameter);
    return words == null ? List.of() : words.stream().sorted().toList();
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

  private static Source overridden(ParamOverride o, Source base, String profileId, String file) {
    String was = base == null ? "" : " (" + (profileId == null ? "" : profileId + ", ") + base.clause() + ")";
    return new Source(file, "procedure: " + o.name() + " at line " + o.loc().line(),
        o.name() + ": " + o.value() + " — the board's own value, overriding the profile" + was);
  }
}
