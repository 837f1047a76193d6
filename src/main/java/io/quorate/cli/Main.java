package io.quorate.cli;

import picocli.CommandLine;

/** The {@code quorate} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    Warmup.startFor(args);
    return QuorateCommand.commandLine(args).execute(args);
  }
}
