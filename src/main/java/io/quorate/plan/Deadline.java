package io.quorate.plan;

import io.quorate.calendar.Span;
import io.quorate.model.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * One deadline a body's procedure rules imply for a meeting (or a panel).
 *
 * @param key a stable short name: notice, papers, member-items, substitutions, requisition,
 *     establish, minutes-circulated, minutes-approved
 * @param title what must be done by then, e.g. "Last day to send the notice and agenda"
 * @param date the deadline; null when it is not a known date (e.g. "at the next meeting")
 * @param when the deadline in words: the date, or e.g. "at the next meeting"
 * @param rule the rule id (as in {@code quorate rules})
 * @param source the clause and quote the deadline comes from
 * @param catalogueDefault true when the body's profile has no entry for the rule yet and the planner
 *     used the clause of the seed document and the rules catalogue's default (see {@link
 *     CatalogueDefaults})
 * @param days the number of working days the clause requires (0 when none)
 * @param counting how the deadline is counted, in words
 * @param span the days between the deadline and the day it is counted to, classified; may be null
 * @param alternative the deadline on another reading of the clause, in words; may be null
 * @param checks the dates already recorded in the files, each met or missed
 */
public record Deadline(
    String key,
    String title,
    LocalDate date,
    String when,
    String rule,
    Source source,
    boolean catalogueDefault,
    int days,
    String counting,
    Span span,
    String alternative,
    List<Check> checks) {
  public Deadline {
    checks = List.copyOf(checks);
  }

  /** Missed if any recorded date missed it, ambiguous if any is in time on one reading only, met if all met, open if none. */
  public Status status() {
    if (checks.isEmpty()) return Status.OPEN;
    if (checks.stream().anyMatch(c -> c.status() == Status.MISSED)) return Status.MISSED;
    if (checks.stream().anyMatch(c -> c.status() == Status.AMBIGUOUS)) return Status.AMBIGUOUS;
    return Status.MET;
  }
}
