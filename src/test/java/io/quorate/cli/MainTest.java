package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JVM errors that escape a command end in one plain message and exit 2, not a trace and exit 1. */
class MainTest {
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);

  private String err() {
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void outOfMemoryIsExit2WithWhatToDo() {
    int code = Main.guarded(() -> {
      throw new OutOfMemoryError("Java heap space");
    }, err, false);
    assertThat(code).isEqualTo(2);
    assertThat(err()).startsWith("quorate: out of memory (the JVM may use at most ")
        .contains("nothing was checked. Run again with more, e.g. QUORATE_JAVA_OPTS=-Xmx")
        .contains("or check fewer files at a time")
        .doesNotContain("\tat ");
  }

  @Test
  void aStackOverflowIsAnInternalErrorWithoutATraceUnlessDebugging() {
    int code = Main.guarded(() -> {
      throw new StackOverflowError();
    }, err, false);
    assertThat(code).isEqualTo(2);
    assertThat(err()).isEqualTo("quorate: internal error: java.lang.StackOverflowError (run again with --debug for details)"
        + System.lineSeparator());
    buf.reset();
    Main.guarded(() -> {
      throw new StackOverflowError();
    }, err, true);
    assertThat(err()).startsWith("quorate: internal error: java.lang.StackOverflowError" + System.lineSeparator())
        .contains("\tat io.quorate.cli.MainTest");
  }

  @Test
  void anOrdinaryRunPassesItsExitCodeThrough() {
    assertThat(Main.guarded(() -> 1, err, false)).isEqualTo(1);
    assertThat(err()).isEmpty();
  }
}
