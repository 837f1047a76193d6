package io.quorate.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import io.quorate.text.Printable;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/** The {@code quorate} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(guarded(() -> run(args), System.err, java.util.Arrays.asList(args).contains("--debug")));
  }

  public static int run(String... args) {
    Warmup.startFor(args);
    // Standard output through a 64 KiB buffer, written out once the command is done. picocli's own
    // writer flushes at every line: a report of 10,000 meetings was some 71,000 write calls.
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, stdoutCharset()), 1 << 16));
    int exit;
    try {
      List<Path> paths = DirectCheck.paths(args);
      if (paths != null) {
        exit = DirectCheck.run(args, paths, out);
      } else {
        CommandLine cl = QuorateCommand.commandLine(args);
        cl.setOut(out);
        exit = cl.execute(args);
      }
    } finally {
      out.flush();
    }
    return written(exit, out, System.out, System.err);
  }

  /**
   * The exit code once standard output is flushed: a report that did not reach it (a full disk, a
   * closed pipe, {@code > /dev/full}) is exit 2 with a message, never the exit code of a report that
   * was not seen. PrintWriter and PrintStream swallow write errors, so both are asked.
   */
  static int written(int exit, PrintWriter out, PrintStream stdout, PrintStream err) {
    if (!out.checkError() && !stdout.checkError()) return exit;
    err.println("quorate: could not write to standard output (is the disk full, or was the pipe closed?);"
        + " the report is incomplete");
    err.flush();
    return ExitCodes.INVALID;
  }

  /** The encoding picocli would write standard output in: the console's, else the platform's. */
  static Charset stdoutCharset() {
    String name = System.getProperty("sun.stdout.encoding");
    if (name != null) {
      try {
        return Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
      } catch (RuntimeException e) {
        // an encoding this JDK does not know: the platform's, as picocli does
      }
    }
    return Charset.defaultCharset();
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
      err.println(Printable.escape("quorate: internal error: " + e + (debug ? "" : " (run again with --debug for details)")));
      if (debug) e.printStackTrace(err);
      return ExitCodes.INVALID;
    }
  }
}
