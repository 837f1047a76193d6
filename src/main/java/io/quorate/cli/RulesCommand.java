package io.quorate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quorate.engine.RuleCatalog;
import io.quorate.engine.RuleCatalog.Citation;
import io.quorate.engine.RuleCatalog.RuleInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists the rule catalogue: each rule's id, severity, title, and the clause and quote each profile cites.")
final class RulesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  record JsonSource(String profile, String document, String clause, String quote, Map<String, Object> parameters) {}

  record JsonRule(String id, String severity, String title, List<JsonSource> source) {}

  @Override
  public Integer call() throws JsonProcessingException {
    List<RuleInfo> rules = RuleCatalog.rules();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> {
        List<JsonRule> json = rules.stream().map(r -> new JsonRule(r.id(), r.severity().key(), r.title(),
            r.citations().stream().map(c -> new JsonSource(c.profile(), c.source().document(), c.source().clause(),
                c.source().quote(), c.parameters())).toList())).toList();
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
      }
      case "text" -> {
        for (RuleInfo r : rules) {
          out.printf("%-26s %-8s %s%n", r.id(), r.severity().key(), r.title());
          for (Citation c : r.citations()) {
            out.printf("    %s: %s, %s%s%n", c.profile(), c.source().document(), c.source().clause(),
                c.parameters().isEmpty() ? "" : " " + c.parameters());
          }
        }
      }
      default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format `" + format + "`; choose text or json");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
