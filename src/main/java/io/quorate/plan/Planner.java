package io.quorate.plan;

import io.quorate.calendar.Dates;
import io.quorate.calendar.Span;
import io.quorate.calendar.SpanText;
import io.quorate.calendar.WorkingDays;
import io.quorate.engine.BodyRules;
import io.quorate.engine.Profile;
import io.quorate.engine.Profiles;
import io.quorate.engine.RuleConfig;
import io.quorate.model.AgendaItem;
import io.quorate.model.Attendance;
import io.quorate.model.Board;
import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.MeetingType;
import io.quorate.model.Panel;
import io.quorate.model.Source;
import io.quorate.model.Where;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out every deadline a body's procedure rules imply for a meeting, from the parameters of the
 * body's profile (with the board's own {@code procedure:} overrides, exactly as {@code check} reads
 * them), and judges any date the files already record against it.
 *
 * <p>Counting follows legal-semantics.md §0 and rules-catalogue.md §0.2: "N clear working days"
 * before a meeting gives the latest day {@link WorkingDays#latestDispatch}; "at least N working days
 * before" (no "clear") is read the same way by default, the literal reading (the day of notice
 * counts) being shown as the alternative; "within N clear working days of receipt" gives {@link
 * WorkingDays#addWorkingDays}(receipt, N), the next working day being ambiguous.
 */
public final class Planner {
  static final String NOTICE = "notice-period";
  static final String PAPERS = "papers-period";
  static final String MEMBER_ITEMS = "member-item-notice";
  static final String SUBSTITUTIONS = "substitution-notice";
  static final String REQUISITION = "requisition-deadline";
  static final String MINUTES = "minutes-approval";
  static final String PANEL = "panel-lead-time";

  private final WorkingDays cal;
  private final Profiles profiles;

  public Planner(WorkingDays cal) {
    this(cal, Profiles.builtIn());
  }

  public Planner(WorkingDays cal, Profiles profiles) {
    this.cal = cal;
    this.profiles = profiles;
  }

  /** A meeting that is only proposed: a board and a date, e.g. from {@code --board F --date D}. */
  public static Meeting proposed(Board board, LocalDate date, MeetingType type, LocalDate requisitionReceived) {
    Where where = new Where(Loc.of(board.file()), Map.of());
    Meeting.Requisition req = requisitionReceived == null ? null
        : new Meeting.Requisition(requisitionReceived, List.of(), List.of(), where);
    return new Meeting(board.id() + "-" + date, board.id(), date, type, null, null, null, null, List.of(), req,
        List.of(), List.of(), Attendance.none(where), List.of(), null, List.of(), List.of(), null, where, null);
  }

  // ------------------------------------------------------------------------------------ meetings

  /**
   * @param others every meeting loaded (of any board), to find this board's next meeting
   * @throws io.quorate.io.InputException if the board's profile or {@code procedure:} is invalid
   */
  public MeetingPlan plan(Board board, Meeting m, List<Meeting> others) {
    Map<String, RuleConfig> configs = BodyRules.forBoard(board, profiles);
    String profile = board.profile();
    List<Deadline> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    LocalDate date = m.date();

    rule(configs, profile, NOTICE, m.type(), notes, List.of("notice-days")).ifPresent(r -> {
      List<Check> checks = new ArrayList<>();
      if (m.noticeSent() != null) checks.add(before(r, "notice sent", m.noticeSent(), date));
      out.add(beforeMeeting(r, "notice", "Last day to send the notice and agenda", date, checks));
    });
    rule(configs, profile, PAPERS, m.type(), notes, List.of("papers-days", "notice-days")).ifPresent(r -> {
      List<Check> checks = new ArrayList<>();
      if (m.papersSent() != null) {
        checks.add(before(r, "papers sent", m.papersSent(), date));
      } else if (m.noticeSent() != null) {
        checks.add(before(r, "papers sent with the notice", m.noticeSent(), date));
      }
      for (AgendaItem a : m.agenda()) {
        if (a.tabled()) {
          checks.add(new Check("item " + a.item() + " paper tabled at the meeting", date, Status.MISSED,
              a.lateReason() == null ? "tabled, no reason recorded" : "tabled; reason recorded: " + a.lateReason()));
        } else if (a.papersSent() != null) {
          Check c = before(r, "item " + a.item() + " paper sent", a.papersSent(), date);
          if (a.lateReason() != null && c.status() == Status.MISSED) {
            c = new Check(c.what(), c.date(), c.status(), c.detail() + "; reason recorded: " + a.lateReason());
          }
          checks.add(c);
        }
      }
      out.add(beforeMeeting(r, "papers", "Last day to send the papers", date, checks));
    });
    rule(configs, profile, MEMBER_ITEMS, m.type(), notes, List.of("item-days", "request-days", "notice-days", "working-days"))
        .ifPresent(r -> {
          List<Check> checks = new ArrayList<>();
          for (AgendaItem a : m.agenda()) {
            if (a.requested() != null) {
              checks.add(before(r, "item " + a.item() + " requested" + by(a.requestedBy()), a.requested(), date));
            }
          }
          for (Meeting.MemberRequest q : m.memberRequests()) {
            if (q.requested() != null) {
              checks.add(before(r, "request \"" + q.title() + "\"" + by(q.member()), q.requested(), date));
            }
          }
          out.add(beforeMeeting(r, "member-items", "Last day for members' agenda requests to reach the Clerk", date, checks));
        });
    rule(configs, profile, SUBSTITUTIONS, m.type(), notes, List.of("notice-days", "working-days")).ifPresent(r -> {
      List<Check> checks = new ArrayList<>();
      for (Attendance.Apology a : m.attendance().apologies()) {
        if (a.notified() != null) checks.add(before(r, "apology from " + a.member() + " notified", a.notified(), date));
      }
      for (Attendance.Substitute s : m.attendance().substitutes()) {
        if (s.notified() != null) {
          checks.add(before(r, "substitute " + (s.name() == null ? "" : s.name() + " ") + "for " + s.forMember() + " notified",
              s.notified(), date));
        }
      }
      out.add(beforeMeeting(r, "substitutions", "Last day to notify the Clerk of absences and substitutions", date, checks));
    });
    if (m.type() == MeetingType.REQUISITIONED || m.requisition() != null) {
      rule(configs, profile, REQUISITION, m.type(), notes, List.of("within-days", "deadline-days", "working-days", "days"))
          .ifPresent(r -> {
            if (m.requisition() == null || m.requisition().received() == null) {
              notes.add(REQUISITION + ": the last lawful meeting day counts from the day the Chairman received the requisition;"
                  + " give it as `requisition: received:` in the meeting file or --requisition-received");
            } else {
              out.add(requisition(r, m.requisition().received(), date));
            }
          });
    }
    if (m.requisition() != null && m.requisition().received() != null) {
      LocalDate received = m.requisition().received();
      for (Deadline d : out) {
        if (d.date() != null && d.date().isBefore(received)) {
          notes.add(d.rule() + ": the last day, " + Dates.format(d.date()) + ", is before the requisition was received on "
              + Dates.format(received) + ", so it cannot be met for this meeting");
        }
      }
    }
    minutes(configs, profile, m, others, notes).forEach(out::add);
    coverage(date, notes);
    return new MeetingPlan(m.id(), "meeting", board.displayName(), profile, date, m.type().key(),
        m.where().self().line() > 0 ? m.file() : null, sorted(out), notes);
  }

  private static String by(String member) {
    return member == null ? "" : " by " + member;
  }

  // -------------------------------------------------------------------------------------- panels

  /** The last day to establish a panel before the County Council meeting that receives its report. */
  public MeetingPlan plan(Panel p) {
    Map<String, RuleConfig> configs = BodyRules.forPanel(p, profiles);
    String profile = BodyRules.panelProfile(p);
    String body = profiles.get(profile).map(Profile::body).orElse("Panel") + " (" + p.id() + ")";
    List<Deadline> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    RuleConfig c = configs.get(PANEL);
    if (c == null) {
      notes.add("profile " + profile + " has no " + PANEL + " rule, so there is no establishment deadline");
    } else if (p.reportToCouncil() == null) {
      notes.add(PANEL + ": give `report-to-council:` (the date of the County Council meeting that receives the"
          + " panel's report) for the last day to establish the panel");
    } else {
      Rule r = fromConfig(c, List.of("lead-working-days"), null, false).orElse(null);
      if (r == null) {
        notes.add(PANEL + ": the profile gives no number of working days");
      } else {
        List<Check> checks = new ArrayList<>();
        if (p.established() != null) checks.add(before(r, "panel established", p.established(), p.reportToCouncil()));
        Deadline d = beforeMeeting(r, "establish", "Last day to establish the panel", p.reportToCouncil(), checks);
        out.add(new Deadline(d.key(), d.title(), d.date(), d.when(), d.rule(), d.source(), d.catalogueDefault(), d.days(),
            d.counting().replace("the meeting on", "the County Council meeting that receives its report, on"),
            d.span(), d.alternative(), d.checks()));
      }
    }
    LocalDate date = p.reportToCouncil();
    if (date != null) coverage(date, notes);
    return new MeetingPlan(p.id(), "panel", body, profile, date, null, p.where().file(), out, notes);
  }

  // ------------------------------------------------------------------------------------- pieces

  /** A rule as the planner uses it: where it comes from and its number of working days. */
  record Rule(String id, Source source, boolean catalogueDefault, int days, boolean literal, boolean nonClearClause) {}

  private static boolean nonClear(String rule) {
    return rule.equals(MEMBER_ITEMS) || rule.equals(SUBSTITUTIONS) || rule.equals(PANEL);
  }

  private Optional<Rule> rule(Map<String, RuleConfig> configs, String profile, String id, MeetingType type,
      List<String> notes, List<String> names) {
    RuleConfig c = configs.get(id);
    if (c != null) {
      if (!c.covers(type)) {
        notes.add(id + ": " + c.source().clause() + " covers " + c.params().get("meeting-types")
            + " meetings only, so it sets no deadline for a " + type.key() + " meeting");
        return Optional.empty();
      }
      Optional<Rule> r = fromConfig(c, names, profile, true);
      if (r.isPresent()) return r;
    }
    Optional<CatalogueDefaults.Entry> d = CatalogueDefaults.get(id, profile);
    if (d.isEmpty()) return Optional.empty();
    if (d.get().ordinaryOnly() && type != MeetingType.ORDINARY) {
      notes.add(id + ": applies to ordinary meetings (rules catalogue); a " + type.key()
          + " meeting is called at short notice and transacts only the business in its notice");
      return Optional.empty();
    }
    return Optional.of(new Rule(id, d.get().sources().get(profile), true, d.get().days(), false, nonClear(id)));
  }

  /** The rule's working days from its parameters: the first of {@code names} set, else any whole-number "*days" parameter. */
  private Optional<Rule> fromConfig(RuleConfig c, List<String> names, String profile, boolean fallBack) {
    Integer days = null;
    for (String n : names) {
      if (c.params().get(n) instanceof Number x) {
        days = x.intValue();
        break;
      }
    }
    if (days == null) {
      days = c.params().entrySet().stream()
          .filter(e -> e.getKey().endsWith("days") && e.getValue() instanceof Number)
          .sorted(Map.Entry.comparingByKey())
          .map(e -> ((Number) e.getValue()).intValue()).findFirst().orElse(null);
    }
    if (days == null && fallBack && profile != null) {
      Optional<CatalogueDefaults.Entry> d = CatalogueDefaults.get(c.rule(), profile);
      if (d.isPresent()) days = d.get().days();
    }
    if (days == null && !c.rule().equals(MINUTES)) return Optional.empty();
    boolean literal = "literal".equals(c.word("reading", "clear"))
        || c.params().entrySet().stream().anyMatch(e -> e.getKey().endsWith("-reading") && "literal".equals(String.valueOf(e.getValue())))
        || c.params().entrySet().stream().anyMatch(e -> e.getKey().contains("literal") && Boolean.TRUE.equals(e.getValue()));
    return Optional.of(new Rule(c.rule(), c.source(), false, days == null ? 0 : days, literal, nonClear(c.rule())));
  }

  /** A deadline counted back from a meeting (notice, papers, member items, substitutions, panel). */
  private Deadline beforeMeeting(Rule r, String key, String title, LocalDate meeting, List<Check> checks) {
    int n = r.days();
    LocalDate clear = cal.latestDispatch(meeting, n);
    LocalDate literal = cal.addWorkingDays(meeting, -n);
    LocalDate deadline = r.literal() ? literal : clear;
    Span span = r.literal() ? cal.span(literal.minusDays(1), meeting) : cal.span(clear, meeting);
    String counting = r.literal()
        ? n + " working days before the meeting on " + Dates.format(meeting) + ", the day of notice counting (literal reading) "
            + SpanText.detail(span)
        : n + " clear working days before the meeting on " + Dates.format(meeting) + " " + SpanText.detail(span);
    String alternative = null;
    if (r.nonClearClause()) {
      alternative = r.literal()
          ? Dates.format(clear) + " on the default clear reading (neither the day of notice nor the meeting day counts)"
          : Dates.format(literal) + " on the literal reading of \"" + n + " working days\" (the day of notice counts)";
    }
    return new Deadline(key, title, deadline, Dates.format(deadline), r.id(), r.source(), r.catalogueDefault(), n, counting,
        span, alternative, checks);
  }

  /** Judges a recorded date against a deadline counted back from {@code meeting}. */
  private Check before(Rule r, String what, LocalDate date, LocalDate meeting) {
    int n = r.days();
    int clearDays = cal.clearWorkingDays(date, meeting);
    boolean clearOk = clearDays >= n && date.isBefore(meeting);
    boolean literalOk = !date.isAfter(cal.addWorkingDays(meeting, -n));
    String gives = SpanText.count(clearDays) + " before the meeting";
    if (r.literal() ? literalOk : clearOk) {
      return new Check(what, date, Status.MET, gives + (date.equals(r.literal() ? cal.addWorkingDays(meeting, -n)
          : cal.latestDispatch(meeting, n)) ? ", on the last day" : ""));
    }
    if (r.nonClearClause() && !r.literal() && literalOk) {
      return new Check(what, date, Status.AMBIGUOUS, gives + "; in time only on the literal reading (the day of notice counts)");
    }
    return new Check(what, date, Status.MISSED, gives + "; " + n + " required");
  }

  /** The last lawful day for a requisitioned meeting: the N-th working day after receipt. */
  private Deadline requisition(Rule r, LocalDate received, LocalDate meeting) {
    int n = r.days();
    LocalDate last = cal.addWorkingDays(received, n);
    Span span = cal.span(received, last.plusDays(1));
    List<Check> checks = new ArrayList<>();
    if (meeting != null) {
      Status s;
      String detail;
      if (!meeting.isAfter(received)) {
        s = Status.MISSED;
        detail = "the meeting is not after the day the requisition was received";
      } else if (!meeting.isAfter(last)) {
        s = Status.MET;
        detail = meeting.equals(last) ? "on the last lawful day" : "within " + n + " working days of receipt";
      } else if (meeting.equals(cal.addWorkingDays(received, n + 1))) {
        s = Status.AMBIGUOUS;
        detail = "the next working day: " + SpanText.count(n) + " lie between receipt and meeting, which one reading still calls \"within\"";
      } else {
        s = Status.MISSED;
        detail = "after the last lawful day";
      }
      checks.add(new Check("meeting held", meeting, s, detail));
    }
    String counting = "within " + n + " clear working days of the Chairman's receipt of the requisition on "
        + Dates.format(received) + " " + SpanText.detail(span);
    return new Deadline("requisition", "Last lawful day for the requisitioned meeting", last, Dates.format(last), r.id(),
        r.source(), r.catalogueDefault(), n, counting, span,
        Dates.format(cal.addWorkingDays(received, n + 1)) + " is ambiguous (" + SpanText.count(n) + " between receipt and meeting)",
        checks);
  }

  private List<Deadline> minutes(Map<String, RuleConfig> configs, String profile, Meeting m, List<Meeting> others,
      List<String> notes) {
    Source source;
    boolean dflt;
    RuleConfig c = configs.get(MINUTES);
    if (c != null) {
      source = c.source();
      dflt = false;
    } else {
      Optional<CatalogueDefaults.Entry> d = CatalogueDefaults.get(MINUTES, profile);
      if (d.isEmpty()) return List.of();
      source = d.get().sources().get(profile);
      dflt = true;
    }
    LocalDate next = others.stream()
        .filter(o -> m.board().equals(o.board()) && o.date().isAfter(m.date()))
        .map(Meeting::date).min(Comparator.naturalOrder()).orElse(null);
    List<Check> circulated = new ArrayList<>();
    List<Check> approved = new ArrayList<>();
    Meeting.Minutes min = m.minutes();
    if (min != null && min.circulated() != null) {
      if (next != null) {
        circulated.add(new Check("minutes circulated", min.circulated(),
            min.circulated().isBefore(next) ? Status.MET : Status.MISSED,
            min.circulated().isBefore(next) ? "before the next meeting" : "not before the next meeting on " + Dates.format(next)));
      }
    }
    if (min != null && min.approvedAt() != null && next != null) {
      approved.add(new Check("minutes approved", min.approvedAt(), min.approvedAt().equals(next) ? Status.MET : Status.MISSED,
          min.approvedAt().equals(next) ? "at the next meeting" : "not at the next meeting on " + Dates.format(next)));
    }
    if (next == null) {
      notes.add(MINUTES + ": no later meeting of this board is in the files, so the minutes are due \"at the next meeting\"");
    }
    LocalDate circulateBy = next == null ? null : next.minusDays(1);
    return List.of(
        new Deadline("minutes-circulated", "Minutes of this meeting circulated to each member", circulateBy,
            next == null ? "before the next meeting" : Dates.format(circulateBy) + ", before the next meeting on " + Dates.format(next),
            MINUTES, source, dflt, 0,
            "before the next meeting of the board" + (next == null ? " (not in the files)" : ", on " + Dates.format(next)),
            null, null, circulated),
        new Deadline("minutes-approved", "Minutes of this meeting approved and signed by the Chairman", next,
            next == null ? "at the next meeting" : Dates.format(next) + ", at the next meeting",
            MINUTES, source, dflt, 0,
            "at the next meeting of the board" + (next == null ? " (not in the files)" : ", on " + Dates.format(next)),
            null, null, approved));
  }

  private void coverage(LocalDate date, List<String> notes) {
    if (!cal.covers(date)) {
      notes.add(Dates.format(date) + " is outside the bank-holiday data (" + cal.holidays().description()
          + "): only weekends were skipped; pass a newer GOV.UK bank-holidays.json with --holidays");
    }
  }

  private static List<Deadline> sorted(List<Deadline> in) {
    List<Deadline> out = new ArrayList<>(in);
    out.sort(Comparator.comparing(Deadline::date, Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }
}
