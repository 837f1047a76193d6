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

  // Written out: a record's implicit hashCode starts java.lang.invoke's method-handle machinery on its
  // first call (~30 ms of a cold one-file check). Consistent with the implicit equals: it hashes the
  // same components (RecordMethodsTest).
  @Override
  public int hashCode() {
    return java.util.Objects.hash(item, forVotes, against, abstain, casting, castingBy, result, forCount, againstCount,
        abstainCount, where, consensusAttempted, adjournedForConsensus, division);
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
