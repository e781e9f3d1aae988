package fi.tyokyky.statistics.cli;

import java.util.function.LongSupplier;

/**
 * What the commands take from outside the arguments, so that tests can give their own: environment
 * variables, the clock for progress lines, and how to wait between polls.
 */
interface Environment {

  /** The value of environment variable {@code name}, or null. */
  String variable(String name);

  /** Milliseconds of a monotonic clock. */
  LongSupplier clock();

  /** Waits {@code millis} milliseconds. */
  void sleep(long millis) throws InterruptedException;

  /** The real environment. */
  static Environment system() {
    return new Environment() {
      @Override
      public String variable(String name) {
        return System.getenv(name);
      }

      @Override
      public LongSupplier clock() {
        return () -> System.nanoTime() / 1_000_000;
      }

      @Override
      public void sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
      }
    };
  }
}
