package io.quorate.cli;

import io.quorate.calendar.WorkingDays;
import io.quorate.engine.Profiles;
import io.quorate.engine.RuleBase;

/**
 * Start-up work done on the second core while the main thread parses the command line and reads
 * the YAML, in the order the main thread needs it: the built-in holiday calendar, the profiles, then
 * the rule base and a first session. Each is held in a lazily initialised holder, so the main
 * thread simply waits for whatever is not finished when it gets there, and the results are the
 * same as without the warm-up ({@code -Dquorate.noWarmup=true} turns it off, for comparison).
 *
 * <p>The profiles are normally read from their prepared form; when that is stale both threads use
 * SnakeYAML at once (profiles here, the input there). That is safe: separate parser instances, and
 * SnakeYAML's static initialisers refer to no other class that refers back, so two threads cannot
 * deadlock initialising its classes.
 */
final class Warmup {
  private Warmup() {}

  /** Starts the warm-up when the command will check something; returns at once. */
  static void startFor(String... args) {
    if (!wanted(args) || Boolean.getBoolean("quorate.noWarmup")) return;
    Thread t = new Thread(Warmup::run, "quorate-warmup");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Whether these arguments run a check: {@code check} with neither help nor the version asked for
   * (those print and exit, and building a rule base beside them would only cost CPU they need).
   */
  static boolean wanted(String... args) {
    if (args.length == 0 || !args[0].equals("check")) return false;
    for (String a : args) {
      if (a.equals("--")) break;
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return false;
    }
    return true;
  }

  private static void run() {
    try {
      WorkingDays.builtIn();
      Profiles.builtIn();
      RuleBase.kieBase().newKieSession().dispose();
    } catch (RuntimeException | LinkageError | VirtualMachineError e) {
      // the main thread meets the same failure where it needs the object, and reports it there
    }
  }
}
