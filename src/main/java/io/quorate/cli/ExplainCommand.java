package io.quorate.cli;

import io.quorate.engine.Parameter;
import io.quorate.engine.RuleCatalog;
import io.quorate.engine.RuleCatalog.Citation;
import io.quorate.engine.RuleCatalog.RuleInfo;
import io.quorate.engine.RuleCatalog.Variant;
import io.quorate.io.Suggest;
import io.quorate.report.RulesDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Explains one rule: its title and severity, the clause and quote each profile cites with its "
        + "parameters, and a breach and a compliant example from the rule's cases.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the rule was explained", "2:no such rule (the nearest rule id is suggested)"})
final class ExplainCommand implements Callable<Integer> {
  static final String CASES = "/io/quorate/rules/cases/";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", description = "a rule id, as `quorate rules` lists them")
  String rule;

  @Override
  public Integer call() {
    List<RuleInfo> rules = RuleCatalog.rules();
    List<String> ids = rules.stream().map(RuleInfo::id).toList();
    RuleInfo r = rules.stream().filter(x -> x.id().equals(rule)).findFirst().orElseThrow(() ->
        new CommandLine.ParameterException(spec.commandLine(), "unknown rule `" + rule + "`" + Suggest.didYouMean(rule, ids)
            + "; `quorate rules` lists them all"));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s (%s): %s%n", r.id(), r.severity().key(), r.title());
    out.println();
    out.println("Messages:");
    for (Variant v : r.variants()) out.printf("  %s: %s%n", v.name(), v.message());
    for (Citation c : r.citations()) {
      out.println();
      out.printf("Profile %s: %s, %s%n", c.profile(), c.source().document(), c.source().clause());
      out.printf("  \"%s\"%n", c.source().quote().trim());
      if (!c.parameters().isEmpty()) {
        out.println("  Parameters:");
        for (var p : new TreeMap<>(c.parameters()).entrySet()) out.printf("    %s: %s%n", p.getKey(), RulesDoc.value(p.getValue()));
      }
      if (c.note() != null && !c.note().isBlank()) out.printf("  Note: %s%n", c.note().trim());
    }
    List<Parameter> params = io.quorate.engine.Parameters.declared().ofRule(r.id());
    if (!params.isEmpty()) {
      out.println();
      out.println("Parameters (a board changes them under procedure:):");
      for (Parameter p : params) {
        out.printf("  %s: %s. %s Default: %s.%n", p.name(), p.expected(), p.meaning(), RulesDoc.value(p.dflt()));
        p.readings().forEach((k, v) -> out.printf("    %s: %s%n", k, v));
      }
    }
    Map<String, Object> cases = cases(r.id());
    if (cases != null) {
      example(out, cases, true);
      example(out, cases, false);
    }
    out.flush();
    return ExitCodes.OK;
  }

  @SuppressWarnings("unchecked")
  private static void example(PrintWriter out, Map<String, Object> doc, boolean breach) {
    for (Map<String, Object> c : (List<Map<String, Object>>) doc.getOrDefault("cases", List.of())) {
      List<Object> expect = (List<Object>) c.getOrDefault("expect", List.of());
      if (expect.isEmpty() == breach) continue;
      out.println();
      out.printf("%s example: %s%n", breach ? "Breach" : "Compliant", c.get("name"));
      if (c.get("files") != null) out.printf("  with the files %s (paths relative to rules/cases/)%n", c.get("files"));
      if (c.get("period") != null) out.printf("  audit period %s%n", c.get("period"));
      Object input = c.get("input");
      if (input != null) {
        List<Object> docs = input instanceof List<?> l ? (List<Object>) l : List.of(input);
        for (Object d : docs) {
          out.println("  ---");
          for (String line : dumper().dump(d).split("\\R")) out.println("  " + line);
        }
      }
      if (breach) {
        out.println("  finds:");
        for (Object e : expect) out.println("    " + flow().dump(e).trim());
      } else {
        out.println("  finds nothing for this rule");
      }
      return;
    }
  }

  /** The rule's cases file from the jar (rules/cases/RULE.yaml), or null. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> cases(String id) {
    try (InputStream in = ExplainCommand.class.getResourceAsStream(CASES + id + ".yaml")) {
      if (in == null) return null;
      DumperOptions d = new DumperOptions();
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(d), d, new LoaderOptions(), noTimestamps());
      return yaml.load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return null;
    }
  }

  /** Dates stay the plain strings they were written as (no quotes when dumped back). */
  private static Resolver noTimestamps() {
    return new Resolver() {
      @Override
      public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
        if (!Tag.TIMESTAMP.equals(tag)) super.addImplicitResolver(tag, regexp, first, limit);
      }
    };
  }

  private static Yaml dumper() {
    return yaml(DumperOptions.FlowStyle.BLOCK);
  }

  private static Yaml flow() {
    return yaml(DumperOptions.FlowStyle.FLOW);
  }

  private static Yaml yaml(DumperOptions.FlowStyle style) {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(style);
    o.setWidth(200);
    return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(o), o, new LoaderOptions(), noTimestamps());
  }
}
