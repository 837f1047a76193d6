package io.quorate.engine;

import io.quorate.model.Board;
import io.quorate.model.Meeting;
import io.quorate.model.Member;
import io.quorate.model.Vote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Vote tallies: by persons, or by voting units where the board's profile gives each voting group
 * (a CCG) one vote ({@code voting-group-single-vote}).
 */
final class VotingDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Meeting m : ctx.corpus().meetings()) {
      Board b = ctx.board(m.board());
      boolean units = ctx.applies(b.id(), "voting-group-single-vote");
      for (Vote v : m.votes()) facts.accept(tally(m, b, v, units));
    }
  }

  static Facts.Tally tally(Meeting m, Board b, Vote v, boolean units) {
    Function<String, String> unit = id -> units ? b.member(id).map(Member::votingUnit).orElse(id) : id;
    Map<String, Set<String>> sidesOfGroup = new LinkedHashMap<>();
    Map<String, List<String>> sides = Map.of("for", v.forVotes(), "against", v.against(), "abstain", v.abstain());
    Map<String, Integer> unitCounts = new HashMap<>();
    List<String> doubled = new ArrayList<>();
    for (String side : List.of("for", "against", "abstain")) {
      Map<String, Integer> perUnit = new LinkedHashMap<>();
      for (String who : sides.get(side)) {
        String u = unit.apply(who);
        perUnit.merge(u, 1, Integer::sum);
        if (b.member(who).map(Member::votingGroup).orElse(null) != null) {
          sidesOfGroup.computeIfAbsent(u, k -> new LinkedHashSet<>()).add(side);
        }
      }
      unitCounts.put(side, perUnit.size());
      Integer recorded = switch (side) {
        case "for" -> v.forCount();
        case "against" -> v.againstCount();
        default -> v.abstainCount();
      };
      if (units && recorded != null && recorded > perUnit.size()) {
        perUnit.forEach((u, n) -> {
          if (n > 1) doubled.add(u);
        });
      }
    }
    List<String> split = units
        ? sidesOfGroup.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList()
        : List.of();
    String presiding = m.presidingAt(v.item());
    if (presiding == null && b.chair() != null && m.attendance().present().contains(b.chair())) presiding = b.chair();
    return new Facts.Tally(m.id(), v.item(), v, v.where().self(), units, unitCounts.get("for"),
        unitCounts.get("against"), unitCounts.get("abstain"), presiding, split, doubled);
  }
}
