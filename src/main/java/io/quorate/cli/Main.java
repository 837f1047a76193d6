package io.quorate.cli;

import java.io.PrintStream;
import java.util.function.IntSupplier;

/** The {@code quorate} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(guarded(() -> run(args), System.err, java.util.Arrays.asList(args).contains("--debug")));
  }

  public static int run(String... args) {
    Warmup.startFor(args);
    return QuorateCommand.commandLine(args).execute(args);
  }

  /**
   * Runs the command, turning a JVM error that escapes it (out of memory on a very large archive, a
   * stack overflow) into one plain message and exit 2, never a stack trace (unless {@code --debug})
   * nor the JVM's own exit 1, which would read as "findings".
   */
  static int guarded(IntSupplier command, PrintStream err, boolean debug) {
    try {
      return command.getAsInt();
    } catch (OutOfMemoryError e) {
      long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      err.println("quorate: out of memory (the JVM may use at most " + mib + " MiB); nothing was checked. Run again"
          + " with more, e.g. QUORATE_JAVA_OPTS=-Xmx" + Math.max(1, 2 * mib / 1024) + "g ./quorate ..., or check"
          + " fewer files at a time (one board's folder each).");
      if (debug) e.printStackTrace(err);
      return ExitCodes.INVALID;
    } catch (VirtualMachineError | LinkageError e) {
      err.println("quorate: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
      if (debug) e.printStackTrace(err);
      return ExitCodes.INVALID;
    }
  }
}
