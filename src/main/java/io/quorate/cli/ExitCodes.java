package io.quorate.cli;

/** Exit codes, the grep convention. */
public final class ExitCodes {
  /** No finding at or above {@code --fail-on}. */
  public static final int OK = 0;
  /** Findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;
  /** Usage error or invalid input. */
  public static final int INVALID = 2;

  private ExitCodes() {}
}
