package io.quorate.engine;

import java.util.Locale;

/** How serious a finding is; the order is the order of {@code --fail-on}. */
public enum Severity {
  INFO, WARNING, BREACH;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
