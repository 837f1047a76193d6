package io.quorate.engine;

import io.quorate.engine.BodyFacts.PanelChairOther;
import io.quorate.engine.BodyFacts.PanelLead;
import io.quorate.engine.BodyFacts.PanelMemberIssue;
import io.quorate.engine.BodyFacts.PanelSitting;
import io.quorate.engine.BodyFacts.PanelSize;
import io.quorate.calendar.WorkingDays;
import io.quorate.model.Member;
import io.quorate.model.Panel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Facts for the Statutory Officer Independent Panel: its lead time under each reading, its members
 * (independent persons, non-elected, from the authorities the terms of reference name), and each
 * sitting (both independent persons present, the standing chairman presiding).
 */
final class PanelChecksDeriver implements Deriver {
  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    for (Panel p : ctx.corpus().panels()) {
      ctx.config(p.id(), "interpretation-divergence").filter(rc -> rc.params().containsKey("lead-readings"))
          .ifPresent(rc -> lead(ctx, p, facts));
      ctx.config(p.id(), "panel-composition").ifPresent(rc -> composition(p, rc, facts));
      String standing = standingChair(ctx, p);
      if (ctx.applies(p.id(), "panel-quorum") || ctx.applies(p.id(), "panel-standing-chair")) {
        for (Panel.PanelMeeting pm : p.meetings()) {
          int ips = (int) pm.present().stream()
              .filter(id -> p.members().stream().anyMatch(m -> m.id().equals(id) && m.independentPerson())).count();
          facts.accept(new PanelSitting(p.id(), pm.date(), ips, String.join(", ", pm.present()), standing,
              standing != null && pm.present().contains(standing), pm.presiding(), pm.chairElectedFirst(), pm.where().self()));
        }
      }
      if (p.chair() != null && standing != null && !p.chair().equals(standing)) {
        facts.accept(new PanelChairOther(p.id(), p.chair(), standing, p.where().at("chair")));
      }
    }
  }

  /** The standing chairman: the member appointed by the authority the profile names (the County Council). */
  static String standingChair(Context ctx, Panel p) {
    String by = ctx.config(p.id(), "panel-standing-chair").map(rc -> rc.word("standing-chair-appointed-by", null))
        .orElse(null);
    if (by == null) return null;
    return p.members().stream().filter(m -> m.independentPerson() && by.equalsIgnoreCase(m.appointedBy()))
        .map(Member::id).findFirst().orElse(null);
  }

  static void lead(Context ctx, Panel p, Consumer<Object> facts) {
    var rc = ctx.config(p.id(), "panel-lead-time");
    if (rc.isEmpty() || p.established() == null || p.reportToCouncil() == null) return;
    WorkingDays cal = ctx.calendar();
    int n = rc.get().intParam("lead-working-days");
    LocalDate e = p.established();
    int extra = cal.isWorkingDay(e) ? 1 : 0;
    int mc = cal.clearWorkingDays(e, p.reportToCouncil());
    Integer sc = p.reportSummons() == null ? null : cal.clearWorkingDays(e, p.reportSummons());
    facts.accept(new PanelLead(p.id(), e, p.reportToCouncil(), p.reportSummons(), n, mc, mc + extra, sc,
        sc == null ? null : sc + extra, p.where().at("established")));
  }

  static void composition(Panel p, RuleConfig rc, Consumer<Object> facts) {
    int independent = (int) p.members().stream().filter(Member::independentPerson).count();
    facts.accept(new PanelSize(p.id(), p.members().size(), independent, p.where().at("members")));
    List<String> authorities = CogDeriver.list(rc, "appointing-authorities").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    for (Member m : p.members()) {
      if (!m.independentPerson()) {
        facts.accept(new PanelMemberIssue(p.id(), m.label(), "not-independent",
            "is not recorded as an independent person under s.28(7) of the Localism Act 2011", m.where().self()));
      }
      if (m.elected()) {
        facts.accept(new PanelMemberIssue(p.id(), m.label(), "elected",
            "is an elected member; the panel comprises solely non-elected members", m.where().at("elected")));
      }
      if (m.appointedBy() != null && !authorities.contains(m.appointedBy().toLowerCase(Locale.ROOT))
          && p.fallbackReason() == null) {
        facts.accept(new PanelMemberIssue(p.id(), m.label(), "other-authority",
            "was appointed by " + m.appointedBy() + ", not by " + String.join(" or ", CogDeriver.list(rc, "appointing-authorities"))
                + ", and the panel records no `fallback-reason` (their independent persons unavailable or conflicted)",
            m.where().at("appointed-by")));
      }
    }
  }
}
