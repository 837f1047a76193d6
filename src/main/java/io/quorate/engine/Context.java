package io.quorate.engine;

import io.quorate.calendar.WorkingDays;
import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Deriver} may read: the loaded corpus, the calendar, each body's rule configs and
 * the audit window in force.
 */
public record Context(
    Corpus corpus,
    WorkingDays calendar,
    Map<String, List<RuleConfig>> configs,
    Map<String, Board> boards,
    Period periodOverride) {

  /** The rule configs of a board or panel (empty when it has none). */
  public List<RuleConfig> configs(String body) {
    return configs.getOrDefault(body, List.of());
  }

  public Optional<RuleConfig> config(String body, String rule) {
    return configs(body).stream().filter(r -> r.rule().equals(rule)).findFirst();
  }

  public boolean applies(String body, String rule) {
    return config(body, rule).isPresent();
  }

  public Board board(String id) {
    return boards.get(id);
  }

  /** The audit window for a board: {@code --period} if given, else the board's {@code audit:}. */
  public Period window(Board b) {
    return periodOverride != null ? periodOverride : b.audit();
  }
}
