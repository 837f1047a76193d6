package io.quorate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An outcome lists its checks only when asked, once, and the list cannot be changed. */
class OutcomeTest {
  @Test
  void checksAreWorkedOutOnFirstUseAndOnlyOnce() {
    AtomicInteger made = new AtomicInteger();
    Outcome o = Outcome.of(List.of(), Map.of(), () -> {
      made.incrementAndGet();
      return List.of(new Outcome.Check("a.yaml", "notice-period", "m1"), new Outcome.Check("a.yaml", "quorum", "m1"));
    });
    assertThat(made).hasValue(0);
    assertThat(o.checks()).hasSize(2);
    assertThat(o.checks().get(1).rule()).isEqualTo("quorum");
    assertThat(made).hasValue(1);
    assertThatThrownBy(() -> o.checks().add(new Outcome.Check("b.yaml", "quorum", "m2")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aPlainListOfChecksIsCopied() {
    var list = new java.util.ArrayList<Outcome.Check>();
    list.add(new Outcome.Check("a.yaml", "quorum", "m1"));
    Outcome o = new Outcome(List.of(), Map.of(), list);
    list.clear();
    assertThat(o.checks()).hasSize(1);
  }
}
