package io.quorate.cli;

import io.quorate.engine.Baseline;
import io.quorate.engine.Checker;
import io.quorate.engine.Outcome;
import io.quorate.engine.Finding;
import io.quorate.engine.Severity;
import io.quorate.report.AtomicFiles;
import io.quorate.io.InputFiles;
import io.quorate.io.InputLoader;
import io.quorate.io.Suggest;
import io.quorate.io.WaiverFile;
import io.quorate.model.Corpus;
import io.quorate.model.Period;
import io.quorate.model.Waiver;
import io.quorate.report.Renderer;
import io.quorate.report.Renderers;
import io.quorate.report.Results;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "YAML files or folders (taken as written: @x.yaml is"
      + " a file name, never a file of options)")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT[=FILE]", completionCandidates = Renderers.class,
      description = {"output format: ${COMPLETION-CANDIDATES} (default: text). Repeatable; FORMAT=FILE writes that "
          + "format to FILE (atomically), e.g. --format sarif=quorate.sarif --format junit=quorate.xml --format text; "
          + "at most one format goes to standard output"})
  List<String> formats = new ArrayList<>();

  @Option(names = "--waivers", paramLabel = "FILE",
      description = "a waivers file (default: " + WaiverFile.DEFAULT_NAME + " at the root of each folder checked)")
  Path waivers;

  @Option(names = "--baseline", paramLabel = "FILE", description = "report only findings not recorded in FILE (see --write-baseline)")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "record today's findings (after waivers) in FILE, for --baseline")
  Path writeBaseline;

  @Option(names = "--today", hidden = true, paramLabel = "DATE", description = "the date waivers' expiry is judged on (tests)")
  String today;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "exit 1 when a finding is at or above LEVEL: breach, warning, info or never (default: ${DEFAULT-VALUE})")
  String failOn = "breach";

  @Option(names = "--period", paramLabel = "FROM..TO",
      description = "the audit window for period rules (meeting frequency, reporting duties), e.g. 2014-04-01..2015-03-31; overrides each board's audit:")
  String period;

  @Mixin CalendarOptions calendarOptions = new CalendarOptions();

  /** Set for a run without picocli (see {@link DirectCheck}): where the report goes, and the command model on demand. */
  private PrintWriter directOut;
  private Supplier<CommandLine> directModel;

  /** Picocli makes its instances with the default constructor. */
  CheckCommand() {}

  /**
   * {@code quorate check PATH...} as picocli would have set it up: these paths, every option at its
   * default. The report goes to {@code out}; the command model (for the messages of a usage error)
   * is built only if one is needed.
   */
  CheckCommand(List<Path> paths, PrintWriter out, Supplier<CommandLine> model) {
    this.paths = paths;
    this.directOut = out;
    this.directModel = model;
  }

  private CommandLine commandLine() {
    return spec != null ? spec.commandLine() : directModel.get();
  }

  private PrintWriter out() {
    return spec != null ? spec.commandLine().getOut() : directOut;
  }

  @Override
  public Integer call() {
    List<Output> outputs = outputs();
    Severity threshold = threshold();
    Period window = period == null ? null : parsePeriod(period);
    LocalDate given = today == null ? null : date(today, "--today");
    Baseline known = baseline == null ? null : readBaseline(baseline);
    var calendar = calendarOptions.calendar(w -> commandLine().getErr().println(w));
    Corpus corpus = InputLoader.load(paths);
    List<Waiver> waiverList = WaiverFile.load(waiverFiles());
    // the clock and the time zone (the JDK's zone database) only when there are waivers to judge
    LocalDate day = waiverList.isEmpty() ? null : given != null ? given : LocalDate.now();
    Outcome outcome = new Checker(calendar).check(corpus, window, waiverList, day);
    List<Finding> findings = outcome.findings();
    int baselined = 0;
    if (known != null) {
      findings = known.newFindings(findings);
      baselined = outcome.findings().size() - findings.size();
    }
    Results results = new Results(VersionProvider.version(), corpus.files().size(), findings, outcome.waived(),
        baselined, outcome.checks(), corpus, calendar);
    if (writeBaseline != null) {
      List<Finding> unwaived = outcome.findings().stream().filter(f -> !outcome.waived().containsKey(f)).toList();
      String json = Baseline.of(VersionProvider.version(), unwaived).toJson();
      write(writeBaseline, w -> w.write(json));
    }
    for (Output o : outputs) {
      if (o.file() == null) {
        o.renderer().render(results, out());
      } else {
        // rendered straight into the file: a report of 10,000 meetings need not be held in memory first
        write(o.file(), w -> {
          PrintWriter pw = new PrintWriter(w);
          o.renderer().render(results, pw);
          pw.flush(); // a write error it swallows is thrown by AtomicFiles
        });
      }
    }
    out().flush();
    return results.fails(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** One requested output: a renderer, and the file it goes to (null: standard output). */
  record Output(Renderer renderer, Path file) {}

  private List<Output> outputs() {
    List<Output> out = new ArrayList<>();
    List<String> requested = formats.isEmpty() ? List.of("text") : formats;
    for (String f : requested) {
      int eq = f.indexOf('=');
      String name = eq < 0 ? f : f.substring(0, eq);
      String file = eq < 0 ? null : f.substring(eq + 1);
      Renderer r = Renderers.get(name).orElseThrow(() -> new CommandLine.ParameterException(commandLine(),
          "unknown --format `" + name + "`" + Suggest.didYouMean(name, Renderers.names()) + "; choose one of "
              + String.join(", ", Renderers.names())));
      if (file != null && file.isBlank()) {
        throw new CommandLine.ParameterException(commandLine(), "--format " + name + "= names no file; write "
            + name + "=FILE, or " + name + " alone for standard output");
      }
      out.add(new Output(r, file == null ? null : Path.of(file)));
    }
    if (out.stream().filter(o -> o.file() == null).count() > 1) {
      throw new CommandLine.ParameterException(commandLine(), "more than one --format would go to standard output; "
          + "give all but one a file, e.g. --format sarif=quorate.sarif");
    }
    return out;
  }

  private List<Path> waiverFiles() {
    return waivers != null ? List.of(waivers) : WaiverFile.atRootsOf(paths);
  }

  private Baseline readBaseline(Path file) {
    try {
      return Baseline.parse(InputFiles.read(file));
    } catch (InputFiles.Unreadable e) {
      throw new CommandLine.ParameterException(commandLine(), "cannot read the baseline " + file + " (" + e.getMessage()
          + "); write one with --write-baseline " + file);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine(), file + " is " + e.getMessage()
          + "; write one with --write-baseline " + file);
    }
  }

  private void write(Path file, AtomicFiles.Body body) {
    try {
      // a report may go into a folder that does not exist yet (reports/quorate.sarif in CI)
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) Files.createDirectories(dir);
      AtomicFiles.write(file, body);
    } catch (IOException e) {
      throw new OutputException("cannot write " + file + " (" + e.getMessage() + ")");
    }
  }

  private LocalDate date(String s, String name) {
    return DateOption.parse(commandLine(), s, name);
  }

  private Severity threshold() {
    if (failOn.equals("never")) return null;
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine(),
          "unknown --fail-on `" + failOn + "`; choose breach, warning, info or never");
    }
  }

  private Period parsePeriod(String s) {
    String[] parts = s.split("\\.\\.", -1);
    if (parts.length != 2) {
      throw new CommandLine.ParameterException(commandLine(),
          "--period must be FROM..TO, e.g. 2014-04-01..2015-03-31; got `" + s + "`");
    }
    LocalDate from = date(parts[0], "--period FROM");
    LocalDate to = date(parts[1], "--period TO");
    if (to.isBefore(from)) {
      throw new CommandLine.ParameterException(commandLine(),
          "--period must be FROM..TO with FROM not after TO, e.g. 2014-04-01..2015-03-31; got `" + s + "`");
    }
    return new Period(from, to);
  }
}
