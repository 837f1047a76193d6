package io.quorate.cli;

import io.quorate.engine.Checker;
import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import io.quorate.io.InputLoader;
import io.quorate.model.Corpus;
import io.quorate.model.Period;
import io.quorate.report.Renderer;
import io.quorate.report.Renderers;
import io.quorate.report.Results;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Loads boards, meetings, reports and panels (files, or folders searched for *.yaml and *.yml) and reports every breach of their procedure rules.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error or invalid input (each problem is named with file:line:column)"
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "YAML files or folders")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", completionCandidates = Renderers.class,
      description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--fail-on", defaultValue = "breach", paramLabel = "LEVEL",
      description = "exit 1 when a finding is at or above LEVEL: breach, warning, info or never (default: ${DEFAULT-VALUE})")
  String failOn;

  @Option(names = "--period", paramLabel = "FROM..TO",
      description = "the audit window for period rules (meeting frequency, reporting duties), e.g. 2014-04-01..2015-03-31; overrides each board's audit:")
  String period;

  @Mixin CalendarOptions calendarOptions;

  @Override
  public Integer call() {
    Renderer renderer = Renderers.get(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "unknown --format `" + format + "`; choose one of " + String.join(", ", Renderers.names())));
    Severity threshold = threshold();
    Period window = period == null ? null : parsePeriod(period);
    var calendar = calendarOptions.calendar();
    Corpus corpus = InputLoader.load(paths);
    List<Finding> findings = new Checker(calendar).check(corpus, window);
    Results results = new Results(VersionProvider.version(), corpus.files().size(), findings, corpus, calendar);
    renderer.render(results, spec.commandLine().getOut());
    return results.fails(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Severity threshold() {
    if (failOn.equals("never")) return null;
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown --fail-on `" + failOn + "`; choose breach, warning, info or never");
    }
  }

  private Period parsePeriod(String s) {
    String[] parts = s.split("\\.\\.");
    try {
      if (parts.length == 2) {
        LocalDate from = LocalDate.parse(parts[0].trim());
        LocalDate to = LocalDate.parse(parts[1].trim());
        if (!to.isBefore(from)) return new Period(from, to);
      }
    } catch (DateTimeParseException e) {
      // fall through to the message below
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "--period must be FROM..TO with real dates, FROM not after TO, e.g. 2014-04-01..2015-03-31; got `" + s + "`");
  }
}
