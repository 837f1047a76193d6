package io.quorate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorate.engine.BodyRules;
import io.quorate.engine.Profiles;
import io.quorate.io.Schema;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Prints the JSON Schema (draft-07) of the input: every kind of document, and the waivers file.",
        "Generated from the loader itself, so it accepts exactly the keys `check` reads. Editors use it for "
            + "completion and validation: start a YAML file with",
        "  # yaml-language-server: $schema=<path to quorate.schema.json>"})
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static String text() throws JsonProcessingException {
    ObjectNode schema = Schema.build();
    // `procedure:` takes the parameters of the built-in profiles (the checker rejects any other name)
    ObjectNode procedure = (ObjectNode) schema.at("/definitions/board/properties/procedure");
    ObjectNode target = procedure.has("anyOf") ? (ObjectNode) procedure.get("anyOf").get(0) : procedure;
    ObjectNode props = target.putObject("properties");
    Profiles profiles = Profiles.builtIn();
    for (var e : new TreeMap<>(profiles.parameterRules()).entrySet()) {
      ObjectNode param = props.putObject(e.getKey());
      param.put("description", "parameter of " + (e.getValue().size() == 1 ? "rule " : "rules ")
          + String.join(", ", e.getValue())
          + " (built-in default: " + profiles.defaultValue(e.getKey()) + ")");
      // a worded switch takes only the readings its rules tell apart, as the checker insists
      List<String> readings = BodyRules.readings(e.getKey());
      if (!readings.isEmpty()) readings.forEach(param.putArray("enum")::add);
    }
    target.put("additionalProperties", false);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
  }

  @Override
  public Integer call() throws JsonProcessingException {
    spec.commandLine().getOut().print(text());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
