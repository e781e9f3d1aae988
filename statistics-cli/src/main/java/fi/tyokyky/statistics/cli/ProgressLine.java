package fi.tyokyky.statistics.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Prints a progress line to standard error at most every {@code everyMillis}, and always for the
 * last unit, so that a long run shows it is alive and a short one prints little.
 */
final class ProgressLine {

  private final PrintStream err;
  private final String what;
  private final LongSupplier clock;
  private final long everyMillis;
  private long last;

  ProgressLine(PrintStream err, String what, LongSupplier clock, long everyMillis) {
    this.err = err;
    this.what = what;
    this.clock = clock;
    this.everyMillis = everyMillis;
    this.last = clock.getAsLong();
  }

  void update(long done, long total) {
    long now = clock.getAsLong();
    if (done == total || now - last >= everyMillis) {
      err.println("... " + done + " of " + total + " " + what);
      err.flush();
      last = now;
    }
  }
}
