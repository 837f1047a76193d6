package io.quorate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process, as a user would, and keeps what it printed. */
public record Cli(int exit, String out, String err) {
  public static Cli run(String... args) {
    CommandLine cl = QuorateCommand.commandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }
}
