package io.quorate.engine;

import io.quorate.model.Source;
import java.util.List;
import java.util.Map;

/**
 * The encoded terms of reference of one kind of body (rules/profiles/&lt;id&gt;.yaml): which rules
 * apply, each with the clause and quote it comes from and its parameters.
 */
public record Profile(String id, String body, String document, String text, Map<String, Entry> rules) {
  public Profile {
    // keep the file's order: it is the order of the docs, and deterministic
    rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
  }

  /** One rule as this profile encodes it. */
  public record Entry(String rule, Source source, Map<String, Object> parameters, Severity severity, String note) {
    public Entry {
      parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
  }

  public List<String> ruleIds() {
    return rules.keySet().stream().sorted().toList();
  }
}
