package io.quorate.io;

import io.quorate.model.AgendaItem;
import io.quorate.model.Attendance;
import io.quorate.model.Board;
import io.quorate.model.Dismissal;
import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.MeetingType;
import io.quorate.model.Member;
import io.quorate.model.Panel;
import io.quorate.model.ParamOverride;
import io.quorate.model.Period;
import io.quorate.model.Report;
import io.quorate.model.Vote;
import io.quorate.model.Where;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns one YAML document into a model record, by its {@code kind:}. The field names here are the
 * input contract (input-format.md); any key not read here is reported as unknown.
 */
final class Documents {
  static final List<String> KINDS = List.of("board", "meeting", "report", "panel", "dismissal");
  static final List<String> MEETING_TYPES = List.of("ordinary", "special", "requisitioned", "reconvened");
  static final List<String> ITEM_KINDS =
      List.of("minutes", "decision", "report", "election", "apologies", "declarations", "other");
  static final List<String> INTEREST_KINDS = List.of("disclosable-pecuniary", "other-significant", "other");
  static final List<String> RESULTS = List.of("carried", "lost");
  static final List<String> CASTING = List.of("for", "against");
  static final List<String> PRESIDING_AS = List.of("chair", "vice-chair", "acting-chair");
  static final List<String> OFFICER_ROLES = List.of("head-of-paid-service", "monitoring-officer",
      "chief-finance-officer", "director-of-childrens-services", "director-of-adult-social-services",
      "director-of-public-health", "other");
  static final List<String> DISMISSAL_STEPS = List.of("panel-appointed", "panel-recommendation",
      "investigation-report", "officer-representations", "personnel-committee-decision", "council-decision",
      "notice-of-dismissal");

  static final List<String> REPORT_TYPES = List.of("activity", "annual-plan", "annual-report", "other");
  static final List<String> CONSIDERED =
      List.of("panel-advice", "investigation-conclusions", "officer-representations");

  private Documents() {}

  /** Reads one document and hands the record to the matching sink. */
  static void read(String file, Node doc, Problems problems, Sinks sinks) {
    if (!(doc instanceof org.yaml.snakeyaml.nodes.MappingNode map)) {
      Fields.of(file, "a document", doc, problems); // reports what it is instead
      return;
    }
    String kind = null;
    Node kindNode = null;
    for (org.yaml.snakeyaml.nodes.NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind")) {
        kindNode = t.getValueNode();
        if (kindNode instanceof ScalarNode v) kind = v.getValue();
        break;
      }
    }
    if (kind == null) {
      problems.add(Fields.loc(file, kindNode == null ? doc : kindNode),
          "every document must start with `kind:` (one of " + String.join(", ", KINDS) + ")");
      return;
    }
    if (!KINDS.contains(kind)) {
      problems.add(Fields.loc(file, kindNode), "unknown kind `" + kind + "`" + Suggest.didYouMean(kind, KINDS)
          + "; quorate reads " + String.join(", ", KINDS));
      return;
    }
    String tagged = Fields.problem((ScalarNode) kindNode, Fields.Kind.ID); // `kind: !foo board`
    if (tagged != null) {
      problems.add(Fields.loc(file, kindNode), "`kind` " + tagged);
      return;
    }
    Fields g = Fields.of(file, "this " + kind, doc, problems);
    if (g == null) return;
    g.allow("kind");
    switch (kind) {
      case "board" -> sinks.boards.accept(board(g));
      case "meeting" -> sinks.meetings.accept(meeting(g));
      case "report" -> sinks.reports.accept(report(g));
      case "panel" -> sinks.panels.accept(panel(g));
      default -> sinks.dismissals.accept(dismissal(g));
    }
    g.finish();
  }

  record Sinks(
      Consumer<Board> boards,
      Consumer<Meeting> meetings,
      Consumer<Report> reports,
      Consumer<Panel> panels,
      Consumer<Dismissal> dismissals) {}

  // ---- board ----------------------------------------------------------------------------------

  static Board board(Fields f) {
    String id = f.requiredId("id");
    List<Member> members = f.list("members", "a member", Documents::member);
    Map<String, ParamOverride> procedure = f.map("procedure", Documents::procedure);
    return new Board(id, f.str("name"), f.id("profile"), f.str("administered-by"), f.id("parent"),
        f.date("established"), f.ids("reports-to"), f.map("audit", Documents::period),
        f.nonNegative("seats"), members, f.id("chair"), f.date("chair-elected"), f.id("vice-chair"),
        procedure == null ? Map.of() : procedure, f.where(), f.id("chair-appointed-by"),
        intMap(f, "political-groups"), intMap(f, "stated-composition"));
  }

  /**
   * A board's own values for its procedure rules' parameters, each as its YAML type (the engine
   * checks names and values against the profiles). An empty value is passed on, for the engine to
   * name; a value refused here (a nested mapping, a control character) is left out, its problem
   * reported.
   */
  static Map<String, ParamOverride> procedure(Fields p) {
    Map<String, ParamOverride> out = new LinkedHashMap<>();
    for (String key : p.keys()) {
      Object v = p.plain(key, "procedure parameter `" + key + "` must be a number, a word, a fraction, a date"
          + " or a list of words");
      if (v != null || !p.has(key)) {
        out.put(key, new ParamOverride(key, v, p.at(key), p.raw(key) instanceof SequenceNode ? p.entryLocs(key) : List.of()));
      }
    }
    return out;
  }

  /** A mapping of names to whole numbers, e.g. political group sizes: {conservative: 45, ukip: 17}. */
  static Map<String, Integer> intMap(Fields f, String key) {
    Map<String, Integer> out = f.map(key, m -> {
      Map<String, Integer> r = new LinkedHashMap<>();
      for (String k : List.copyOf(m.keys())) {
        Integer n = m.nonNegative(k);
        if (n != null) r.put(k, n);
      }
      return r;
    });
    return out == null ? Map.of() : out;
  }

  static Period period(Fields f) {
    LocalDate from = f.requiredDate("from");
    LocalDate to = f.requiredDate("to");
    if (from != null && to != null && to.isBefore(from)) {
      f.problem("to", "the period ends (" + to + ") before it starts (" + from + ")");
      return null;
    }
    return from == null || to == null ? null : new Period(from, to);
  }

  static Member member(Fields f) {
    return new Member(f.requiredId("id"), f.str("name"), f.str("organisation"), f.str("role"),
        f.bool("elected", false), f.bool("statutory", false), f.id("voting-group"), f.ids("categories"),
        f.bool("independent-person", false), f.str("appointed-by"), f.id("party"), f.where());
  }

  // ---- meeting --------------------------------------------------------------------------------

  static Meeting meeting(Fields f) {
    String typeWord = f.oneOf("type", MEETING_TYPES);
    MeetingType type = typeWord == null ? MeetingType.ORDINARY : MeetingType.valueOf(typeWord.toUpperCase());
    List<String> recipients = null;
    if (f.has("notice-recipients")) {
      List<String> r = f.ids("notice-recipients");
      recipients = r.size() == 1 && r.get(0).equals("all") ? null : r;
    }
    Meeting.Requisition requisition = f.map("requisition", r -> new Meeting.Requisition(
        r.date("received"), r.ids("signed-by"), r.strings("business"), r.where()));
    List<AgendaItem> agenda = f.list("agenda", "an agenda item", Documents::agendaItem);
    List<Meeting.MemberRequest> requests = f.list("member-requests", "a member request",
        r -> new Meeting.MemberRequest(r.requiredId("member"), r.str("title"), r.date("requested"), r.where(),
            r.bool("relevant")));
    Attendance attendance = f.map("attendance", Documents::attendance);
    List<Meeting.Presiding> presiding = presiding(f);
    Integer lost = f.nonNegative("quorum-lost-at");
    List<Meeting.Interest> interests = f.list("interests", "an interest", i -> new Meeting.Interest(
        i.requiredId("member"), orZero(i.nonNegative("item")), i.oneOf("kind", INTEREST_KINDS), i.where(),
        i.bool("dispensation", false)));
    List<Vote> votes = f.list("votes", "a vote", Documents::vote);
    Meeting.Minutes minutes = f.map("minutes", m -> new Meeting.Minutes(
        m.date("circulated"), m.date("approved-at"), m.id("signed-by"), m.where(), m.bool("records-present"),
        m.bool("records-in-attendance"), m.bool("records-apologies"), m.bool("records-proceedings"), m.date("made-available-at")));
    return new Meeting(f.id("id"), f.requiredId("board"), f.requiredDate("date"), type, f.date("notice-sent"),
        recipients, f.date("papers-sent"), f.str("convened-by"), f.strings("business"), requisition, agenda,
        requests, attendance == null ? Attendance.none(f.where()) : attendance, presiding, lost, interests,
        votes, minutes, f.where(), f.bool("notice-written"));
  }

  static int orZero(Integer i) {
    return i == null ? 0 : i;
  }

  static AgendaItem agendaItem(Fields a) {
    AgendaItem.Urgent urgent = a.map("urgent", u -> new AgendaItem.Urgent(u.text("reason"),
        u.bool("minuted", false), u.where()));
    Integer item = a.nonNegative("item");
    if (item == null && !a.has("item")) a.problem("item", "an agenda item needs `item:` (its number)");
    return new AgendaItem(orZero(item), a.str("title"), a.oneOf("kind", ITEM_KINDS), a.bool("decision", false),
        a.date("papers-sent"), a.text("late-reason"), a.bool("tabled", false), a.id("requested-by"),
        a.date("requested"), urgent, a.where());
  }

  static Attendance attendance(Fields a) {
    List<String> present = a.ids("present");
    List<Attendance.Apology> apologies = new ArrayList<>();
    Node ap = a.raw("apologies");
    if (ap instanceof SequenceNode seq && seq.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
      // a plain list of member ids is accepted as apologies with no details
      // (each at its own place in the list, so a problem with one names its line and column)
      List<String> ids = a.ids("apologies");
      List<Loc> at = a.entryLocs("apologies");
      for (int i = 0; i < ids.size(); i++) {
        apologies.add(new Attendance.Apology(ids.get(i), null, null, null, new Where(at.get(i), Map.of("member", at.get(i)))));
      }
    } else {
      apologies.addAll(a.list("apologies", "an apology", p -> new Attendance.Apology(p.requiredId("member"),
          p.date("notified"), p.text("reason"), p.bool("consent"), p.where())));
    }
    List<Attendance.Substitute> subs = a.list("substitutes", "a substitute", s -> new Attendance.Substitute(
        s.requiredId("for"), s.str("name"), s.str("organisation"), s.date("notified"), s.where()));
    return new Attendance(present, apologies, subs, a.strings("also-present"), a.where(), a.has("present"));
  }

  static List<Meeting.Presiding> presiding(Fields f) {
    Node p = f.raw("presiding");
    if (p == null && !f.recording()) return List.of(); // a schema-building pass reads both forms
    if (p instanceof ScalarNode) {
      return List.of(new Meeting.Presiding(0, f.id("presiding"), "chair", f.where()));
    }
    return f.list("presiding", "a presiding entry", e -> new Meeting.Presiding(orZero(e.nonNegative("from-item")),
        e.requiredId("member"), e.oneOf("as", PRESIDING_AS), e.where()));
  }

  static Vote vote(Fields v) {
    Integer item = v.nonNegative("item");
    if (item == null && !v.has("item")) v.problem("item", "a vote needs `item:` (the agenda item voted on)");
    return new Vote(orZero(item), v.ids("for"), v.ids("against"), v.ids("abstain"),
        v.oneOf("casting", CASTING), v.id("casting-by"), v.oneOf("result", RESULTS), v.nonNegative("for-count"),
        v.nonNegative("against-count"), v.nonNegative("abstain-count"), v.where(), v.bool("consensus-attempted"),
        v.date("adjourned-for-consensus"),
        v.map("division", d -> new Vote.Division(d.bool("announced"), d.nonNegative("bell-seconds"),
            d.bool("all-present", false), d.nonNegative("voting-seconds"), d.bool("result-announced"), d.where())));
  }

  // ---- report, panel, dismissal ---------------------------------------------------------------

  static Report report(Fields f) {
    List<String> to = f.ids("to");
    if (to.isEmpty() && !f.has("to")) f.problem("to", "a report needs `to:` (the body or bodies it went to)");
    return new Report(f.id("id"), f.requiredId("from"), to, f.requiredDate("date"), f.str("title"), f.where(),
        f.oneOf("report-type", REPORT_TYPES), f.id("approved-by"), f.date("approved"));
  }

  static Panel panel(Fields f) {
    return new Panel(f.requiredId("id"), f.id("profile"), f.str("council"), f.date("established"),
        f.date("report-to-council"), f.list("members", "a panel member", Documents::member), f.id("chair"),
        f.list("meetings", "a panel meeting", m -> new Panel.PanelMeeting(m.requiredDate("date"),
            m.ids("present"), m.where(), m.id("presiding"), m.bool("chair-elected-first", false))),
        f.where(), f.date("report-summons"), f.text("fallback-reason"));
  }

  static Dismissal dismissal(Fields f) {
    String role = f.oneOf("officer-role", OFFICER_ROLES);
    String id = f.id("id");
    return new Dismissal(id != null ? id : "dismissal-" + (role == null ? "officer" : role), role,
        f.nonNegative("council-seats"),
        f.id("panel"),
        f.list("steps", "a step", s -> new Dismissal.Step(s.oneOf("step", DISMISSAL_STEPS), s.requiredDate("date"),
            s.where())),
        f.map("council-vote", v -> new Dismissal.CouncilVote(orZero(v.nonNegative("for")),
            orZero(v.nonNegative("against")), orZero(v.nonNegative("abstain")), v.where(), v.nonNegative("present"))),
        f.map("suspension", s -> new Dismissal.Suspension(s.requiredDate("from"), s.date("to"),
            s.bool("extended-with-consent", false), s.where())),
        f.where(), f.id("profile"), considered(f, "council-considered"), considered(f, "committee-considered"));
  }

  /** What a decision-maker took into account, or null when not recorded. */
  static List<String> considered(Fields f, String key) {
    if (!f.has(key)) return null;
    List<String> out = f.ids(key);
    for (String s : out) {
      if (!CONSIDERED.contains(s)) {
        f.problem(key, "`" + s + "` is not one of " + String.join(", ", CONSIDERED) + Suggest.didYouMean(s, CONSIDERED));
      }
    }
    return out;
  }
}
