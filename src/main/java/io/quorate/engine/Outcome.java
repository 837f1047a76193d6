package io.quorate.engine;

import io.quorate.model.Waiver;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one check found: every finding in order; the waiver that excuses each waived one; and every
 * check that applied (file, rule, subject), so that reports can show the passing checks too. The
 * checks are listed only when first asked for (the JUnit report): a plain-text check of 10,000
 * meetings would otherwise build and sort some 300,000 of them for nothing.
 */
public record Outcome(List<Finding> findings, Map<Finding, Waiver> waived, List<Check> checks) {
  public Outcome {
    findings = List.copyOf(findings);
    waived = Map.copyOf(waived);
    if (!(checks instanceof Lazy)) checks = List.copyOf(checks);
  }

  /** An outcome whose checks are worked out by {@code checks} on first use. */
  public static Outcome of(List<Finding> findings, Map<Finding, Waiver> waived, Supplier<List<Check>> checks) {
    return new Outcome(findings, waived, new Lazy<>(checks));
  }

  /** An unmodifiable list computed once, when first read. */
  static final class Lazy<T> extends AbstractList<T> {
    private Supplier<List<T>> make;
    private List<T> list;

    Lazy(Supplier<List<T>> make) {
      this.make = make;
    }

    private synchronized List<T> list() {
      if (list == null) {
        list = List.copyOf(make.get());
        make = null;
      }
      return list;
    }

    @Override
    public T get(int index) {
      return list().get(index);
    }

    @Override
    public int size() {
      return list().size();
    }
  }

  /** One rule that applied to one subject (board, meeting, panel) written in one file. */
  public record Check(String file, String rule, String subject) {}
}
