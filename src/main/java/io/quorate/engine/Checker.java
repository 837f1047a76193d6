package io.quorate.engine;

import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputException;
import io.quorate.io.Problems;
import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Panel;
import io.quorate.model.Period;
import io.quorate.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/** Checks a loaded corpus: builds the facts, fires the rules, returns the findings in order. */
public final class Checker {
  private final WorkingDays calendar;
  private final Profiles profiles;
  /** Told of every rule that fires (the meta-tests' view of which DRL rule each case exercises); or null. */
  private org.kie.api.event.rule.AgendaEventListener listener;

  public Checker(WorkingDays calendar) {
    this(calendar, Profiles.builtIn());
  }

  public Checker(WorkingDays calendar, Profiles profiles) {
    this.calendar = calendar;
    this.profiles = profiles;
  }

  /** This checker, telling {@code l} of every rule that fires (for tests). */
  Checker listening(org.kie.api.event.rule.AgendaEventListener l) {
    this.listener = l;
    return this;
  }

  /**
   * @param period the audit window from {@code --period}, overriding each board's {@code audit:}; or null
   * @throws InputException when a body names an unknown profile or a bad {@code procedure:} value
   */
  public List<Finding> check(Corpus corpus, Period period) {
    return check(corpus, period, List.of(), null).findings();
  }

  /**
   * Checks the corpus, then applies the waivers in force on {@code today}: the findings they excuse
   * are marked waived, and expired or unused waivers become findings of their own.
   *
   * @param today the date waivers' expiry is judged on (null when there are no waivers)
   */
  public Outcome check(Corpus corpus, Period period, List<Waiver> waivers, LocalDate today) {
    Problems problems = new Problems();
    Configs configs = new Configs(profiles, problems);
    Map<String, List<RuleConfig>> byBody = new HashMap<>();
    for (Board b : corpus.boards()) byBody.put(b.id(), configs.forBoard(b));
    for (Panel p : corpus.panels()) byBody.put(p.id(), configs.forPanel(p));
    for (var d : corpus.dismissals()) byBody.put(d.id(), configs.forDismissal(d));
    problems.throwIfAny();

    List<Object> facts = new ArrayList<>(configs.common());
    byBody.values().forEach(facts::addAll);
    facts.addAll(corpus.boards());
    facts.addAll(corpus.meetings());
    facts.addAll(corpus.reports());
    facts.addAll(corpus.panels());
    facts.addAll(corpus.dismissals());
    Map<String, Board> boards = corpus.boards().stream().collect(Collectors.toMap(Board::id, Function.identity()));
    Context ctx = new Context(corpus, calendar, byBody, boards, period);
    derive(ctx).forEach(facts::addAll);
    KieSession session = RuleBase.kieBase().newKieSession();
    if (listener != null) session.addEventListener(listener);
    try {
      List<Finding> findings = fire(session, facts);
      Map<Finding, Waiver> waived = Map.of();
      if (!waivers.isEmpty()) {
        // second phase: the facts about the waivers themselves, judged against every finding
        List<Object> waiverFacts = new ArrayList<>();
        waived = WaiverFacts.apply(findings, waivers, today, waiverFacts::add);
        findings = fire(session, waiverFacts);
      }
      List<RuleConfig> common = configs.common();
      return Outcome.of(findings, waived, () -> checks(corpus, byBody, common));
    } finally {
      session.dispose();
    }
  }

  /** Corpora with at least this many meetings have their facts derived on every core. */
  static final int PARALLEL_FROM = 64;

  /**
   * Each deriver's facts, in the derivers' order. The derivers read only the (immutable) context,
   * so for a large corpus they run in parallel (a tenth of a 10,000-meeting check, otherwise on one
   * core while the other idles); the facts, and so the findings, are the same either way.
   */
  static List<List<Object>> derive(Context ctx) {
    var derivers = ctx.corpus().meetings().size() >= PARALLEL_FROM
        ? Derivers.ALL.parallelStream() : Derivers.ALL.stream();
    return derivers.map(d -> {
      List<Object> out = new ArrayList<>();
      d.derive(ctx, out::add);
      return out;
    }).toList();
  }

  private static List<Finding> fire(KieSession session, List<Object> facts) {
    for (Object f : facts) session.insert(f);
    session.fireAllRules();
    List<Finding> out = new ArrayList<>();
    // by class: the session's store for findings alone, not a walk over every fact inserted
    for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) out.add((Finding) o);
    out.sort(Finding.ORDER);
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** Every rule that applied to every board, meeting and panel, by the file it is written in. */
  private static List<Outcome.Check> checks(Corpus corpus, Map<String, List<RuleConfig>> byBody, List<RuleConfig> common) {
    Set<Outcome.Check> out = new LinkedHashSet<>();
    List<String> everyBody = common.stream().map(RuleConfig::rule).filter(r -> !WaiverFacts.OWN_RULES.contains(r)).toList();
    java.util.function.BiConsumer<io.quorate.model.Where, Map.Entry<String, String>> add = (where, subjectBody) -> {
      for (RuleConfig c : byBody.getOrDefault(subjectBody.getValue(), List.of())) {
        out.add(new Outcome.Check(where.file(), c.rule(), subjectBody.getKey()));
      }
      for (String r : everyBody) out.add(new Outcome.Check(where.file(), r, subjectBody.getKey()));
    };
    for (Board b : corpus.boards()) add.accept(b.where(), Map.entry(b.id(), b.id()));
    for (var m : corpus.meetings()) add.accept(m.where(), Map.entry(m.id(), m.board()));
    for (Panel p : corpus.panels()) add.accept(p.where(), Map.entry(p.id(), p.id()));
    List<Outcome.Check> sorted = new ArrayList<>(out);
    sorted.sort(java.util.Comparator.comparing(Outcome.Check::file).thenComparing(Outcome.Check::rule)
        .thenComparing(Outcome.Check::subject));
    return sorted;
  }
}
