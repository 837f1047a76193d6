package io.quorate.io;

import io.quorate.model.Loc;
import io.quorate.text.Printable;
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
    list.add(new Problem(loc, plain(message)));
  }

  /** The longest piece of input quoted in a message. */
  static final int MAX_QUOTE = 60;

  private static final int MAX_QUOTE_KEEP = 57;

  /**
   * One problem is one line: text quoted from the input (between backticks) is cut to
   * {@value #MAX_QUOTE} characters, and line breaks and other control characters in it are shown
   * escaped ({@code \n}, {@code \t}, or a Unicode escape: {@link Printable}), never written raw to
   * the terminal.
   */
  static String plain(String message) {
    StringBuilder cut = new StringBuilder(message.length());
    int open = -1; // index in `cut` just after an opening backtick, or -1 outside quotes
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '`') {
        if (open >= 0 && cut.length() - open > MAX_QUOTE) {
          int keep = open + MAX_QUOTE_KEEP;
          cut.setLength(Character.isHighSurrogate(cut.charAt(keep - 1)) ? keep - 1 : keep);
          cut.append("...");
        }
        open = open >= 0 ? -1 : cut.length() + 1;
      }
      cut.append(c);
    }
    return Printable.escape(cut.toString());
  }

  /** Adds another collector's problems (already made plain), e.g. those of one file read in parallel. */
  void addAll(Problems other) {
    list.addAll(other.list);
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
