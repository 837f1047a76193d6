package io.quorate.cli;

import io.quorate.calendar.HolidayDataException;
import io.quorate.io.InputException;
import io.quorate.io.Problem;
import io.quorate.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: subcommands, help, version, and how errors become exit codes. */
@Command(
    name = "quorate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks board and committee meetings against the procedure rules of their terms of reference.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error or invalid input (each problem is named with file:line:column)"
    },
    footer = {"%nArguments are taken as written: one starting with @ is a file name, never a file of options."})
public final class QuorateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. `quorate check examples/`");
  }

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("check", CheckCommand::new);
    SUBCOMMANDS.put("days", DaysCommand::new);
    SUBCOMMANDS.put("rules", RulesCommand::new);
    SUBCOMMANDS.put("explain", ExplainCommand::new);
    SUBCOMMANDS.put("schema", SchemaCommand::new);
    SUBCOMMANDS.put("init", InitCommand::new);
    SUBCOMMANDS.put("plan", PlanCommand::new);
    SUBCOMMANDS.put("import", ImportCommand::new);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  /** The whole command line, every subcommand included (help, tests). */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for these arguments. When they start with a subcommand's name, only that
   * subcommand is built: picocli reads every option of every subcommand by reflection, which took
   * a third of a one-file check's start-up. Anything else (no command, --help, a typo) gets all of
   * them, so help lists them and a misspelt command is named as such.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new QuorateCommand());
    String first = args.length == 0 ? "" : args[0];
    if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
      cl.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else {
      SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
    }
    // every argument is taken as written: `@x.yaml` is a file to check, never a file of options (which
    // would let a file named `@x.yaml` set `--format json=/any/path`, or echo `@/proc/self/environ`)
    cl.setExpandAtFiles(false);
    cl.registerConverter(Path.class, QuorateCommand::path);
    cl.setExecutionExceptionHandler(QuorateCommand::handle);
    cl.setParameterExceptionHandler((ex, ignored) -> usageError(ex));
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INVALID);
    return cl;
  }

  /**
   * A path argument or option value: an empty one is a usage error (it would mean the current
   * folder, so {@code check ""} from a script with an empty variable would check whatever is there).
   */
  static Path path(String s) {
    if (s.isEmpty()) {
      throw new CommandLine.TypeConversionException("an empty path; name a file or folder (`.` for the current folder)");
    }
    return Path.of(s);
  }

  /**
   * A usage error: the message, and where to find the usage. Like every message on standard error,
   * written through {@link Printable}: it may quote an argument or a file name, which may hold a line
   * break or a control character.
   */
  static int usageError(CommandLine.ParameterException ex) {
    PrintWriter err = ex.getCommandLine().getErr();
    Printable.println(err, "quorate: " + unknownCommand(ex).orElse(ex.getMessage()));
    Printable.println(err, "Run `" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage.");
    return ExitCodes.INVALID;
  }

  /** A misspelt command, named as one, with the nearest real command. */
  private static java.util.Optional<String> unknownCommand(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || ex.getCommandLine().getParent() != null
        || u.getUnmatched().isEmpty() || u.getUnmatched().get(0).startsWith("-")) {
      return java.util.Optional.empty();
    }
    String word = u.getUnmatched().get(0);
    return java.util.Optional.of("unknown command `" + word + "`"
        + io.quorate.io.Suggest.didYouMean(word, SUBCOMMANDS.keySet()) + " The commands are: "
        + String.join(", ", SUBCOMMANDS.keySet()) + ".");
  }

  static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean debug = parsed != null && parsed.subcommand() != null
        ? parsed.subcommand().hasMatchedOption("--debug") : false;
    if (e instanceof InputException ie) {
      for (Problem p : ie.problems()) Printable.println(err, p.loc() + ": error: " + p.message());
      int n = ie.problems().size();
      err.println(n + (n == 1 ? " problem" : " problems") + " in the input; nothing was checked. Fix "
          + (n == 1 ? "it" : "them") + " and run again.");
    } else if (e instanceof HolidayDataException || e instanceof OutputException) {
      Printable.println(err, "quorate: " + e.getMessage());
    } else {
      Printable.println(err, "quorate: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
    }
    if (debug) e.printStackTrace(err);
    err.flush();
    return ExitCodes.INVALID;
  }
}
