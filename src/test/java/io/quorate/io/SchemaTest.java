package io.quorate.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quorate.cli.Cli;
import io.quorate.engine.RuleCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The JSON Schema cannot drift from the loader: it is generated from the readers, the committed copy
 * must equal the generated one, every example, template and rule case validates against it, and for
 * every kind the loader accepts exactly the keys the schema lists.
 */
class SchemaTest {
  static final Path COMMITTED = Path.of("schema/quorate.schema.json");
  static final String HEADER = "# yaml-language-server: $schema=";
  static final ObjectMapper M = new ObjectMapper();

  @TempDir Path temp;

  static JsonNode schemaJson() throws IOException {
    return M.readTree(Cli.run("schema").out());
  }

  static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaJson());
  }

  /** YAML 1.2 reading, as editors do: dates stay strings. */
  static Yaml yaml() {
    // dates stay the strings they were written as, as the rule cases read them
    return io.quorate.engine.RuleCases.caseYaml();
  }

  static List<Path> exampleFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : List.of(Path.of("examples"), Path.of("src/test/resources/golden/input"))) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void theCommittedCopyIsUpToDate() throws IOException {
    String generated = Cli.run("schema").out();
    if (Boolean.getBoolean("schema.update")) Files.writeString(COMMITTED, generated);
    assertThat(COMMITTED).as("schema/quorate.schema.json is missing; run mvn test -Dtest=SchemaTest -Dschema.update=true").exists();
    assertThat(Files.readString(COMMITTED)).as("schema/quorate.schema.json is stale; run mvn test -Dtest=SchemaTest "
        + "-Dschema.update=true").isEqualTo(generated);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleStartsWithTheSchemaLineAndValidates() throws IOException {
    JsonSchema schema = schema();
    return exampleFiles().stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
      String text = Files.readString(f);
      Path target = f.getParent().relativize(COMMITTED);
      assertThat(text.lines().findFirst().orElse("")).as(f + " first line").isEqualTo(HEADER + target.toString().replace('\\', '/'));
      for (Object doc : yaml().loadAll(text)) {
        assertThat(schema.validate(M.valueToTree(doc))).as(f.toString()).isEmpty();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleCaseInputAndTemplateValidates() throws IOException {
    JsonSchema schema = schema();
    List<DynamicTest> tests = new ArrayList<>();
    for (RuleCases.Case c : RuleCases.all()) {
      tests.add(DynamicTest.dynamicTest(c.rule() + ": " + c.name(), () -> {
        for (Object doc : c.input()) assertThat(schema.validate(M.valueToTree(doc))).as(doc.toString()).isEmpty();
        if (!c.waivers().isEmpty()) assertThat(schema.validate(M.valueToTree(Map.of("waivers", c.waivers())))).isEmpty();
      }));
    }
    for (String kind : List.of("board", "meeting")) {
      tests.add(DynamicTest.dynamicTest("init " + kind, () -> {
        for (Object doc : yaml().loadAll(Cli.run("init", kind).out())) assertThat(schema.validate(M.valueToTree(doc))).isEmpty();
      }));
    }
    return tests.stream();
  }

  @Test
  void theSchemaListsExactlyTheKeysTheLoaderAccepts() throws Exception {
    JsonNode defs = schemaJson().get("definitions");
    Map<String, Set<String>> loader = Schema.topLevelKeys();
    assertThat(defs.fieldNames()).toIterable().containsExactlyElementsOf(loader.keySet());
    for (var e : loader.entrySet()) {
      Set<String> props = new TreeSet<>();
      defs.get(e.getKey()).get("properties").fieldNames().forEachRemaining(props::add);
      assertThat(props).as(e.getKey()).isEqualTo(new TreeSet<>(e.getValue()));
    }
    // the real loader takes every key the schema lists for a kind (none is "unknown") ...
    JsonSchema schema = schema();
    for (String kind : Schema.kinds()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      defs.get(kind).get("properties").fieldNames().forEachRemaining(k -> doc.put(k, null));
      doc.put("kind", kind);
      Path f = temp.resolve(kind + ".yaml");
      Files.writeString(f, new Yaml().dump(doc));
      InputException ex = catchThrowableOfType(() -> InputLoader.load(List.of(f)), InputException.class);
      if (ex != null) {
        assertThat(ex.problems()).as(kind).noneMatch(p -> p.message().contains("unknown key"));
      }
      // ... and both reject a key that is not read
      doc.put("notice-sentt", "2013-05-20");
      Files.writeString(f, new Yaml().dump(doc));
      InputException bad = catchThrowableOfType(() -> InputLoader.load(List.of(f)), InputException.class);
      assertThat(bad.problems()).as(kind).anyMatch(p -> p.message().contains("unknown key `notice-sentt`"));
      assertThat(schema.validate(M.valueToTree(Map.of("kind", kind, "notice-sentt", "2013-05-20")))).as(kind).isNotEmpty();
    }
  }

  @Test
  void theSchemaCatchesTypeErrorsTheLoaderReports() throws IOException {
    JsonSchema schema = schema();
    assertThat(schema.validate(M.readTree("{\"kind\": \"meeting\", \"board\": \"b\", \"date\": \"29 May 2013\"}"))).isNotEmpty();
    assertThat(schema.validate(M.readTree("{\"kind\": \"meeting\", \"board\": \"b\", \"date\": \"2013-05-29\", \"type\": \"annual\"}")))
        .isNotEmpty();
    assertThat(schema.validate(M.readTree("{\"kind\": \"board\", \"id\": \"b\", \"members\": [{\"name\": \"no id\"}]}"))).isNotEmpty();
    assertThat(schema.validate(M.readTree("{\"kind\": \"board\", \"id\": \"b\", \"procedure\": {\"notice-days\": 3}}"))).isEmpty();
    // a worded switch takes the readings the checker accepts, and nothing else (HostileInputTest: the loader)
    assertThat(schema.validate(M.readTree("{\"kind\": \"board\", \"id\": \"b\", \"procedure\": {\"majority-basis\": \"present\"}}")))
        .isEmpty();
    assertThat(schema.validate(M.readTree("{\"kind\": \"board\", \"id\": \"b\", \"procedure\": {\"majority-basis\": \"presnt\"}}")))
        .isNotEmpty();
    assertThat(schemaJson().at("/definitions/board/properties/procedure").findValue("minutes-approved-at").get("enum"))
        .extracting(JsonNode::asText).containsExactly("next", "next-meeting", "next-ordinary");
    assertThat(schema.validate(M.readTree("{\"kind\": \"council\"}"))).isNotEmpty();
    assertThat(schema.validate(M.readTree("{\"waivers\": [{\"rule\": \"quorum\", \"subject\": \"x\", \"reason\": \"r\", "
        + "\"owner\": \"o\", \"expires\": \"2026-01-01\", \"until\": \"x\"}]}"))).isNotEmpty();
  }
}
