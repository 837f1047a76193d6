package io.quorate.engine;

import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputException;
import io.quorate.io.Problems;
import io.quorate.model.Attendance;
import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Loc;
import io.quorate.model.Meeting;
import io.quorate.model.Member;
import io.quorate.model.Panel;
import io.quorate.model.Period;
import io.quorate.model.Report;
import io.quorate.model.Vote;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;

/** Checks a loaded corpus: builds the facts, fires the rules, returns the findings in order. */
public final class Checker {
  /** Rules that judge a period of records and so need an audit window. */
  static final List<String> PERIOD_RULES = List.of("reporting-duty", "meeting-frequency", "non-attendance");

  private final WorkingDays calendar;
  private final Profiles profiles;

  public Checker(WorkingDays calendar) {
    this(calendar, Profiles.builtIn());
  }

  public Checker(WorkingDays calendar, Profiles profiles) {
    this.calendar = calendar;
    this.profiles = profiles;
  }

  /**
   * @param period the audit window from {@code --period}, overriding each board's {@code audit:}; or null
   * @throws InputException when a board names an unknown profile or a bad {@code procedure:} value
   */
  public List<Finding> check(Corpus corpus, Period period) {
    Problems problems = new Problems();
    Configs configs = new Configs(profiles, problems);
    List<Object> facts = new ArrayList<>();
    List<RuleConfig> all = new ArrayList<>(configs.common());
    Map<String, List<RuleConfig>> byBody = new HashMap<>();
    for (Board b : corpus.boards()) byBody.put(b.id(), configs.forBoard(b));
    for (Panel p : corpus.panels()) byBody.put(p.id(), configs.forPanel(p));
    problems.throwIfAny();
    byBody.values().forEach(all::addAll);
    facts.addAll(all);

    Map<String, Board> boards = corpus.boards().stream().collect(Collectors.toMap(Board::id, Function.identity()));
    for (Board b : corpus.boards()) {
      facts.add(b);
      Set<String> rules = byBody.get(b.id()).stream().map(RuleConfig::rule).collect(Collectors.toSet());
      quorum(b, byBody.get(b.id()), facts);
      Period window = period != null ? period : b.audit();
      List<String> periodRules = PERIOD_RULES.stream().filter(rules::contains).toList();
      if (window == null && !periodRules.isEmpty()) {
        facts.add(new Facts.AuditMissing(b.id(), b.where().self(), String.join(", ", periodRules)));
      }
      if (window != null && rules.contains("reporting-duty")) {
        RuleConfig rc = byBody.get(b.id()).stream().filter(r -> r.rule().equals("reporting-duty")).findFirst().orElseThrow();
        reports(b, rc, window, corpus.reports(), facts);
      }
    }
    for (Meeting m : corpus.meetings()) {
      Board b = boards.get(m.board());
      facts.add(m);
      if (m.noticeSent() != null) {
        facts.add(new Facts.DayCount(m.id(), "notice", m.noticeSent(), m.date(), calendar.span(m.noticeSent(), m.date()), calendar));
      }
      facts.add(presence(m, b));
      boolean units = byBody.get(b.id()).stream().anyMatch(r -> r.rule().equals("voting-group-single-vote"));
      for (Vote v : m.votes()) facts.add(tally(m, b, v, units));
      coverage(m.id(), m.where().at("date"), "date", m.date(), facts);
      coverage(m.id(), m.where().at("notice-sent"), "notice-sent", m.noticeSent(), facts);
      coverage(m.id(), m.where().at("papers-sent"), "papers-sent", m.papersSent(), facts);
    }
    for (Panel p : corpus.panels()) {
      facts.add(p);
      if (p.established() != null && p.reportToCouncil() != null) {
        facts.add(new Facts.DayCount(p.id(), "panel-lead", p.established(), p.reportToCouncil(),
            calendar.span(p.established(), p.reportToCouncil()), calendar));
      }
      coverage(p.id(), p.where().at("established"), "established", p.established(), facts);
      coverage(p.id(), p.where().at("report-to-council"), "report-to-council", p.reportToCouncil(), facts);
    }
    return fire(facts);
  }

  private List<Finding> fire(List<Object> facts) {
    KieSession session = RuleBase.kieBase().newKieSession();
    try {
      for (Object f : facts) session.insert(f);
      session.fireAllRules();
      List<Finding> out = new ArrayList<>();
      for (Object o : session.getObjects(o -> o instanceof Finding)) out.add((Finding) o);
      out.sort(Finding.ORDER);
      return List.copyOf(new LinkedHashSet<>(out));
    } finally {
      session.dispose();
    }
  }

  // ---- derived facts ------------------------------------------------------------------------------

  private void quorum(Board b, List<RuleConfig> configs, List<Object> facts) {
    for (RuleConfig rc : configs) {
      if (!rc.rule().equals("quorum")) continue;
      Fraction f = rc.fraction("quorum");
      boolean seats = rc.word("quorum-base", "members").equals("seats") && b.seats() != null;
      int base = seats ? b.seats() : b.members().size();
      String text = base + (seats ? " seats" : " members");
      facts.add(new Facts.QuorumNeed(b.id(), f, base, text, f.ceilOf(base)));
    }
  }

  static Facts.Presence presence(Meeting m, Board b) {
    Attendance a = m.attendance();
    Set<String> present = new HashSet<>(a.present());
    int subs = 0;
    for (Attendance.Substitute s : a.substitutes()) {
      // a substitute counts in place of an absent member only (R28, R36)
      if (!present.contains(s.forMember()) && b.member(s.forMember()).isPresent()) subs++;
    }
    return new Facts.Presence(m.id(), present.size() + subs, present.size(), subs, m.hasDecisionBusiness());
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

  private static void reports(Board b, RuleConfig rc, Period window, List<Report> reports, List<Object> facts) {
    MonthDay start = MonthDay.parse("--" + rc.word("year-start", "04-01"));
    LocalDate yearFrom = start.atYear(window.from().getYear());
    if (yearFrom.isBefore(window.from())) yearFrom = yearFrom.plusYears(1);
    for (LocalDate from = yearFrom; !from.plusYears(1).minusDays(1).isAfter(window.to()); from = from.plusYears(1)) {
      Period year = new Period(from, from.plusYears(1).minusDays(1));
      for (String recipient : b.reportsTo()) {
        List<LocalDate> dates = reports.stream()
            .filter(r -> b.id().equals(r.from()) && r.to().contains(recipient) && year.contains(r.date()))
            .map(Report::date).sorted().toList();
        facts.add(new Facts.ReportCount(b.id(), recipient, year, dates.size(), dates, b.where().at("reports-to")));
      }
    }
  }

  private void coverage(String subject, Loc loc, String field, LocalDate date, List<Object> facts) {
    if (date != null && !calendar.covers(date)) {
      facts.add(new Facts.CoverageGap(subject, loc, field, date, calendar.holidays().description()));
    }
  }
}
