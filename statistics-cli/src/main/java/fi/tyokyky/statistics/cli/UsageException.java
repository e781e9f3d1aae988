package fi.tyokyky.statistics.cli;

/**
 * The command line is wrong: the message says how; exit code {@value StatisticsCommand#EXIT_USAGE}.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
