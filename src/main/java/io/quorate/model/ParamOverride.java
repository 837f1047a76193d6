package io.quorate.model;

import java.util.List;

/**
 * A board's own value for a profile parameter, given under {@code procedure:}.
 *
 * @param loc where the value stands
 * @param entries where each entry of a list value stands, in order (empty for a single value)
 */
public record ParamOverride(String name, Object value, Loc loc, List<Loc> entries) {
  public ParamOverride {
    entries = List.copyOf(entries);
  }

  public ParamOverride(String name, Object value, Loc loc) {
    this(name, value, loc, List.of());
  }
}
