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
    java.time.LocalDate adjournedForConsensus,
    Division division) {
  public Vote {
    forVotes = List.copyOf(forVotes);
    against = List.copyOf(against);
    abstain = List.copyOf(abstain);
  }

  /**
   * How a County Council division was taken: the vote announced, the division bell, the electronic
   * voting window and the announcement of the close and result. Null fields were not recorded.
   */
  public record Division(
      Boolean announced,
      Integer bellSeconds,
      boolean allPresent,
      Integer votingSeconds,
      Boolean resultAnnounced,
      Where where) {}
}
