package io.quorate.engine;

import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputLoader;
import io.quorate.io.WaiverFile;
import io.quorate.model.Corpus;
import io.quorate.model.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The data-driven rule cases in rules/cases/&lt;rule-id&gt;.yaml: each case loads its files and inline
 * input through the real loader, checks them, and lists the findings of the file's rule it expects.
 */
public final class RuleCases {
  public static final Path DIR = Path.of("rules", "cases");

  /**
   * One expected finding: severity, and optionally subject, a message fragment, a count, and where
   * it points ({@code at}: {@code line:column}, or {@code file:line:column} with the file's name or
   * the end of its path).
   */
  public record Expect(String severity, String subject, String messageContains, int count, String at) {
    public Expect(String severity, String subject, String messageContains, int count) {
      this(severity, subject, messageContains, count, null);
    }
  }

  public record Case(String rule, Path file, String name, List<Path> files, List<Object> input, Period period,
      List<Expect> expect, List<Object> waivers, LocalDate today) {
    /** A case where the rule fires (its "breach case", whatever the rule's severity). */
    public boolean isBreachCase() {
      return !expect.isEmpty();
    }

    public boolean isCompliantCase() {
      return expect.isEmpty();
    }

    /** Loads and checks this case; returns the findings of every rule. */
    public List<Finding> run(Path tempDir) {
      return run(tempDir, null);
    }

    /** As {@link #run(Path)}, telling {@code fired} the name of each DRL rule that fires. */
    public List<Finding> run(Path tempDir, java.util.function.Consumer<String> fired) {
      Checker checker = new Checker(WorkingDays.builtIn());
      if (fired != null) {
        checker.listening(new org.kie.api.event.rule.DefaultAgendaEventListener() {
          @Override
          public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent e) {
            fired.accept(e.getMatch().getRule().getName());
          }
        });
      }
      List<Path> paths = new ArrayList<>(files);
      if (!input.isEmpty()) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Yaml yaml = new Yaml(o);
        StringBuilder text = new StringBuilder();
        for (Object doc : input) text.append("---\n").append(yaml.dump(doc));
        Path inline = tempDir.resolve("case-input.yaml");
        try {
          Files.writeString(inline, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        paths.add(inline);
      }
      Corpus corpus = InputLoader.load(paths);
      if (!waivers.isEmpty()) {
        // optional `waivers:` (a waivers file's entries, `file:` relative to the inline input's folder)
        Path w = tempDir.resolve("waivers.yaml");
        try {
          Files.writeString(w, new Yaml().dump(Map.of("waivers", waivers)), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return checker.check(corpus, period, WaiverFile.load(List.of(w)),
            today == null ? LocalDate.now() : today).findings();
      }
      return checker.check(corpus, period);
    }
  }

  private RuleCases() {}

  /** Dates stay the strings they were written as, so inline input round-trips unchanged. */
  public static Yaml caseYaml() {
    DumperOptions d = new DumperOptions();
    Resolver noTimestamps = new Resolver() {
      @Override
      public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
        if (!Tag.TIMESTAMP.equals(tag)) super.addImplicitResolver(tag, regexp, first, limit);
      }
    };
    return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(d), d, new LoaderOptions(), noTimestamps);
  }

  public static List<Path> caseFiles() {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every case, read once per JVM and shared (do not modify a case's input). PIT runs each dynamic
   * test of {@link RuleCasesTest} on its own, and every run calls the test factory: re-reading all
   * the case files each time was most of what a mutant of the engine cost. Reading the cases uses
   * only SnakeYAML and the model records, which PIT does not mutate, so a cached case is the same
   * under every mutant.
   */
  public static List<Case> all() {
    return All.CASES;
  }

  private static final class All {
    static final List<Case> CASES = load();

    private static List<Case> load() {
      List<Case> out = new ArrayList<>();
      for (Path f : caseFiles()) out.addAll(read(f));
      return List.copyOf(out);
    }
  }

  @SuppressWarnings("unchecked")
  public static List<Case> read(Path file) {
    Map<String, Object> doc;
    try {
      doc = caseYaml().load(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String rule = (String) doc.get("rule");
    List<Case> out = new ArrayList<>();
    for (Map<String, Object> c : (List<Map<String, Object>>) doc.get("cases")) {
      List<Path> files = ((List<String>) c.getOrDefault("files", List.of())).stream()
          .map(f -> file.getParent().resolve(f).normalize()).toList();
      Object in = c.get("input");
      List<Object> input = in == null ? List.of() : in instanceof List<?> l ? (List<Object>) l : List.of(in);
      Period period = null;
      if (c.get("period") != null) {
        String[] p = c.get("period").toString().split("\\.\\.");
        period = new Period(LocalDate.parse(p[0].trim()), LocalDate.parse(p[1].trim()));
      }
      List<Expect> expect = new ArrayList<>();
      for (Map<String, Object> e : (List<Map<String, Object>>) c.get("expect")) {
        expect.add(new Expect((String) e.get("severity"), (String) e.get("subject"), (String) e.get("message-contains"),
            e.get("count") == null ? 1 : (Integer) e.get("count"), e.get("at") == null ? null : e.get("at").toString()));
      }
      List<Object> waivers = (List<Object>) c.getOrDefault("waivers", List.of());
      LocalDate today = c.get("today") == null ? null : LocalDate.parse(c.get("today").toString());
      out.add(new Case(rule, file, (String) c.get("name"), files, input, period, List.copyOf(expect), waivers, today));
    }
    return out;
  }
}
