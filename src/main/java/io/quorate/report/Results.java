package io.quorate.report;

import io.quorate.calendar.WorkingDays;
import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import io.quorate.model.Corpus;
import java.util.List;

/**
 * The outcome of one check run: every finding, in order, and how many files were read; with the
 * files checked and the calendar used when a renderer needs them (html draws timelines), else null.
 */
public record Results(String version, int files, List<Finding> findings, Corpus corpus, WorkingDays calendar) {
  public Results {
    findings = List.copyOf(findings);
  }

  public Results(String version, int files, List<Finding> findings) {
    this(version, files, findings, null, null);
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** Whether any finding is at or above {@code threshold}; null means never. */
  public boolean fails(Severity threshold) {
    return threshold != null && findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
  }
}
