package io.quorate.model;

import java.time.LocalDate;

/**
 * A justified, expiring exception to one rule (an entry of a waivers file): it excuses the findings
 * of {@code rule} about {@code subject} and/or in {@code file} (a path relative to the waivers
 * file's folder, or null), until and including {@code expires}.
 */
public record Waiver(String rule, String subject, String file, String fileKey, String reason, String owner,
    LocalDate expires, Where where) {
  /** What the waiver covers, in words: "meeting x", "file y" or both. */
  public String scope() {
    if (subject != null && file != null) return "`" + subject + "` in " + file;
    return subject != null ? "`" + subject + "`" : file;
  }
}
