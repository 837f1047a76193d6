package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every DRL rule, not only every rule id, is exercised by the cases of its id: it fires in at least
 * one case and stays silent in at least one other (in the spirit of Checkstyle's AllChecksTest). A
 * rule that never fires is dead text beside its clause; one that fires in every case is untested
 * on its compliant side.
 */
class RuleCoverageTest {
  @TempDir static Path temp;

  /** For each case, the DRL rules that fired, by the case's rule id. */
  static final Map<RuleCases.Case, Set<String>> FIRED = new LinkedHashMap<>();

  @BeforeAll
  static void runEveryCase() {
    for (RuleCases.Case c : RuleCases.all()) {
      Set<String> fired = new HashSet<>();
      c.run(temp, fired::add);
      FIRED.put(c, fired);
    }
  }

  static List<Rule> drlRules() {
    List<Rule> out = new ArrayList<>();
    for (KiePackage p : RuleBase.kieBase().getKiePackages()) out.addAll(p.getRules());
    out.sort(java.util.Comparator.comparing(Rule::getName));
    return out;
  }

  static String id(Rule r) {
    return Finding.meta(r.getMetaData(), "id", r);
  }

  @Test
  void everyDrlRuleFiresInACaseOfItsIdAndIsSilentInAnother() {
    List<String> neverFires = new ArrayList<>();
    List<String> neverSilent = new ArrayList<>();
    for (Rule r : drlRules()) {
      List<Set<String>> mine = FIRED.entrySet().stream().filter(e -> e.getKey().rule().equals(id(r)))
          .map(Map.Entry::getValue).toList();
      if (mine.stream().noneMatch(f -> f.contains(r.getName()))) neverFires.add(id(r) + ": \"" + r.getName() + "\"");
      if (mine.stream().allMatch(f -> f.contains(r.getName()))) neverSilent.add(id(r) + ": \"" + r.getName() + "\"");
    }
    // rules that no case has ever made fire: each needs a case, or is dead and must go; the list may
    // only shrink (a rule that now fires fails this test until it is taken off)
    assertThat(neverFires).as("DRL rules that fire in no case of rules/cases/<id>.yaml").containsExactlyInAnyOrder(
        "consensus-before-vote: \"Adjourned for consensus after the vote\"",
        "minutes-approval: \"Approved minutes not recorded as signed\"",
        "presiding-order: \"Presiding while the vice-chairman is present\"",
        "casting-vote: \"Result contradicts the casting vote\"",
        "substitute-eligibility: \"Two substitutes for one member\"");
    assertThat(neverSilent).as("DRL rules that fire in every case of their id").isEmpty();
  }

  @Test
  void everyIdHasOneTitle() {
    Map<String, Set<String>> titles = new LinkedHashMap<>();
    for (Rule r : drlRules()) {
      Object t = r.getMetaData().get("title");
      if (t != null) titles.computeIfAbsent(id(r), k -> new HashSet<>()).add(t.toString());
    }
    titles.forEach((id, t) -> assertThat(t).as(id + " has several titles").hasSize(1));
  }
}
