package io.quorate.model;

import java.util.List;

/** A vote on an agenda item, as minuted. */
public record Vote(
    int item,
    List<String> forVotes,
    List<String> against,
    List<String> abstain,
    String casting,
    String castingBy,
    String result,
    Integer forCount,
    Integer againstCount,
    Integer abstainCount,
    Where where,
    Boolean consensusAttempted,
    java.time.LocalDate adjournedForConsensus) {
  public Vote {
    forVotes = List.copyOf(forVotes);
    against = List.copyOf(against);
    abstain = List.copyOf(abstain);
  }
}
