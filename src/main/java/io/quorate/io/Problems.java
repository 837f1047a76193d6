package io.quorate.io;

import io.quorate.model.Loc;
import java.util.ArrayList;
import java.util.List;

/** Collects problems so that one run reports all of them, not just the first. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();
  private final Schema.Recorder recorder;

  public Problems() {
    this(null);
  }

  /** Problems of a schema-building pass: every mapping read is recorded, not checked. */
  Problems(Schema.Recorder recorder) {
    this.recorder = recorder;
  }

  Schema.Recorder recorder() {
    return recorder;
  }

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
