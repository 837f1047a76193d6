package io.quorate.cli;

import io.quorate.calendar.Dates;
import io.quorate.calendar.Span;
import io.quorate.calendar.SpanText;
import io.quorate.calendar.WorkingDays;
import io.quorate.text.Printable;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "days",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Counts the clear working days between two dates (e.g. notice sent and meeting), listing every day between and why it counts or not.")
final class DaysCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FROM", description = "the first date, e.g. the day the notice was sent (YYYY-MM-DD)")
  String from;

  @Parameters(index = "1", paramLabel = "TO", description = "the second date, e.g. the day of the meeting (YYYY-MM-DD)")
  String to;

  @Mixin CalendarOptions calendarOptions;

  @Override
  public Integer call() {
    LocalDate a = date(from, "FROM");
    LocalDate b = date(to, "TO");
    if (b.isBefore(a)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "TO (" + b + ") is before FROM (" + a + "); give the earlier date first");
    }
    WorkingDays cal = calendarOptions.calendar(w -> spec.commandLine().getErr().println(w));
    Span span = cal.span(a, b);
    PrintWriter out = spec.commandLine().getOut();
    // holiday titles and the --holidays file's name come from outside: each line through Printable
    for (String line : SpanText.explain(span)) Printable.println(out, line);
    for (LocalDate d : new LocalDate[] {a, b}) {
      if (!cal.covers(d)) {
        Printable.println(out, "warning: " + Dates.format(d) + " is outside the bank-holiday data ("
            + cal.holidays().description() + "); pass a newer GOV.UK bank-holidays.json with --holidays");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private LocalDate date(String s, String name) {
    return DateOption.parse(spec.commandLine(), s, name);
  }
}
