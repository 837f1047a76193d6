package io.quorate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quorate.io.Schema;
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
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Schema.build()) + "\n";
  }

  @Override
  public Integer call() throws JsonProcessingException {
    spec.commandLine().getOut().print(text());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
