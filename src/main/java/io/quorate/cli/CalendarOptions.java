package io.quorate.cli;

import io.quorate.calendar.BankHolidays;
import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** {@code --holidays FILE}: a newer GOV.UK bank-holidays.json in place of the built-in data. */
public final class CalendarOptions {
  @Option(names = "--holidays", paramLabel = "FILE",
      description = "a GOV.UK bank-holidays.json (https://www.gov.uk/bank-holidays.json) to use instead of the built-in data")
  Path holidays;

  @Option(names = "--debug", description = "print stack traces of internal errors")
  boolean debug;

  /**
   * The calendar: the built-in data, or with --holidays the file's years in place of the built-in
   * ones (older years, which GOV.UK drops, keep the built-in data). A year the file lists fewer
   * holidays in than the built-in data is still taken from the file, as asked, but named in a
   * warning to {@code warn}: a file covering only part of a year would otherwise turn the holidays
   * it leaves out into working days without a word.
   */
  WorkingDays calendar(Consumer<String> warn) {
    if (holidays == null) return WorkingDays.builtIn();
    BankHolidays builtIn = BankHolidays.builtIn();
    BankHolidays file = BankHolidays.fromJson(read(holidays), holidays);
    List<int[]> fewer = builtIn.fewerHolidaysIn(file);
    if (!fewer.isEmpty()) {
      List<String> years = new ArrayList<>();
      for (int[] y : fewer.subList(0, Math.min(5, fewer.size()))) years.add(y[0] + " (" + y[1] + ", not " + y[2] + ")");
      if (fewer.size() > 5) years.add("and " + (fewer.size() - 5) + " more");
      warn.accept("quorate: warning: " + holidays + " lists fewer bank holidays than the built-in data in "
          + String.join(", ", years) + "; its years replace the built-in ones, so the holidays it leaves out count as"
          + " working days. Use a complete copy of https://www.gov.uk/bank-holidays.json unless "
          + (fewer.size() == 1 ? "that year really has" : "those years really have") + " fewer.");
    }
    return new WorkingDays(builtIn.withYearsFrom(file));
  }

  private static byte[] read(Path file) {
    try {
      return InputFiles.read(file);
    } catch (InputFiles.Unreadable e) {
      throw BankHolidays.unreadable(file, e.getMessage());
    }
  }
}
