package io.quorate.io;

import io.quorate.model.Loc;
import java.util.ArrayList;
import java.util.List;

/** Collects problems so that one run reports all of them, not just the first. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public void add(Loc loc, String message) {
    list.add(new Problem(loc, message));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<Problem> list() {
    return List.copyOf(list);
  }

  public void throwIfAny() {
    if (!list.isEmpty()) throw new InputException(list);
  }
}
