package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorate.engine.Profiles;
import io.quorate.engine.RuleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md must be what the rule metadata and profiles generate. */
class RulesDocTest {
  static final Path DOC = Path.of("docs", "rules.md");

  @Test
  void docsRulesMdIsCurrent() throws Exception {
    String generated = RulesDoc.render(RuleCatalog.rules(), Profiles.builtIn());
    if (Boolean.getBoolean("quorate.regenerate")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC)).as("docs/rules.md is missing: run mvn -q test -Dtest=RulesDocTest -Dquorate.regenerate=true").isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: run mvn -q test -Dtest=RulesDocTest -Dquorate.regenerate=true")
        .isEqualTo(generated);
  }

  @Test
  void everyRuleHasASection() {
    String doc = RulesDoc.render(RuleCatalog.rules(), Profiles.builtIn());
    RuleCatalog.rules().forEach(r -> assertThat(doc).contains("\n## " + r.id() + "\n"));
    assertThat(doc).contains("The County Council gives at least five clear working days' notice");
  }
}
