package io.quorate.cli;

import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputException;
import io.quorate.io.InputLoader;
import io.quorate.model.Board;
import io.quorate.model.Corpus;
import io.quorate.model.Meeting;
import io.quorate.model.MeetingType;
import io.quorate.model.Panel;
import io.quorate.plan.MeetingPlan;
import io.quorate.plan.PlanIcs;
import io.quorate.plan.PlanJson;
import io.quorate.plan.PlanText;
import io.quorate.plan.Planner;
import io.quorate.report.HtmlReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists every deadline the board's procedure rules imply for a meeting: the last day to send the notice and the papers,"
          + " for members' agenda requests, for notifying absences and substitutions, for a requisitioned meeting, for"
          + " establishing a panel, and for the minutes; each with its rule, clause and the days counted and skipped."
          + " Dates already in the files are marked met or missed.",
      "Give meeting or panel files (the board and the board's other meetings are read from the same folder), or"
          + " --board FILE --date D for a meeting not yet written down."
    })
final class PlanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "meeting or panel files (or folders); taken as written: @x.yaml is a file name, never a file of options")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--board", paramLabel = "FILE", description = "a board file, to plan a meeting on --date")
  Path board;

  @Option(names = "--date", paramLabel = "D", description = "with --board: the meeting day (YYYY-MM-DD)")
  String date;

  @Option(names = "--type", defaultValue = "ordinary", paramLabel = "TYPE",
      description = "with --board: ordinary, special or requisitioned (default: ${DEFAULT-VALUE})")
  String type;

  @Option(names = "--requisition-received", paramLabel = "D",
      description = "with --board: the day the Chairman received the requisition (YYYY-MM-DD); implies --type requisitioned")
  String requisitionReceived;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, ics (RFC 5545, one all-day event a deadline) or html (default: ${DEFAULT-VALUE})")
  String format;

  @Mixin CalendarOptions calendarOptions;

  @Override
  public Integer call() {
    if (!List.of("text", "json", "ics", "html").contains(format)) {
      throw usage("unknown --format `" + format + "`; choose text, json, ics or html");
    }
    if (board == null && (date != null || requisitionReceived != null)) {
      throw usage("--date and --requisition-received need --board FILE");
    }
    if (board == null && paths.isEmpty()) {
      throw usage("give a meeting or panel file, e.g. `quorate plan examples/kent-hwb-2013/meeting-2013-05-29.yaml`,"
          + " or --board FILE --date YYYY-MM-DD");
    }
    if (board != null && date == null) throw usage("--board needs --date, the day of the meeting (YYYY-MM-DD)");
    WorkingDays calendar = calendarOptions.calendar(w -> spec.commandLine().getErr().println(w));
    Planner planner = new Planner(calendar);
    List<Path> named = new ArrayList<>(paths);
    if (board != null) named.add(board);
    Corpus corpus = load(named);
    List<MeetingPlan> plans = new ArrayList<>();
    if (board != null) {
      LocalDate day = date(date, "--date");
      LocalDate received = requisitionReceived == null ? null : date(requisitionReceived, "--requisition-received");
      MeetingType t = type(received);
      Board b = corpus.boards().stream().filter(x -> same(x.file(), board)).findFirst()
          .orElseThrow(() -> usage("`" + board + "` holds no `kind: board` document"));
      plans.add(planner.plan(b, Planner.proposed(b, day, t, received), corpus.meetings()));
    }
    for (Path p : paths) {
      int before = plans.size();
      for (Meeting m : corpus.meetings()) {
        if (within(m.file(), p)) {
          Board b = corpus.boards().stream().filter(x -> x.id().equals(m.board())).findFirst().orElseThrow();
          plans.add(planner.plan(b, m, corpus.meetings()));
        }
      }
      for (Panel panel : corpus.panels()) {
        if (within(panel.where().file(), p)) plans.add(planner.plan(panel));
      }
      if (plans.size() == before) {
        throw usage("`" + p + "` holds no meeting or panel to plan; for a board, give --board " + p + " --date YYYY-MM-DD");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> PlanJson.write(VersionProvider.version(), plans, out);
      case "ics" -> PlanIcs.write(plans, Instant.now(), out);
      case "html" -> HtmlReport.plan(VersionProvider.version(), plans, calendar, out);
      default -> PlanText.write(plans, out);
    }
    return ExitCodes.OK;
  }

  /**
   * Loads the named files with their folders, so the board a meeting names and the board's next
   * meeting are found; if a neighbour does not load, the named files alone.
   */
  private static Corpus load(List<Path> named) {
    Set<Path> withFolders = new LinkedHashSet<>(named);
    for (Path p : named) {
      Path parent = p.toAbsolutePath().normalize().getParent();
      if (Files.isRegularFile(p) && parent != null) withFolders.add(parent);
    }
    try {
      return InputLoader.load(List.copyOf(withFolders));
    } catch (InputException e) {
      return InputLoader.load(named);
    }
  }

  private MeetingType type(LocalDate received) {
    if (received != null) return MeetingType.REQUISITIONED;
    try {
      MeetingType t = MeetingType.valueOf(type.toUpperCase(Locale.ROOT));
      if (t != MeetingType.RECONVENED) return t;
    } catch (IllegalArgumentException e) {
      // below
    }
    throw usage("unknown --type `" + type + "`; choose ordinary, special or requisitioned");
  }

  private static boolean same(String file, Path p) {
    return Path.of(file).toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize());
  }

  private static boolean within(String file, Path p) {
    Path f = Path.of(file).toAbsolutePath().normalize();
    Path q = p.toAbsolutePath().normalize();
    return Files.isDirectory(q) ? f.startsWith(q) : f.equals(q);
  }

  private LocalDate date(String s, String name) {
    return DateOption.parse(spec.commandLine(), s, name);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
