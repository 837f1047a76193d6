package io.quorate.report;

import io.quorate.calendar.WorkingDays;
import io.quorate.engine.Finding;
import io.quorate.engine.Outcome;
import io.quorate.engine.Severity;
import io.quorate.model.Waiver;
import io.quorate.model.Corpus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one check run: every finding, in order (waived ones included, marked by the
 * waiver that excuses them); how many files were read; how many known findings a baseline left
 * out; every check that applied (file, rule, subject), for reports that show passing checks; and
 * the files checked and the calendar used, when a renderer needs them (html draws timelines), else null.
 */
public record Results(String version, int files, List<Finding> findings, Map<Finding, Waiver> waived,
    int baselined, List<Outcome.Check> checks, Corpus corpus, WorkingDays calendar) {
  public Results {
    findings = List.copyOf(findings);
    waived = Map.copyOf(waived);
    // as given: an outcome's checks are listed only when a renderer reads them (Outcome.of)
    checks = java.util.Objects.requireNonNull(checks);
  }

  public Results(String version, int files, List<Finding> findings) {
    this(version, files, findings, Map.of(), 0, List.of(), null, null);
  }

  public Results(String version, int files, List<Finding> findings, Map<Finding, Waiver> waived, int baselined,
      List<Outcome.Check> checks) {
    this(version, files, findings, waived, baselined, checks, null, null);
  }

  public Results(String version, int files, List<Finding> findings, Corpus corpus, WorkingDays calendar) {
    this(version, files, findings, Map.of(), 0, List.of(), corpus, calendar);
  }

  /** The waiver that excuses {@code f}, if any. */
  public Optional<Waiver> waiver(Finding f) {
    return Optional.ofNullable(waived.get(f));
  }

  /** The findings no waiver excuses. */
  public List<Finding> active() {
    return findings.stream().filter(f -> !waived.containsKey(f)).toList();
  }

  /** Findings of severity {@code s} that no waiver excuses. */
  public long count(Severity s) {
    return active().stream().filter(f -> f.severity() == s).count();
  }

  public long waivedCount() {
    return findings.stream().filter(waived::containsKey).count();
  }

  /** Whether any finding no waiver excuses is at or above {@code threshold}; null means never. */
  public boolean fails(Severity threshold) {
    return threshold != null && active().stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
  }
}
