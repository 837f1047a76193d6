package io.quorate.bench;

import io.quorate.calendar.WorkingDays;
import io.quorate.engine.Checker;
import io.quorate.engine.Finding;
import io.quorate.io.InputLoader;
import io.quorate.model.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Meetings checked per second by the engine (facts, rules, findings), on an in-memory corpus of
 * one board and N meetings; and YAML loading of the same meetings. Divide the score (runs/s) by
 * N for meetings per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  @Param({"1000"})
  int meetings;

  Corpus corpus;
  Path dir;
  WorkingDays calendar;

  @Setup
  public void setUp() throws IOException {
    calendar = WorkingDays.builtIn();
    dir = Files.createTempDirectory("quorate-jmh");
    Files.copy(Path.of("examples/kent-hwb-2013/board.yaml"), dir.resolve("board.yaml"));
    LocalDate start = LocalDate.of(2013, 1, 2);
    for (int i = 0; i < meetings; i++) {
      LocalDate day = start.plusWeeks(i % 800);
      LocalDate sent = day.minusDays(i % 7 == 0 ? 6 : 9);
      Files.writeString(dir.resolve("m" + i + ".yaml"), String.join("\n",
          "kind: meeting", "id: m" + i, "board: kent-hwb", "date: " + day, "notice-sent: " + sent,
          "agenda:", "  - {item: 2, title: Decision, decision: true}",
          "attendance:", "  present: [gough, carter, ireland, peachey, whittle, kumta, jones, woodhead]",
          "presiding: gough", "votes:", "  - {item: 2, for: [gough, carter], against: [ireland], result: carried}", ""));
    }
    corpus = InputLoader.load(List.of(dir));
  }

  @Benchmark
  public List<Finding> check() {
    return new Checker(calendar).check(corpus, null);
  }

  @Benchmark
  public Corpus load() {
    return InputLoader.load(List.of(dir));
  }
}
