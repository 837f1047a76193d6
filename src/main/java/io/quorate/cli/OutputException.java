package io.quorate.cli;

/**
 * A report could not be written where it was asked for (a full disk, a folder or a device in its
 * place); the message names the file and the reason. Exit 2, like invalid input, but no usage
 * hint: the command line was right.
 */
final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputException(String message) {
    super(message);
  }
}
