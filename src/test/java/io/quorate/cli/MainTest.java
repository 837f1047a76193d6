package io.quorate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
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

  /** Counts the writes that reach it, as a pipe or file under standard output would see them. */
  private static final class CountingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int writes;

    @Override
    public void write(int b) {
      writes++;
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes++;
      bytes.write(b, off, len);
    }
  }

  @Test
  void standardOutputIsWrittenInLargePiecesAndCompletely() {
    CountingStream sink = new CountingStream();
    PrintStream before = System.out;
    int code;
    System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
    try {
      code = Main.run("check", "examples");
    } finally {
      System.setOut(before);
    }
    Cli expected = Cli.run("check", "examples");
    String printed = sink.bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(expected.exit()).isEqualTo(1);
    // everything, flushed before run returns (main then exits the JVM)
    assertThat(printed).isEqualTo(expected.out());
    long lines = printed.lines().count();
    assertThat(lines).isGreaterThan(40);
    // picocli's own writer flushed every line: one write call a line
    assertThat(sink.writes).isLessThanOrEqualTo(1 + printed.length() / 8192);
  }

  @Test
  void standardOutputIsInTheEncodingPicocliWouldUse() {
    String before = System.getProperty("sun.stdout.encoding");
    try {
      System.setProperty("sun.stdout.encoding", "cp65001");
      assertThat(Main.stdoutCharset()).isEqualTo(StandardCharsets.UTF_8);
      System.setProperty("sun.stdout.encoding", "ISO-8859-1");
      assertThat(Main.stdoutCharset()).isEqualTo(StandardCharsets.ISO_8859_1);
      System.setProperty("sun.stdout.encoding", "no-such-encoding");
      assertThat(Main.stdoutCharset()).isEqualTo(java.nio.charset.Charset.defaultCharset());
      System.clearProperty("sun.stdout.encoding");
      assertThat(Main.stdoutCharset()).isEqualTo(java.nio.charset.Charset.defaultCharset());
    } finally {
      if (before == null) System.clearProperty("sun.stdout.encoding");
      else System.setProperty("sun.stdout.encoding", before);
    }
  }
}
