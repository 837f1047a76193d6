package io.quorate.cli;

import io.quorate.calendar.BankHolidays;
import io.quorate.engine.RuleBase;

/**
 * Start-up work done on the second core while the main thread parses the command line and reads
 * the YAML: the built-in holiday data, then the rule base and a first session. Both are held in
 * lazily initialised holders, so the main thread simply waits for whatever is not finished when it
 * gets there, and the results are the same as without the warm-up. The warm-up touches no library
 * the main thread uses at the same time (picocli, SnakeYAML), so no two threads initialise one
 * class hierarchy from opposite ends.
 */
final class Warmup {
  private Warmup() {}

  /** Starts the warm-up when the command will check something; returns at once. */
  static void startFor(String... args) {
    if (args.length == 0 || !args[0].equals("check") || Boolean.getBoolean("quorate.noWarmup")) return;
    Thread t = new Thread(Warmup::run, "quorate-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      BankHolidays.builtIn();
      RuleBase.kieBase().newKieSession().dispose();
    } catch (RuntimeException | LinkageError e) {
      // the main thread meets the same failure where it needs the object, and reports it there
    }
  }
}
