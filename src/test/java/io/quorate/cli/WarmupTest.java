package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warm-up thread starts only for runs that will check something. */
class WarmupTest {
  @Test
  void startsForACheck() {
    assertThat(Warmup.wanted("check", "examples")).isTrue();
    assertThat(Warmup.wanted("check", "--format", "json", "examples/kent-hwb-2013")).isTrue();
    // after `--` every word is a path, even one spelt like an option
    assertThat(Warmup.wanted("check", "--", "--help")).isTrue();
  }

  @Test
  void notForHelpVersionOrOtherCommands() {
    assertThat(Warmup.wanted()).isFalse();
    assertThat(Warmup.wanted("check", "--help")).isFalse();
    assertThat(Warmup.wanted("check", "examples", "-h")).isFalse();
    assertThat(Warmup.wanted("check", "--version")).isFalse();
    assertThat(Warmup.wanted("check", "-V")).isFalse();
    assertThat(Warmup.wanted("days", "2013-05-20", "2013-05-29")).isFalse();
    assertThat(Warmup.wanted("--help")).isFalse();
    assertThat(Warmup.wanted("rules")).isFalse();
  }
}
