package io.quorate.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A board or committee and its constitution. */
public record Board(
    String id,
    String name,
    String profile,
    String administeredBy,
    String parent,
    LocalDate established,
    List<String> reportsTo,
    Period audit,
    Integer seats,
    List<Member> members,
    String chair,
    LocalDate chairElected,
    String viceChair,
    Map<String, ParamOverride> procedure,
    Where where,
    String chairAppointedBy,
    Map<String, Integer> politicalGroups,
    Map<String, Integer> statedComposition) {
  public Board {
    reportsTo = List.copyOf(reportsTo);
    members = List.copyOf(members);
    // in the order written, so problems and configs come out in a stable order
    procedure = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(procedure));
    politicalGroups = politicalGroups == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(politicalGroups));
    statedComposition = statedComposition == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statedComposition));
  }

  public Optional<Member> member(String memberId) {
    return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
  }

  public String file() {
    return where.file();
  }

  public String displayName() {
    return name != null ? name : id;
  }
}
