package io.quorate.engine;

import io.quorate.io.Problems;
import io.quorate.model.Board;
import io.quorate.model.Panel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that apply to one body, by rule id, exactly as the checker configures them: the body's
 * profile with its own {@code procedure:} overrides ({@link Configs}). For tools that need the
 * parameters without running the rules, such as the planner.
 */
public final class BodyRules {
  private BodyRules() {}

  /**
   * @throws io.quorate.io.InputException when the board names an unknown profile or gives a bad
   *     {@code procedure:} value
   */
  public static Map<String, RuleConfig> forBoard(Board board, Profiles profiles) {
    Problems problems = new Problems();
    List<RuleConfig> configs = new Configs(profiles, problems).forBoard(board);
    problems.throwIfAny();
    return byRule(configs);
  }

  /** @throws io.quorate.io.InputException when the panel names an unknown profile */
  public static Map<String, RuleConfig> forPanel(Panel panel, Profiles profiles) {
    Problems problems = new Problems();
    List<RuleConfig> configs = new Configs(profiles, problems).forPanel(panel);
    problems.throwIfAny();
    return byRule(configs);
  }

  /** The profile a panel uses when it names none. */
  public static String panelProfile(Panel panel) {
    return panel.profile() == null ? Configs.DEFAULT_PANEL_PROFILE : panel.profile();
  }

  private static Map<String, RuleConfig> byRule(List<RuleConfig> configs) {
    Map<String, RuleConfig> out = new LinkedHashMap<>();
    for (RuleConfig c : configs) out.put(c.rule(), c);
    return out;
  }
}
