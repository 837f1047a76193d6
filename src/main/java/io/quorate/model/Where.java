package io.quorate.model;

import java.util.Map;

/**
 * The location of a mapping and of each of its keys' values, so a finding can point at the very
 * line that is wrong ("notice-sent" rather than the meeting as a whole).
 */
public record Where(Loc self, Map<String, Loc> keys) {
  public Where {
    keys = Map.copyOf(keys);
  }

  /** The location of {@code key}'s value, or of the mapping itself when the key is absent. */
  public Loc at(String key) {
    return keys.getOrDefault(key, self);
  }

  public String file() {
    return self.file();
  }
}
