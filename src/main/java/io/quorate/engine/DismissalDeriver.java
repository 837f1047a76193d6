package io.quorate.engine;

import io.quorate.engine.BodyFacts.DismissalVote;
import io.quorate.engine.BodyFacts.NotConsidered;
import io.quorate.engine.BodyFacts.StepOutOfOrder;
import io.quorate.engine.BodyFacts.SuspensionSpan;
import io.quorate.model.Dismissal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Facts for the proposed dismissal of a statutory officer: the order of the procedure's steps, what
 * the Personnel Committee and the Council took into account, the Council's vote against two-thirds
 * of the whole council, and the length of any suspension.
 */
final class DismissalDeriver implements Deriver {
  /** Each step and the step that must come before it (Personnel Committee report, para 27). */
  static final List<String[]> BEFORE = List.of(
      new String[] {"panel-recommendation", "panel-appointed"},
      new String[] {"personnel-committee-decision", "panel-recommendation"},
      new String[] {"council-decision", "personnel-committee-decision"},
      new String[] {"notice-of-dismissal", "council-decision"});

  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Dismissal d : ctx.corpus().dismissals()) {
      ctx.config(d.id(), "dismissal-officer-role").ifPresent(rc -> {
        if (d.officerRole() == null || !CogDeriver.list(rc, "statutory-roles").contains(d.officerRole())) {
          facts.accept(new BodyFacts.OutsideRole(d.id(), d.officerRole() == null ? "not recorded" : d.officerRole(),
              d.where().at("officer-role")));
        }
      });
      if (ctx.applies(d.id(), "dismissal-sequence")) {
        sequence(d, facts);
        considered(d, "the County Council", "council-decision", d.councilConsidered(), "council-considered", facts);
        considered(d, "the Personnel Committee", "personnel-committee-decision", d.committeeConsidered(),
            "committee-considered", facts);
      }
      ctx.config(d.id(), "dismissal-two-thirds").ifPresent(rc -> {
        if (d.councilVote() == null) return;
        int seats = d.councilSeats() != null ? d.councilSeats() : rc.intParam("council-seats");
        int needed = rc.fraction("dismissal-majority").ceilOf(seats);
        var v = d.councilVote();
        facts.accept(new DismissalVote(d.id(), v.forVotes(), v.against(), v.abstain(), v.present(), seats, needed,
            v.where().at("for")));
      });
      ctx.config(d.id(), "suspension-limit").ifPresent(rc -> {
        var s = d.suspension();
        if (s == null || s.from() == null) return;
        int months = rc.intParam("suspension-months");
        facts.accept(new SuspensionSpan(d.id(), s.from(), s.to(), s.from().plusMonths(months), months,
            s.extendedWithConsent(), s.where().at("to")));
      });
    }
  }

  static void sequence(Dismissal d, Consumer<Object> facts) {
    for (Dismissal.Step s : d.steps()) {
      for (String[] rule : BEFORE) {
        if (!rule[0].equals(s.step())) continue;
        LocalDate before = d.dateOf(rule[1]);
        if (before == null || before.isAfter(s.date())) {
          facts.accept(new StepOutOfOrder(d.id(), s.step(), s.date(), rule[1], before, s.where().self()));
        }
      }
    }
  }

  /** The panel's advice always; the investigation's conclusions and the officer's representations when there were any. */
  static void considered(Dismissal d, String body, String step, List<String> list, String key, Consumer<Object> facts) {
    if (!d.hasStep(step)) return;
    List<String> required = new ArrayList<>(List.of("panel-advice"));
    if (d.hasStep("investigation-report")) required.add("investigation-conclusions");
    if (d.hasStep("officer-representations")) required.add("officer-representations");
    List<String> got = list == null ? List.of() : list;
    for (String r : required) {
      if (!got.contains(r)) {
        facts.accept(new NotConsidered(d.id(), body, r, got.isEmpty() ? "nothing" : String.join(", ", got),
            d.where().at(list == null ? "steps" : key)));
      }
    }
  }
}
