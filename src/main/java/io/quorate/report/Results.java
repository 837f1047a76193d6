package io.quorate.report;

import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import java.util.List;

/** The outcome of one check run: every finding, in order, and how many files were read. */
public record Results(String version, int files, List<Finding> findings) {
  public Results {
    findings = List.copyOf(findings);
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** Whether any finding is at or above {@code threshold}; null means never. */
  public boolean fails(Severity threshold) {
    return threshold != null && findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
  }
}
