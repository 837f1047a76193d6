package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code quorate check PATH...} without picocli's command model: taken for plain paths only, and
 * the same exit code, report and errors as picocli's way ({@link Cli#run}) for what it takes.
 */
class DirectCheckTest {
  @TempDir Path dir;

  @Test
  void takesPlainPathsOnly() {
    assertThat(DirectCheck.paths("check", "examples")).containsExactly(Path.of("examples"));
    assertThat(DirectCheck.paths("check", "examples/kent-hwb-2013", "b.yaml"))
        .containsExactly(Path.of("examples/kent-hwb-2013"), Path.of("b.yaml"));
    // @ is not special (picocli's @file expansion is off): @args.txt is a file to check
    assertThat(DirectCheck.paths("check", "@args.txt")).containsExactly(Path.of("@args.txt"));
    // everything else is picocli's: no paths, options, --, empty arguments, other commands
    assertThat(DirectCheck.paths()).isNull();
    assertThat(DirectCheck.paths("check")).isNull();
    assertThat(DirectCheck.paths("check", "--format", "json", "examples")).isNull();
    assertThat(DirectCheck.paths("check", "examples", "-h")).isNull();
    assertThat(DirectCheck.paths("check", "--", "examples")).isNull();
    assertThat(DirectCheck.paths("check", "-")).isNull();
    assertThat(DirectCheck.paths("check", "")).isNull();
    assertThat(DirectCheck.paths("check", "a\0b")).isNull();
    assertThat(DirectCheck.paths("days", "2013-05-20", "2013-05-29")).isNull();
    assertThat(DirectCheck.paths("help", "check")).isNull();
    assertThat(DirectCheck.paths("examples")).isNull();
  }

  @Test
  void aPicocliSystemPropertyLeavesTheParsingToPicocli() {
    System.setProperty("picocli.trimQuotes", "true");
    try {
      assertThat(DirectCheck.paths("check", "examples")).isNull();
    } finally {
      System.clearProperty("picocli.trimQuotes");
    }
    assertThat(DirectCheck.paths("check", "examples")).isNotNull();
  }

  @Test
  void findingsAsPicocliWouldReportThem() {
    Cli direct = sameAsPicocli("check", "examples");
    assertThat(direct.exit()).isEqualTo(1);
    assertThat(direct.out()).contains("26 files checked: 14 breaches, 7 warnings, 17 info");
    assertThat(direct.err()).isEmpty();
    sameAsPicocli("check", "examples/kent-hwb-2013", "examples/soip-2015");
  }

  @Test
  void warningsBelowTheDefaultFailOnExitZero() {
    // --fail-on's default (breach) now sits on the field, where both ways read it
    Cli direct = sameAsPicocli("check", "examples/kct-2011");
    assertThat(direct.out()).contains("1 file checked: 0 breaches, 2 warnings, 0 info");
    assertThat(direct.exit()).isZero();
    assertThat(Cli.run("check", "--help").out()).contains("never (default: breach)");
  }

  @Test
  void inputErrorsAsPicocliWouldReportThem() throws IOException {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, HostileInputTest.MEETING.replace("notice-sent:", "notice-snt:"), StandardCharsets.UTF_8);
    Cli direct = sameAsPicocli("check", typo.toString());
    assertThat(direct.exit()).isEqualTo(2);
    assertThat(direct.out()).isEmpty();
    assertThat(direct.err()).contains(typo + ":13:1: error: unknown key `notice-snt` in this meeting; did you mean `notice-sent`?")
        .endsWith("1 problem in the input; nothing was checked. Fix it and run again." + System.lineSeparator());

    Cli missing = sameAsPicocli("check", dir.resolve("no-such-file.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-file.yaml").doesNotContain("Exception");
  }

  @Test
  void setsEveryOptionAsPicocliWouldForPlainPaths() throws IllegalAccessException {
    // a default written as an annotation's defaultValue (or an arity, a split, a converter) would be
    // applied by picocli and not by the direct way: compare every option and parameter, mixins too
    CommandLine cl = QuorateCommand.commandLine("check", "x.yaml", "y");
    CommandLine.ParseResult parsed = cl.parseArgs("check", "x.yaml", "y");
    Object byPicocli = parsed.subcommand().commandSpec().userObject();
    Object direct = new CheckCommand(List.of(Path.of("x.yaml"), Path.of("y")), null, null);
    assertThat(sameOptions(direct, byPicocli)).as("options compared").isGreaterThanOrEqualTo(10);
  }

  /** Asserts each option, parameter and mixin field is equal in both; returns how many were compared. */
  private static int sameOptions(Object a, Object b) throws IllegalAccessException {
    int compared = 0;
    for (Field f : a.getClass().getDeclaredFields()) {
      f.setAccessible(true);
      if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
        compared += sameOptions(f.get(a), f.get(b));
      } else if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
        assertThat(f.get(a)).as(f.getName()).isEqualTo(f.get(b));
        compared++;
      }
    }
    return compared;
  }

  /** Runs the arguments through {@link Main#run} (the direct way) and asserts picocli's way gives the same. */
  static Cli sameAsPicocli(String... args) {
    assertThat(DirectCheck.paths(args)).as("taken directly").isNotNull();
    Cli direct = Cli.main(args);
    assertThat(direct).isEqualTo(Cli.run(args));
    return direct;
  }
}
