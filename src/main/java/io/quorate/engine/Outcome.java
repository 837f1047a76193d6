package io.quorate.engine;

import io.quorate.model.Waiver;
import java.util.List;
import java.util.Map;

/**
 * What one check found: every finding in order; the waiver that excuses each waived one; and every
 * check that applied (file, rule, subject), so that reports can show the passing checks too.
 */
public record Outcome(List<Finding> findings, Map<Finding, Waiver> waived, List<Check> checks) {
  public Outcome {
    findings = List.copyOf(findings);
    waived = Map.copyOf(waived);
    checks = List.copyOf(checks);
  }

  /** One rule that applied to one subject (board, meeting, panel) written in one file. */
  public record Check(String file, String rule, String subject) {}
}
