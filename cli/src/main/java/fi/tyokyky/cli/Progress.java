package fi.tyokyky.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Writes a progress line to standard error on large inputs: after every {@code everyResources}
 * resources, or when {@code everyMillis} have passed since the last line, whichever comes first,
 * but by time only once a tenth of {@code everyResources} has been validated: inputs smaller than
 * that (where the first, slow validation would otherwise trigger a line) print none.
 */
final class Progress {

  private final PrintStream err;
  private final int everyResources;
  private final long everyMillis;
  private final LongSupplier clockMillis;
  private long lastLine;
  private int lastCount;

  Progress(PrintStream err, int everyResources, long everyMillis, LongSupplier clockMillis) {
    this.err = err;
    this.everyResources = everyResources;
    this.everyMillis = everyMillis;
    this.clockMillis = clockMillis;
    this.lastLine = clockMillis.getAsLong();
  }

  /** Called after each resource. */
  void update(Tally tally) {
    long now = clockMillis.getAsLong();
    int sinceLast = tally.resources() - lastCount;
    boolean large = tally.resources() >= Math.max(1, everyResources / 10);
    if (sinceLast >= everyResources || (large && sinceLast > 0 && now - lastLine >= everyMillis)) {
      err.println(
          "... "
              + tally.resources()
              + " resources validated, "
              + tally.invalidCount()
              + " invalid so far");
      err.flush();
      lastLine = now;
      lastCount = tally.resources();
    }
  }
}
