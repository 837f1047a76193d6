package io.quorate.io;

import io.quorate.model.Loc;

/** One thing wrong with the input, at a place, with what to do about it. */
public record Problem(Loc loc, String message) implements Comparable<Problem> {
  @Override
  public int compareTo(Problem o) {
    int c = loc.compareTo(o.loc);
    return c != 0 ? c : message.compareTo(o.message);
  }

  @Override
  public String toString() {
    return loc + ": " + message;
  }
}
