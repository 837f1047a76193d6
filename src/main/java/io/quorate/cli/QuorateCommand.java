package io.quorate.cli;

import io.quorate.calendar.HolidayDataException;
import io.quorate.io.InputException;
import io.quorate.io.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: subcommands, help, version, and how errors become exit codes. */
@Command(
    name = "quorate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks board and committee meetings against the procedure rules of their terms of reference.",
    subcommands = {CheckCommand.class, DaysCommand.class, RulesCommand.class, ExplainCommand.class, SchemaCommand.class,
        InitCommand.class, PlanCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error or invalid input (each problem is named with file:line:column)"
    })
public final class QuorateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. `quorate check examples/`");
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new QuorateCommand());
    cl.setExecutionExceptionHandler(QuorateCommand::handle);
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("quorate: " + ex.getMessage());
      err.println("Run `" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage.");
      return ExitCodes.INVALID;
    });
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INVALID);
    return cl;
  }

  static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean debug = parsed != null && parsed.subcommand() != null
        ? parsed.subcommand().hasMatchedOption("--debug") : false;
    if (e instanceof InputException ie) {
      for (Problem p : ie.problems()) err.println(p.loc() + ": error: " + p.message());
      int n = ie.problems().size();
      err.println(n + (n == 1 ? " problem" : " problems") + " in the input; nothing was checked. Fix "
          + (n == 1 ? "it" : "them") + " and run again.");
    } else if (e instanceof HolidayDataException he) {
      err.println("quorate: " + he.getMessage());
    } else {
      err.println("quorate: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
    }
    if (debug) e.printStackTrace(err);
    err.flush();
    return ExitCodes.INVALID;
  }
}
