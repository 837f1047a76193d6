package io.quorate.imports;

/**
 * An import that cannot go on: a response that is not what Modern.gov sends, a site that refuses
 * the request, an output folder that cannot be written. The message names the file or address,
 * with line and column where there is one, and says what to do.
 */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
