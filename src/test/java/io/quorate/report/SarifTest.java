package io.quorate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quorate.cli.Cli;
import io.quorate.engine.RuleCatalog;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SARIF output is valid against the OASIS SARIF 2.1.0 schema, lists the catalogue, and locates every result. */
class SarifTest {
  static final ObjectMapper M = new ObjectMapper();

  static JsonSchema oasis() throws Exception {
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  static JsonNode sarif(String... paths) throws Exception {
    List<String> args = new ArrayList<>(List.of("check", "--format", "sarif", "--today", "2026-01-15"));
    args.addAll(List.of(paths));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    return M.readTree(r.out());
  }

  @Test
  void validAgainstTheOasisSchemaWithLineNumbersForEveryResult() throws Exception {
    JsonSchema schema = oasis();
    for (String path : List.of("examples", "src/test/resources/golden/input")) {
      JsonNode log = sarif(path);
      Set<ValidationMessage> errors = schema.validate(log);
      assertThat(errors).as(path).isEmpty();
      JsonNode results = log.at("/runs/0/results");
      assertThat(results.size()).as(path).isPositive();
      for (JsonNode r : results) {
        JsonNode loc = r.at("/locations/0/physicalLocation");
        assertThat(loc.at("/region/startLine").asInt()).isPositive();
        assertThat(loc.at("/region/startColumn").asInt()).isPositive();
        assertThat(loc.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(loc.at("/artifactLocation/uri").asText()).startsWith(path + "/").endsWith(".yaml");
        assertThat(r.get("level").asText()).isIn("error", "warning", "note");
        String id = r.get("ruleId").asText();
        assertThat(log.at("/runs/0/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(id);
      }
    }
  }

  @Test
  void theDriverListsTheWholeCatalogueWithClausesAndLevels() throws Exception {
    JsonNode rules = sarif("examples/kent-hwb-2013").at("/runs/0/tool/driver/rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(RuleCatalog.rules().stream().map(RuleCatalog.RuleInfo::id).toList());
    JsonNode notice = rules.get(ids.indexOf("notice-period"));
    assertThat(notice.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(notice.at("/shortDescription/text").asText()).isNotBlank();
    assertThat(notice.at("/help/text").asText()).contains("kent-hwb-2015: 002_968f3d213a795f1d.txt, Procedure Rules, 4. Meeting Administration")
        .contains("five clear working days' notice");
    assertThat(rules.get(ids.indexOf("holiday-data-coverage")).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(rules.get(ids.indexOf("audit-period-missing")).at("/defaultConfiguration/level").asText()).isEqualTo("note");
  }

  @Test
  void aBreachIsAnErrorAtItsLineAndAWaivedOneIsSuppressed() throws Exception {
    JsonNode results = sarif("src/test/resources/golden/input").at("/runs/0/results");
    JsonNode late = null;
    JsonNode waived = null;
    for (JsonNode r : results) {
      if (r.get("ruleId").asText().equals("notice-period")) {
        if (r.has("suppressions")) waived = r;
        else late = r;
      }
    }
    assertThat(late.get("level").asText()).isEqualTo("error");
    assertThat(late.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
    assertThat(late.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(14);
    assertThat(late.at("/message/text").asText()).startsWith("Notice sent Tue 21 May 2013 gives 4 clear working days");
    assertThat(waived.at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(waived.at("/suppressions/0/justification").asText()).startsWith("Agenda reissued");
    assertThat(waived.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
  }

  @Test
  void aRelativePathWithAColonInItsFirstSegmentIsNotReadAsAScheme() {
    // before: new URI(...) threw, and the whole check ended in an internal error
    assertThat(SarifRenderer.relativeUri("a:b.yaml")).isEqualTo("./a:b.yaml");
    assertThat(java.net.URI.create(SarifRenderer.relativeUri("a:b.yaml")).getScheme()).isNull();
    assertThat(SarifRenderer.relativeUri("meetings/a:b.yaml")).isEqualTo("meetings/a:b.yaml");
    assertThat(SarifRenderer.relativeUri("2013 minutes\\caf\u00e9.yaml")).isEqualTo("2013%20minutes/caf%C3%A9.yaml");
  }
}
