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
    Where where) {
  public Dismissal {
    steps = List.copyOf(steps);
  }

  public record Step(String step, LocalDate date, Where where) {}

  public record CouncilVote(int forVotes, int against, int abstain, Where where) {}

  public record Suspension(LocalDate from, LocalDate to, boolean extendedWithConsent, Where where) {}
}
