package io.quorate.model;

import java.time.LocalDate;

/** An inclusive date range, e.g. the audit window whose records are complete. */
public record Period(LocalDate from, LocalDate to) {
  public boolean contains(LocalDate d) {
    return d != null && !d.isBefore(from) && !d.isAfter(to);
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
