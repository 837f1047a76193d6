package io.quorate.io;

import java.util.List;

/** The input could not be used; every problem found is listed, in file and line order. */
public final class InputException extends RuntimeException {
  private final List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
    this.problems = problems.stream().sorted().distinct().toList();
  }

  public List<Problem> problems() {
    return problems;
  }
}
