package fi.tyokyky.statistics.spark;

/** The command line is wrong; the message says how, without echoing data. */
final class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message);
  }
}
