package io.quorate.bench;

import io.quorate.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Working-day counts per second: the calendar arithmetic every notice and deadline rule uses. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {
  WorkingDays calendar;
  LocalDate[] from = new LocalDate[1024];
  LocalDate[] to = new LocalDate[1024];
  int i;

  @Setup
  public void setUp() {
    calendar = WorkingDays.builtIn();
    Random r = new Random(42);
    LocalDate base = LocalDate.of(2007, 1, 1);
    for (int k = 0; k < from.length; k++) {
      from[k] = base.plusDays(r.nextInt(8700));
      to[k] = from[k].plusDays(1 + r.nextInt(60));
    }
  }

  @Benchmark
  public int clearWorkingDays() {
    int k = (i++) & 1023;
    return calendar.clearWorkingDays(from[k], to[k]);
  }

  @Benchmark
  public LocalDate latestDispatch() {
    int k = (i++) & 1023;
    return calendar.latestDispatch(to[k], 5);
  }

  @Benchmark
  public int spanExplanation() {
    int k = (i++) & 1023;
    return calendar.span(from[k], to[k]).countedText().length();
  }
}
