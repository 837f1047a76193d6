package io.quorate.engine;

import io.quorate.calendar.WorkingDays;
import io.quorate.engine.ProcedureFacts.AfterQuorumLost;
import io.quorate.engine.ProcedureFacts.NotSent;
import io.quorate.engine.ProcedureFacts.OtherBusiness;
import io.quorate.engine.ProcedureFacts.PresidingIssue;
import io.quorate.engine.ProcedureFacts.RequisitionTiming;
import io.quorate.engine.ProcedureFacts.Signatories;
import io.quorate.engine.ProcedureFacts.StatedBusiness;
import io.quorate.engine.ProcedureFacts.SubstituteIssue;
import io.quorate.engine.ProcedureFacts.Timing;
import io.quorate.engine.ProcedureFacts.UnitsPresent;
import io.quorate.engine.ProcedureFacts.VoterIssue;
import io.quorate.model.AgendaItem;
import io.quorate.model.Attendance;
import io.quorate.model.Board;
import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.MeetingType;
import io.quorate.model.Member;
import io.quorate.model.Vote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Facts about one meeting at a time for the HWB procedure rules: papers, members' agenda requests,
 * apologies and substitutions (working-day timings), special-meeting business, requisitions,
 * quorum lost, substitutes, who presided, and who voted.
 */
final class MeetingProcedureDeriver implements Deriver {
  /** Agenda kinds a special meeting may take besides its stated business (rules-catalogue R17). */
  static final List<String> PROCEDURAL_KINDS = List.of("apologies", "declarations", "election");

  @Override
  public void derive(Context ctx, Consumer<Object> facts) {
    WorkingDays cal = ctx.calendar();
    for (Meeting m : ctx.corpus().meetings()) {
      Board b = ctx.board(m.board());
      if (b == null) continue;
      papers(m, cal, facts);
      requests(m, cal, facts);
      notifications(m, cal, facts);
      recipients(m, b, facts);
      special(m, b, cal, facts);
      ctx.config(b.id(), "requisition-deadline")
          .ifPresent(rc -> requisitionTiming(m, rc.intParam("requisition-days"), cal, facts));
      quorumLost(m, facts);
      substitutes(m, b, facts);
      presiding(m, b, facts);
      voters(m, b, ctx.applies(b.id(), "voting-group-single-vote"), facts);
    }
  }

  private static Timing timing(Meeting m, String what, int item, String who, String title, LocalDate sent,
      WorkingDays cal, Loc loc, boolean tabled, String lateReason, boolean relevant) {
    return new Timing(m.id(), what, item, who, title, sent, m.date(), cal.span(sent, m.date()), cal, loc, tabled,
        lateReason, relevant);
  }

  static void papers(Meeting m, WorkingDays cal, Consumer<Object> facts) {
    LocalDate pack = m.papersSent() != null ? m.papersSent() : m.noticeSent();
    Loc packLoc = m.papersSent() != null ? m.where().at("papers-sent") : m.where().at("notice-sent");
    if (pack != null) facts.accept(timing(m, "papers", 0, null, "the agenda pack", pack, cal, packLoc, false, null, true));
    for (AgendaItem a : m.agenda()) {
      if (a.papersSent() != null) {
        facts.accept(timing(m, "papers", a.item(), null, "item " + a.item() + (a.title() == null ? "" : " (" + a.title() + ")"),
            a.papersSent(), cal, a.where().at("papers-sent"), a.tabled(), a.lateReason(), true));
      }
    }
  }

  static void requests(Meeting m, WorkingDays cal, Consumer<Object> facts) {
    for (Meeting.MemberRequest r : m.memberRequests()) {
      if (r.requested() == null) continue;
      facts.accept(timing(m, "member-request", 0, r.member(), r.title(), r.requested(), cal, r.where().at("requested"),
          false, null, r.isRelevant()));
    }
    for (AgendaItem a : m.agenda()) {
      if (a.requestedBy() != null && a.requested() != null) {
        facts.accept(timing(m, "member-item", a.item(), a.requestedBy(), a.title(), a.requested(), cal,
            a.where().at("requested"), false, null, true));
      }
    }
  }

  static void notifications(Meeting m, WorkingDays cal, Consumer<Object> facts) {
    for (Attendance.Apology a : m.attendance().apologies()) {
      if (a.notified() == null) continue;
      facts.accept(timing(m, "apology", 0, a.member(), "absence", a.notified(), cal, a.where().at("notified"), false, null, true));
    }
    for (Attendance.Substitute s : m.attendance().substitutes()) {
      if (s.notified() == null) continue;
      facts.accept(timing(m, "substitute", 0, s.forMember(), "substitution of " + (s.name() == null ? "a substitute" : s.name())
          + " for " + s.forMember(), s.notified(), cal, s.where().at("notified"), false, null, true));
    }
  }

  static void recipients(Meeting m, Board b, Consumer<Object> facts) {
    if (m.noticeRecipients() == null) return;
    for (Member mem : b.members()) {
      if (!m.noticeRecipients().contains(mem.id())) {
        facts.accept(new NotSent(m.id(), mem.id(), mem.label(), m.where().at("notice-recipients")));
      }
    }
  }

  static void special(Meeting m, Board b, WorkingDays cal, Consumer<Object> facts) {
    Meeting.Requisition r = m.requisition();
    if (m.type() != MeetingType.SPECIAL && m.type() != MeetingType.REQUISITIONED && r == null) return;
    List<String> stated = new ArrayList<>(m.business());
    Loc loc = m.where().at("business");
    if (r != null) {
      stated.addAll(r.business());
      if (m.business().isEmpty()) loc = r.where().at("business");
    }
    facts.accept(new StatedBusiness(m.id(), List.copyOf(new LinkedHashSet<>(stated)), loc));
    Set<String> norm = new HashSet<>();
    for (String s : stated) norm.add(norm(s));
    if (!stated.isEmpty()) {
      for (AgendaItem a : m.agenda()) {
        if (a.kind() != null && PROCEDURAL_KINDS.contains(a.kind())) continue;
        if (a.title() != null && norm.contains(norm(a.title()))) continue;
        facts.accept(new OtherBusiness(m.id(), a.item(), a.title() == null ? "(untitled)" : a.title(),
            String.join("; ", stated), a.where().self()));
      }
    }
    if (r != null) {
      Set<String> persons = new LinkedHashSet<>(r.signedBy());
      Set<String> units = new HashSet<>();
      for (String s : persons) units.add(b.member(s).map(Member::votingUnit).orElse(s));
      facts.accept(new Signatories(m.id(), persons.size(), units.size(),
          persons.isEmpty() ? "nobody" : String.join(", ", persons), r.where().at("signed-by")));
    }
  }

  static void requisitionTiming(Meeting m, int days, WorkingDays cal, Consumer<Object> facts) {
    Meeting.Requisition r = m.requisition();
    if (r == null || r.received() == null) return;
    LocalDate deadline = cal.addWorkingDays(r.received(), days);
    LocalDate sixth = cal.addWorkingDays(r.received(), days + 1);
    int between = m.date().isAfter(r.received()) ? cal.clearWorkingDays(r.received(), m.date()) : 0;
    facts.accept(new RequisitionTiming(m.id(), r.received(), m.date(), days, deadline, sixth,
        cal.span(r.received(), deadline.plusDays(1)), between, m.where().at("date")));
  }

  static String norm(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  static void quorumLost(Meeting m, Consumer<Object> facts) {
    Integer lost = m.quorumLostAt();
    if (lost == null) return;
    Set<Integer> seen = new HashSet<>();
    for (Vote v : m.votes()) {
      if (v.item() >= lost && seen.add(v.item())) {
        facts.accept(new AfterQuorumLost(m.id(), v.item(), "a vote", lost, v.where().self()));
      }
    }
    for (AgendaItem a : m.agenda()) {
      boolean decision = a.decision() || "decision".equals(a.kind()) || "election".equals(a.kind());
      if (decision && a.item() >= lost && seen.add(a.item())) {
        facts.accept(new AfterQuorumLost(m.id(), a.item(), "a decision" + (a.title() == null ? "" : " (" + a.title() + ")"),
            lost, a.where().self()));
      }
    }
  }

  static void substitutes(Meeting m, Board b, Consumer<Object> facts) {
    Map<String, Integer> perMember = new HashMap<>();
    for (Attendance.Substitute s : m.attendance().substitutes()) {
      String name = s.name() == null ? "a substitute" : s.name();
      if (m.attendance().present().contains(s.forMember())) {
        facts.accept(new SubstituteIssue(m.id(), s.forMember(), name, "present", "", s.where().at("for")));
      }
      if (perMember.merge(s.forMember(), 1, Integer::sum) == 2) {
        facts.accept(new SubstituteIssue(m.id(), s.forMember(), name, "twice", "", s.where().at("for")));
      }
      String own = b.member(s.forMember()).map(Member::organisation).orElse(null);
      if (own != null && s.organisation() != null && !sameOrganisation(own, s.organisation())) {
        facts.accept(new SubstituteIssue(m.id(), s.forMember(), name, "organisation",
            s.organisation() + " is not " + own, s.where().at("organisation")));
      }
    }
  }

  /** The same organisation, allowing for a shared officer's "X and Y" organisation. */
  static boolean sameOrganisation(String a, String b) {
    String x = norm(a);
    String y = norm(b);
    return x.equals(y) || x.contains(y) || y.contains(x);
  }

  static void presiding(Meeting m, Board b, Consumer<Object> facts) {
    List<String> present = m.attendance().present();
    boolean chairPresent = b.chair() != null && present.contains(b.chair());
    boolean vicePresent = b.viceChair() != null && present.contains(b.viceChair());
    for (Meeting.Presiding p : m.presiding()) {
      Loc loc = p.where().at("presiding");
      String who = p.member();
      if (!present.contains(who)) {
        facts.accept(new PresidingIssue(m.id(), p.fromItem(), who, "absent", "", loc));
        continue;
      }
      if (chairPresent && !who.equals(b.chair())) {
        facts.accept(new PresidingIssue(m.id(), p.fromItem(), who, "chair-present", b.chair(), loc));
      } else if (!chairPresent && vicePresent && !who.equals(b.viceChair())) {
        facts.accept(new PresidingIssue(m.id(), p.fromItem(), who, "vice-chair-present", b.viceChair(), loc));
      } else if (!chairPresent && !vicePresent && !who.equals(b.chair()) && !who.equals(b.viceChair())
          && !"acting-chair".equals(p.as())) {
        facts.accept(new PresidingIssue(m.id(), p.fromItem(), who, "not-appointed", "", loc));
      }
    }
  }

  static void voters(Meeting m, Board b, boolean collapse, Consumer<Object> facts) {
    Attendance at = m.attendance();
    Set<String> entitled = new HashSet<>(at.present());
    for (Attendance.Substitute s : at.substitutes()) {
      if (!at.present().contains(s.forMember())) entitled.add(s.forMember());
    }
    Set<String> units = new HashSet<>();
    for (String p : entitled) units.add(collapse ? b.member(p).map(Member::votingUnit).orElse(p) : p);
    facts.accept(new UnitsPresent(m.id(), units.size(), collapse));
    boolean anyPresence = !at.present().isEmpty();
    for (Vote v : m.votes()) {
      Map<String, List<String>> sides = Map.of("for", v.forVotes(), "against", v.against(), "abstain", v.abstain());
      for (String side : List.of("for", "against", "abstain")) {
        Loc loc = v.where().at(side);
        for (String who : sides.get(side)) {
          if (anyPresence && !entitled.contains(who)) {
            facts.accept(new VoterIssue(m.id(), v.item(), who, side, "absent", loc));
          }
          if (side.equals("abstain")) continue;
          for (Meeting.Interest i : m.interests()) {
            if (i.member().equals(who) && i.item() == v.item() && "disclosable-pecuniary".equals(i.kind())
                && !i.dispensation()) {
              facts.accept(new VoterIssue(m.id(), v.item(), who, side, "interest", loc));
            }
          }
        }
      }
    }
  }
}
