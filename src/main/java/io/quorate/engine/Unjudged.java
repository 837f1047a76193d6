package io.quorate.engine;

import java.util.Collection;
import java.util.TreeSet;
import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A rule that applies to a subject (a meeting) but cannot judge it, for want of a fact the input
 * does not record. Inserted by the rules themselves, each beside the clause it cannot apply; the
 * rule {@code not-judged} gathers them into one finding per subject, so that an audit can tell
 * "compliant" from "not recorded".
 *
 * @param wants what would let the rule judge, in the input's own words ("no `notice-sent:`")
 */
public record Unjudged(String subject, String rule, String wants) {
  /**
   * The Unjudged fact of the firing rule about {@code subject}: the rule it cannot apply and what it
   * wants come from its metadata, {@code @judges("notice-period")} and {@code @wants("no `notice-sent:`")}.
   */
  public static Unjudged of(Drools drools, String subject) {
    Rule r = ((RuleContext) drools).getRule();
    return new Unjudged(subject, Finding.meta(r.getMetaData(), "judges", r), Finding.meta(r.getMetaData(), "wants", r));
  }

  /** "notice-period (no `notice-sent:`)". */
  public String text() {
    return rule + " (" + wants + ")";
  }

  /** The parts in rule order, each once: "notice-period (...), quorum (...)". */
  public static String join(Collection<?> parts) {
    return String.join(", ", new TreeSet<>(parts.stream().map(String::valueOf).toList()));
  }
}
