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

  /**
   * The rule base is built without property reactivity (RuleBase.NotPropertyReactive), which is
   * right only while no rule changes a fact it matched: findings are inserted, nothing is modified.
   */
  @Test
  void noRuleModifiesOrUpdatesAFact() throws java.io.IOException {
    java.util.regex.Pattern changes = java.util.regex.Pattern.compile("\\b(modify|update)\\s*\\(");
    List<java.nio.file.Path> drl;
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("rules"))) {
      drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
    }
    assertThat(drl).hasSizeGreaterThan(10);
    for (java.nio.file.Path f : drl) {
      String code = java.nio.file.Files.readString(f).replaceAll("//[^\\n]*", "");
      assertThat(changes.matcher(code).find()).as(f + " modifies or updates a fact").isFalse();
    }
    assertThat(changes.matcher("then modify( $m ) { setX(1) }").find()).isTrue();
    assertThat(new RuleBase.NotPropertyReactive().getOption(org.kie.internal.builder.conf.PropertySpecificOption.KEY))
        .isEqualTo(org.kie.internal.builder.conf.PropertySpecificOption.ALLOWED);
  }
}
