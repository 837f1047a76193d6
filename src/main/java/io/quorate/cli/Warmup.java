package io.quorate.cli;

import io.quorate.calendar.WorkingDays;
import io.quorate.engine.Profiles;
import io.quorate.engine.RuleBase;

/**
 * Start-up work done on the second core while the main thread reads the YAML: the rule base and a
 * first session, the longest piece of a one-file check's start-up, then the profiles and the
 * built-in holiday calendar, which the main thread loads itself if it gets to them first (it needs
 * the calendar at once, the profiles after reading; for a large archive they are ready by then).
 * Each is held in a lazily initialised holder, so either thread simply waits for whatever the other
 * is still making, and the results are the same as without the warm-up
 * ({@code -Dquorate.noWarmup=true} turns it off, for comparison). The rule base first, rather than
 * in the order the main thread needs things: 0.43 -> 0.41 s a one-file check (40 interleaved runs,
 * bench/RESULTS.md), as the main thread, done with its file, would otherwise wait for it.
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
      RuleBase.kieBase().newKieSession().dispose();
      Profiles.builtIn();
      WorkingDays.builtIn();
    } catch (RuntimeException | LinkageError | VirtualMachineError e) {
      // the main thread meets the same failure where it needs the object, and reports it there
    }
  }
}
