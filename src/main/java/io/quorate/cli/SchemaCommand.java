package io.quorate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorate.engine.Parameter;
import io.quorate.engine.Parameters;
import io.quorate.io.Schema;
import java.util.List;
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
    // `procedure:` takes the declared parameters, each typed as the checker reads it (it rejects any other)
    for (Parameter p : Parameters.declared().all().stream().sorted(java.util.Comparator.comparing(Parameter::name)).toList()) {
      ObjectNode param = props.putObject(p.name());
      param.put("description", p.meaning() + " Read by " + String.join(", ", p.rules()) + "; default: "
          + (p.dflt() instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : p.dflt()) + ".");
      type(param, p);
    }
    target.put("additionalProperties", false);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
  }

  /** The JSON Schema of one parameter's value, as strict as {@link Parameter#read}. */
  static void type(ObjectNode param, Parameter p) {
    switch (p.type()) {
      case COUNT -> param.put("type", "integer").put("minimum", p.min()).put("maximum", p.max());
      case FRACTION -> param.put("type", "string").put("pattern", "^[1-9][0-9]*/[1-9][0-9]*$");
      case YES_NO -> param.put("type", "boolean");
      case DAY_OF_YEAR -> param.put("type", "string").put("pattern", "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
      case READING -> p.sortedReadings().forEach(param.putArray("enum")::add);
      case NAME -> param.put("type", "string").put("minLength", 1);
      case READINGS, IDS, NAMES -> {
        // one value, or a list of one or more, each once
        ObjectNode one = new ObjectMapper().createObjectNode();
        if (p.type() == Parameter.Type.READINGS) p.sortedReadings().forEach(one.putArray("enum")::add);
        else if (p.type() == Parameter.Type.IDS) one.put("type", "string").put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
        else one.put("type", "string").put("minLength", 1);
        var any = param.putArray("anyOf");
        any.add(one.deepCopy());
        ObjectNode list = any.addObject().put("type", "array").put("minItems", 1).put("uniqueItems", true);
        list.set("items", one);
      }
    }
  }

  @Override
  public Integer call() throws JsonProcessingException {
    spec.commandLine().getOut().print(text());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
