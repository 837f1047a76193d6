package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one declaration of the rules' parameters (rules/parameters.yaml) against everything that reads
 * or sets a parameter: the DRL, the derivers, the profiles.
 */
class ParametersTest {
  static final Parameters DECLARED = Parameters.declared();

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Path> files(String dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(Path.of(dir))) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void everyParameterADrlRuleReadsIsDeclaredForTheRuleWhoseConfigItReads() throws IOException {
    // `$p.intParam("papers-days")` reads the parameter of the rule $p is the RuleConfig of, which may be
    // another rule than the one reading it (late-papers reads papers-period's papers-days)
    Pattern rule = Pattern.compile("(?s)\\brule\\s+\"[^\"]+\"(.*?)\\bend\\b");
    Pattern config = Pattern.compile("(\\$\\w+)\\s*:\\s*RuleConfig\\(([^\\n]*?rule\\s*==\\s*\"([a-z0-9-]+)\"[^\\n]*)");
    Pattern reads = Pattern.compile("(\\$\\w+)?\\.?(?:intParam|word|fraction|param|list|containsKey)\\(\\s*\"([a-z0-9-]+)\"");
    int checked = 0;
    for (Path f : files("rules", ".drl")) {
      Matcher m = rule.matcher(read(f));
      while (m.find()) {
        Map<String, String> ruleOf = new java.util.HashMap<>();
        Matcher c = config.matcher(m.group(1));
        while (c.find()) {
          ruleOf.put(c.group(1), c.group(3));
          Matcher inside = reads.matcher(c.group(2));
          while (inside.find()) checked += declaredFor(f, inside.group(2), c.group(3));
        }
        Matcher r = reads.matcher(m.group(1));
        while (r.find()) {
          if (r.group(1) == null) continue; // inside a RuleConfig pattern: done above
          assertThat(ruleOf).as(f + ": " + r.group(1) + " is not a RuleConfig").containsKey(r.group(1));
          checked += declaredFor(f, r.group(2), ruleOf.get(r.group(1)));
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  private static int declaredFor(Path f, String name, String rule) {
    if (name.equals(Profiles.VARIANT)) return 0;
    assertThat(DECLARED.get(name)).as(f + ": rule " + rule + " reads undeclared parameter " + name).isPresent();
    assertThat(DECLARED.get(name).orElseThrow().rules()).as(f + ": " + name + " is not declared for " + rule).contains(rule);
    return 1;
  }

  @Test
  void everyDeclaredParameterIsReadByTheRulesOrTheirDerivers() throws IOException {
    String code = Stream.concat(files("rules", ".drl").stream(), files("src/main/java/io/quorate/engine", ".java").stream())
        .filter(p -> !p.getFileName().toString().startsWith("Parameter"))
        .map(ParametersTest::read).collect(Collectors.joining("\n"));
    for (Parameter p : DECLARED.all()) {
      assertThat(code).as(p.name() + " is declared but nothing reads it").contains("\"" + p.name() + "\"");
    }
  }

  @Test
  void everyDeclarationNamesExistingRulesAndAMeaning() {
    Set<String> ids = RuleCatalog.rules().stream().map(RuleCatalog.RuleInfo::id).collect(Collectors.toSet());
    for (Parameter p : DECLARED.all()) {
      assertThat(p.name()).matches(Parameter.KEBAB);
      assertThat(p.rules()).as(p.name()).isNotEmpty();
      assertThat(ids).as(p.name() + " names a rule that does not exist").containsAll(p.rules());
      assertThat(p.meaning()).as(p.name()).endsWith(".").hasSizeGreaterThan(20);
      p.readings().forEach((k, v) -> assertThat(v).as(p.name() + " reading " + k).endsWith("."));
    }
  }

  @Test
  void everyProfileValueIsDeclaredForItsRule() {
    // Profiles.parse refuses any other (the build fails): this shows it held for the shipped profiles
    int n = 0;
    for (Profile profile : Profiles.load().all()) {
      for (Profile.Entry e : profile.rules().values()) {
        for (String name : e.parameters().keySet()) {
          if (name.equals(Profiles.VARIANT)) continue;
          assertThat(DECLARED.get(name).orElseThrow().rules()).as(profile.id() + " " + e.rule() + " " + name).contains(e.rule());
          n++;
        }
      }
    }
    assertThat(n).isGreaterThan(50);
  }

  @Test
  void theDefaultOfEveryParameterIsAValueOfItsOwnType() {
    for (Parameter p : DECLARED.all()) {
      List<String> problems = new ArrayList<>();
      assertThat(p.read(p.dflt(), (i, m) -> problems.add(m))).as(p.name()).isEqualTo(p.dflt());
      assertThat(problems).as(p.name()).isEmpty();
    }
    assertThat(DECLARED.get("notice-days").orElseThrow().dflt()).isEqualTo(5);
    assertThat(DECLARED.get("quorum").orElseThrow().dflt()).isEqualTo("1/3");
    assertThat(DECLARED.get("meeting-types").orElseThrow().dflt())
        .isEqualTo(List.of("ordinary", "special", "requisitioned", "reconvened"));
    assertThat(DECLARED.ofRule("meeting-frequency")).extracting(Parameter::name).containsExactly("meetings-per-quarter",
        "max-gap-months", "gap-tolerance-days", "meetings-every-months", "blocks-start");
  }

  @Test
  void aBrokenDeclarationIsRefusedWithItsName() {
    assertThatThrownBy(() -> Parameters.parse("x-days: {type: count, unit: days, min: 0, max: 5, default: 9,"
        + " rules: [quorum], meaning: M.}")).hasMessage("parameter x-days: the default must be a whole number of days"
        + " from 0 to 5, not 9");
    assertThatThrownBy(() -> Parameters.parse("x: {type: reading, default: a, rules: [quorum], meaning: M.}"))
        .hasMessage("parameter x: readings go with types reading and readings, and only with them");
    assertThatThrownBy(() -> Parameters.parse("x: {type: yes-no, unit: days, default: true, rules: [quorum], meaning: M.}"))
        .hasMessage("parameter x: unit, min and max go with type count, and only with it");
    assertThatThrownBy(() -> Parameters.parse("x: {type: yes-no, default: true, meaning: M.}"))
        .hasMessage("parameter x: no rules");
    assertThatThrownBy(() -> Parameters.parse("x: {type: often, default: true, rules: [quorum], meaning: M.}"))
        .hasMessage("unknown parameter type often");
  }

  @Test
  void readingAValueNamesTheEntryItIsAbout() {
    Parameter types = DECLARED.get("meeting-types").orElseThrow();
    List<String> problems = new ArrayList<>();
    assertThat(types.read("special", (i, m) -> problems.add(i + " " + m))).isEqualTo(List.of("special"));
    assertThat(types.read(Map.of("a", 1), (i, m) -> problems.add(i + " " + m))).isNull();
    assertThat(DECLARED.get("quorum").orElseThrow().read(" 2 / 4 ", (i, m) -> problems.add(i + " " + m))).isEqualTo("2/4");
    assertThat(problems).containsExactly("-1 must be a list of ordinary, reconvened, requisitioned, special, not a mapping");
  }
}
