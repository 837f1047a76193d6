package io.quorate.engine.facts;

import io.quorate.model.Member;

/** A member of a board, with the board: what the rules need to ask who sits on which body. */
public record Seat(String board, Member member) {
  public String id() {
    return member.id();
  }

  /** The unit that casts one vote: the member's voting group when there is one, else the member. */
  public String unit() {
    return member.votingUnit();
  }

  /** The member's name as written in the board's file, or the id when no name is given. */
  public String name() {
    return member.name() != null ? member.name() : member.id();
  }
}
