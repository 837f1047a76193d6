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

  /**
   * The mapping's own location only (equal {@code Where}s have equal {@code self}s, so this agrees
   * with {@link #equals}). Every record that holds a {@code Where} hashes it, and the rule engine
   * hashes facts such as agenda items and votes by the ten thousand: hashing each key's location
   * too made that a tenth of the firing time of a large batch.
   */
  @Override
  public int hashCode() {
    return self.hashCode();
  }
}
