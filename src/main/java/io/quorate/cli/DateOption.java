package io.quorate.cli;

import io.quorate.io.InputDates;
import java.time.LocalDate;
import picocli.CommandLine;

/**
 * A date given on the command line ({@code --period}, {@code days FROM TO}, {@code plan --date},
 * {@code --requisition-received}), read as dates in files are ({@link InputDates}): YYYY-MM-DD, a
 * real day, 1970-2100. Anything else is a usage error naming the option.
 */
final class DateOption {
  private DateOption() {}

  static LocalDate parse(CommandLine cl, String text, String option) {
    try {
      return InputDates.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, option + " " + e.getMessage());
    }
  }
}
