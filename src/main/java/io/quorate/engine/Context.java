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

  /**
   * The audit window for a board: {@code --period} if given, else the board's {@code audit:}; null
   * when there is neither. It starts no earlier than the board's {@code established:} date: the
   * quarters and years before the board existed are not its to have met or reported in. For a board
   * established after the window ends, the window is empty (it ends before it starts), so no whole
   * quarter, block or year lies in it and no meeting is inside it.
   */
  public Period window(Board b) {
    Period w = periodOverride != null ? periodOverride : b.audit();
    if (w == null || b.established() == null || !b.established().isAfter(w.from())) return w;
    return new Period(b.established(), w.to());
  }
}
