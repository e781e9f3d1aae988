package fi.tyokyky.statistics.cohort;

/**
 * Integer values for {@code n} units that lie in {@code [min, max]} and sum to exactly {@code
 * total}, spread around the mean: units are paired, one of a pair above the mean by as much as the
 * other is below, and the remainder of the division is one extra for the first units. So a plan can
 * fix a mean exactly (the mean is {@code total / n}) while the values still vary.
 */
final class Spread {

  private final long n;
  private final long base;
  private final long remainder;
  private final long maxDeviation;

  Spread(long n, long total, int min, int max) {
    if (n < 0 || (n == 0 && total != 0) || total < (long) min * n || total > (long) max * n) {
      throw new IllegalArgumentException(
          "a total of " + total + " cannot be spread over " + n + " values " + min + "–" + max);
    }
    this.n = n;
    this.base = n == 0 ? min : Math.floorDiv(total, n);
    this.remainder = n == 0 ? 0 : total - base * n;
    long up = max - base - (remainder > 0 ? 1 : 0);
    this.maxDeviation = Math.max(0, Math.min(base - min, up));
  }

  /** The value of the unit of rank {@code rank} (0 ≤ rank < n). */
  int value(long rank) {
    if (rank < 0 || rank >= n) {
      throw new IndexOutOfBoundsException("rank " + rank + " of " + n);
    }
    long deviation = (rank / 2) % (maxDeviation + 1);
    if (n % 2 == 1 && rank == n - 1) {
      deviation = 0;
    }
    long value = rank % 2 == 0 ? base + deviation : base - deviation;
    return (int) (rank < remainder ? value + 1 : value);
  }
}
