package fi.tyokyky.statistics.cli;

/**
 * A command could not do its work (the server refused, the input is not what it should be): the
 * message says why, without personal data, and the exit code is the one given.
 */
final class CommandFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailedException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CommandFailedException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
