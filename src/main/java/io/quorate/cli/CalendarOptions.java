package io.quorate.cli;

import io.quorate.calendar.BankHolidays;
import io.quorate.calendar.WorkingDays;
import io.quorate.io.InputFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --holidays FILE}: a newer GOV.UK bank-holidays.json in place of the built-in data. */
public final class CalendarOptions {
  @Option(names = "--holidays", paramLabel = "FILE",
      description = "a GOV.UK bank-holidays.json (https://www.gov.uk/bank-holidays.json) to use instead of the built-in data")
  Path holidays;

  @Option(names = "--debug", description = "print stack traces of internal errors")
  boolean debug;

  WorkingDays calendar() {
    // the file's years replace the built-in ones; older years (GOV.UK drops them) keep the built-in data
    return holidays == null ? WorkingDays.builtIn()
        : new WorkingDays(BankHolidays.builtIn().withYearsFrom(BankHolidays.fromJson(read(holidays), holidays)));
  }

  private static byte[] read(Path file) {
    try {
      return InputFiles.read(file);
    } catch (InputFiles.Unreadable e) {
      throw BankHolidays.unreadable(file, e.getMessage());
    }
  }
}
