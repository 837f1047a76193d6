package io.quorate.plan;

/** How a recorded date stands against a deadline. */
public enum Status {
  /** On or before the deadline. */
  MET,
  /** After the deadline. */
  MISSED,
  /** In time on one reading of the clause only (e.g. the sixth working day after a requisition). */
  AMBIGUOUS,
  /** Nothing recorded yet: the deadline is still to be met. */
  OPEN;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
