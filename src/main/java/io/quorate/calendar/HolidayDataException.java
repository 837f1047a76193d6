package io.quorate.calendar;

/**
 * The bank-holiday data could not be loaded. The message is one plain sentence for the user: it
 * names the file (and, where known, the line and column), says what is wrong and what to do.
 * Callers print {@link #getMessage()} and need not show a stack trace.
 */
public final class HolidayDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HolidayDataException(String message) {
    super(message);
  }

  public HolidayDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
