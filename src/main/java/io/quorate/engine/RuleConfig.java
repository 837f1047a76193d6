package io.quorate.engine;

import io.quorate.model.MeetingType;
import io.quorate.model.Source;
import java.util.List;
import java.util.Map;

/**
 * A rule as it applies to one body (board or panel): the source it cites and its parameters, from
 * the body's profile with the body's own {@code procedure:} overrides. Rules join on this fact, so a
 * rule runs for a body only when its profile (or its {@code procedure:}) switches it on. Subject "*"
 * means every body.
 */
public record RuleConfig(
    String subject, String rule, String profile, Source source, Map<String, Object> params, Severity severity) {
  public static final String EVERY = "*";

  public RuleConfig {
    params = Map.copyOf(params);
  }

  public Object param(String name) {
    Object v = params.get(name);
    if (v == null) {
      throw new IllegalStateException("rule " + rule + " in profile " + profile + " has no parameter " + name);
    }
    return v;
  }

  public int intParam(String name) {
    return ((Number) param(name)).intValue();
  }

  public Fraction fraction(String name) {
    return Fraction.parse(param(name).toString());
  }

  public String word(String name, String dflt) {
    Object v = params.get(name);
    return v == null ? dflt : v.toString();
  }

  /** Whether the rule covers meetings of this type (parameter {@code meeting-types}; default all). */
  public boolean covers(MeetingType type) {
    Object v = params.get("meeting-types");
    if (v == null) return true;
    return v instanceof List<?> l ? l.contains(type.key()) : v.toString().equals(type.key());
  }
}
