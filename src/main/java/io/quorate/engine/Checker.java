package io.quorate.engine;

import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputException;
import io.quorate.io.Problems;
import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Panel;
import io.quorate.model.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;

/** Checks a loaded corpus: builds the facts, fires the rules, returns the findings in order. */
public final class Checker {
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
   * @throws InputException when a body names an unknown profile or a bad {@code procedure:} value
   */
  public List<Finding> check(Corpus corpus, Period period) {
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
    for (Deriver d : Derivers.ALL) d.derive(ctx, facts::add);
    return fire(facts);
  }

  private static List<Finding> fire(List<Object> facts) {
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
}
