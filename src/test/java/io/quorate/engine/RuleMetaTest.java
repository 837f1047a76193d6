package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.engine.RuleCatalog.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every rule keeps its promises: an id, a severity, a title and message, a citation (document,
 * clause, quote) in at least one profile, and at least one breach and one compliant case; and
 * every case file and profile names only rules that exist.
 */
class RuleMetaTest {
  static final List<RuleInfo> RULES = RuleCatalog.rules();

  @Test
  void theRuleBaseHasTheHeadlineRules() {
    assertThat(RULES.stream().map(RuleInfo::id)).contains("notice-period", "quorum", "voting-group-single-vote",
        "casting-vote", "reporting-duty", "panel-lead-time", "holiday-data-coverage");
  }

  @Test
  void everyRuleHasMetadataAndACitation() {
    for (RuleInfo r : RULES) {
      assertThat(r.id()).matches("[a-z][a-z0-9-]+");
      assertThat(r.title()).as(r.id() + " title").isNotBlank();
      assertThat(r.variants()).as(r.id() + " variants").allSatisfy(v -> assertThat(v.message()).isNotBlank());
      assertThat(r.citations()).as(r.id() + " is cited by no profile").isNotEmpty();
      assertThat(r.citations()).allSatisfy(c -> {
        assertThat(c.source().document()).as(r.id() + " document").isNotBlank();
        assertThat(c.source().clause()).as(r.id() + " clause").isNotBlank();
        assertThat(c.source().quote()).as(r.id() + " quote").isNotBlank();
      });
    }
  }

  @Test
  void everyRuleHasABreachCaseAndACompliantCase() {
    List<RuleCases.Case> cases = RuleCases.all();
    for (RuleInfo r : RULES) {
      List<RuleCases.Case> mine = cases.stream().filter(c -> c.rule().equals(r.id())).toList();
      assertThat(mine).as(r.id() + " has no cases in rules/cases/" + r.id() + ".yaml").isNotEmpty();
      assertThat(mine).as(r.id() + " needs a case where it fires").anyMatch(RuleCases.Case::isBreachCase);
      assertThat(mine).as(r.id() + " needs a case where it stays silent").anyMatch(RuleCases.Case::isCompliantCase);
    }
  }

  @Test
  void caseFilesAndProfilesNameOnlyExistingRules() {
    Set<String> ids = RULES.stream().map(RuleInfo::id).collect(Collectors.toSet());
    for (var f : RuleCases.caseFiles()) {
      String name = f.getFileName().toString().replace(".yaml", "");
      assertThat(ids).as("case file " + f + " names no rule").contains(name);
      assertThat(RuleCases.read(f)).allSatisfy(c -> assertThat(c.rule()).isEqualTo(name));
    }
    for (Profile p : Profiles.builtIn().all()) {
      assertThat(ids).as("profile " + p.id() + " names rules that do not exist").containsAll(p.rules().keySet());
    }
  }

  @Test
  void severitiesAreOneOfThree() {
    assertThat(RULES).allSatisfy(r -> assertThat(r.severity()).isIn((Object[]) Severity.values()));
  }
}
