package io.quorate.engine;

import io.quorate.engine.BodyFacts.AbsentVoter;
import io.quorate.engine.BodyFacts.Composition;
import io.quorate.engine.BodyFacts.CountMismatch;
import io.quorate.engine.BodyFacts.DivisionFacts;
import io.quorate.engine.BodyFacts.CouncilMinutesNext;
import io.quorate.engine.BodyFacts.UrgentBusiness;
import io.quorate.model.AgendaItem;
import io.quorate.model.Board;
import io.quorate.model.Meeting;
import io.quorate.model.Member;
import io.quorate.model.Vote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Facts for County Council meetings and its committees: divisions (announcement, bell, voting
 * window), recorded votes against their stated counts and the attendance, urgent business, the
 * approval of minutes at the next meeting, and committee composition against political balance.
 * Each part runs only for bodies whose profile sets the parameter it reads.
 */
final class CouncilDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Meeting m : ctx.corpus().meetings()) {
      String b = m.board();
      boolean division = ctx.applies(b, "division-bell");
      boolean integrity = ctx.applies(b, "recorded-vote-integrity");
      for (Vote v : m.votes()) {
        if (division && v.division() != null) {
          facts.accept(new DivisionFacts(m.id(), b, v.item(), v.division(), m.attendance().present().size(),
              v.division().where().self()));
        }
        if (integrity) integrity(m, v, facts);
      }
      ctx.config(b, "urgent-item").filter(rc -> rc.params().containsKey("urgent-reason-recorded")).ifPresent(rc -> {
        for (AgendaItem a : m.agenda()) {
          if (a.urgent() != null) {
            facts.accept(new UrgentBusiness(m.id(), b, a.item(), a.title(), a.urgent().reason(), a.urgent().minuted(),
                a.urgent().where().self()));
          }
        }
      });
    }
    for (Board b : ctx.corpus().boards()) {
      ctx.config(b.id(), "minutes-approval").filter(rc -> rc.params().containsKey("minutes-approved-at"))
          .ifPresent(rc -> minutes(ctx, b, facts));
      ctx.config(b.id(), "committee-proportionality").ifPresent(rc -> composition(ctx, b, facts));
    }
  }

  static void integrity(Meeting m, Vote v, Consumer<Object> facts) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("for", v.forVotes());
    names.put("against", v.against());
    names.put("abstain", v.abstain());
    Integer[] stated = {v.forCount(), v.againstCount(), v.abstainCount()};
    int i = 0;
    for (var e : names.entrySet()) {
      Integer s = stated[i++];
      String key = e.getKey().equals("for") ? "for-count" : e.getKey() + "-count";
      if (s != null && (!e.getValue().isEmpty() || s > 0) && s != e.getValue().size()) {
        facts.accept(new CountMismatch(m.id(), v.item(), e.getKey(), s, e.getValue().size(), v.where().at(key)));
      }
    }
    List<String> present = m.attendance().present();
    if (present.isEmpty()) return;
    for (var e : names.entrySet()) {
      for (String who : e.getValue()) {
        if (!present.contains(who)) facts.accept(new AbsentVoter(m.id(), v.item(), who, v.where().at(e.getKey())));
      }
    }
  }

  static void minutes(Context ctx, Board b, Consumer<Object> facts) {
    List<Meeting> ms = ctx.corpus().meetings().stream().filter(m -> b.id().equals(m.board()))
        .sorted(Comparator.comparing(Meeting::date)).toList();
    for (int i = 0; i + 1 < ms.size(); i++) {
      Meeting m = ms.get(i);
      var approved = m.minutes() == null ? null : m.minutes().approvedAt();
      var loc = m.minutes() == null ? m.where().at("date") : m.minutes().where().at("approved-at");
      facts.accept(new CouncilMinutesNext(m.id(), b.id(), m.date(), ms.get(i + 1).date(), approved, loc));
    }
  }

  /** Largest remainder: each group's exact share of the seats, whole parts first, then the largest remainders. */
  static Map<String, Integer> largestRemainder(Map<String, Integer> groups, int seats) {
    int total = groups.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> out = new LinkedHashMap<>();
    if (total == 0) return out;
    List<String> order = new ArrayList<>(groups.keySet());
    int given = 0;
    for (String g : order) {
      int whole = (int) ((long) groups.get(g) * seats / total);
      out.put(g, whole);
      given += whole;
    }
    List<String> byRemainder = new ArrayList<>(order);
    byRemainder.sort(Comparator.comparingLong((String g) -> -(((long) groups.get(g) * seats) % total))
        .thenComparing(g -> -groups.get(g)));
    for (int k = 0; given < seats && k < byRemainder.size(); k++, given++) out.merge(byRemainder.get(k), 1, Integer::sum);
    return out;
  }

  static void composition(Context ctx, Board b, Consumer<Object> facts) {
    Map<String, Integer> groups = b.politicalGroups();
    if (groups.isEmpty() && b.parent() != null && ctx.board(b.parent()) != null) {
      groups = ctx.board(b.parent()).politicalGroups();
    }
    Map<String, Integer> actual = new LinkedHashMap<>();
    for (Member m : b.members()) if (m.party() != null) actual.merge(m.party(), 1, Integer::sum);
    int seats = actual.values().stream().mapToInt(Integer::intValue).sum();
    List<String> order = new ArrayList<>(groups.keySet());
    for (String p : actual.keySet()) if (!order.contains(p)) order.add(p);
    for (String p : b.statedComposition().keySet()) if (!order.contains(p)) order.add(p);
    boolean statedOk = b.statedComposition().isEmpty() || order.stream()
        .allMatch(p -> b.statedComposition().getOrDefault(p, 0).equals(actual.getOrDefault(p, 0)));
    String allocation = "";
    boolean allocOk = true;
    if (!groups.isEmpty() && seats > 0) {
      Map<String, Integer> alloc = largestRemainder(groups, seats);
      allocation = BodyFacts.text(order, alloc);
      allocOk = order.stream().allMatch(p -> alloc.getOrDefault(p, 0).equals(actual.getOrDefault(p, 0)));
    }
    int total = groups.values().stream().mapToInt(Integer::intValue).sum();
    String groupsText = BodyFacts.text(new ArrayList<>(groups.keySet()), groups) + " (" + total + " members)";
    facts.accept(new Composition(b.id(), BodyFacts.text(order, actual),
        BodyFacts.text(order, b.statedComposition()), statedOk, allocation, allocOk, groupsText, seats,
        b.where().at("members"), b.where().at("stated-composition")));
  }
}
