package io.quorate.model;

import java.time.LocalDate;
import java.util.List;

/** A proposed dismissal of a statutory officer. */
public record Dismissal(
    String id,
    String officerRole,
    Integer councilSeats,
    String panel,
    List<Step> steps,
    CouncilVote councilVote,
    Suspension suspension,
    Where where,
    String profile,
    List<String> councilConsidered,
    List<String> committeeConsidered) {
  public Dismissal {
    steps = List.copyOf(steps);
    councilConsidered = councilConsidered == null ? null : List.copyOf(councilConsidered);
    committeeConsidered = committeeConsidered == null ? null : List.copyOf(committeeConsidered);
  }

  /** The date of the first step of this kind, or null. */
  public LocalDate dateOf(String kind) {
    return steps.stream().filter(s -> kind.equals(s.step())).map(Step::date).findFirst().orElse(null);
  }

  public boolean hasStep(String kind) {
    return steps.stream().anyMatch(s -> kind.equals(s.step()));
  }

  public record Step(String step, LocalDate date, Where where) {}

  public record CouncilVote(int forVotes, int against, int abstain, Where where, Integer present) {}

  public record Suspension(LocalDate from, LocalDate to, boolean extendedWithConsent, Where where) {}
}
