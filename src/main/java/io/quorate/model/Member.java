package io.quorate.model;

import java.util.List;

/** A person appointed to a seat on a board or panel. */
public record Member(
    String id,
    String name,
    String organisation,
    String role,
    boolean elected,
    boolean statutory,
    String votingGroup,
    List<String> categories,
    boolean independentPerson,
    String appointedBy,
    String party,
    Where where) {
  public Member {
    categories = List.copyOf(categories);
  }

  /** The unit that casts one vote: the voting group when there is one, otherwise the person. */
  public String votingUnit() {
    return votingGroup != null ? votingGroup : id;
  }

  public String label() {
    return name != null ? name + " (" + id + ")" : id;
  }
}
