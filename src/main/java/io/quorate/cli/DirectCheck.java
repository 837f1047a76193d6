package io.quorate.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * {@code quorate check PATH...}, the command a pre-commit hook runs, without building picocli's
 * command model: picocli reads every option's annotations by reflection (the JVM makes a proxy
 * class for each annotation type), a tenth of a one-file check's CPU time. Taken only when every
 * argument after {@code check} is a plain path, which picocli would turn into the same
 * {@code CheckCommand}: these paths, every option at its default ({@code @x.yaml} is a path too:
 * picocli's {@code @file} expansion is off). Anything else (an option, {@code --}, an empty
 * argument, a path the file system rejects, or a {@code picocli.*} system property that changes how
 * picocli parses) goes through picocli.
 * Errors are reported by the same handlers picocli would call, with the command model built then.
 * {@code DirectCheckTest} runs both ways and compares exit code, output and errors.
 */
final class DirectCheck {
  private DirectCheck() {}

  /** The paths, when these arguments are {@code check} and plain paths only; otherwise null. */
  static List<Path> paths(String... args) {
    if (args.length < 2 || !args[0].equals("check")) return null;
    if (System.getProperties().stringPropertyNames().stream().anyMatch(k -> k.startsWith("picocli."))) return null;
    List<Path> paths = new ArrayList<>(args.length - 1);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.isEmpty() || a.startsWith("-")) return null;
      try {
        paths.add(Path.of(a));
      } catch (InvalidPathException e) {
        return null; // picocli names the argument it cannot convert
      }
    }
    return paths;
  }

  /** Runs the check on {@code paths}, the report to {@code out}; returns the exit code picocli would. */
  static int run(String[] args, List<Path> paths, PrintWriter out) {
    Supplier<CommandLine> check = new Supplier<>() {
      private CommandLine model;

      @Override
      public CommandLine get() {
        if (model == null) {
          CommandLine top = QuorateCommand.commandLine(args);
          top.setOut(out);
          model = top.getSubcommands().get("check");
        }
        return model;
      }
    };
    try {
      return new CheckCommand(paths, out, check).call();
    } catch (CommandLine.ParameterException e) {
      return QuorateCommand.usageError(e);
    } catch (Exception e) {
      // as picocli: the execution handler, with no parse result (so no --debug, which is an option)
      return QuorateCommand.handle(e, check.get(), null);
    }
  }
}
