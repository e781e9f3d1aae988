package fi.tyokyky.statistics.cohort;

import java.util.SplittableRandom;

/**
 * A permutation of {@code 0 … n−1} computed per element, {@code rank(i) = (a·i + b) mod n} with
 * {@code a} coprime to {@code n}: which client gets which attribute is decided without holding a
 * list of the clients, so a cohort of any size needs constant memory. Not random in any statistical
 * sense, only a deterministic shuffle; {@code a} and {@code b} derive from the seed and a salt per
 * attribute, so the attributes are spread independently of each other.
 */
final class Permutation {

  private final long n;
  private final long a;
  private final long b;

  Permutation(long n, long seed, long salt) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative");
    }
    this.n = n;
    if (n <= 1) {
      a = 1;
      b = 0;
      return;
    }
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + salt);
    long candidate = 1 + random.nextLong(n - 1);
    while (gcd(candidate, n) != 1) {
      candidate = candidate % (n - 1) + 1;
    }
    a = candidate;
    b = random.nextLong(n);
  }

  /** The rank of element {@code i} (0 ≤ i < n). */
  long rank(long i) {
    if (i < 0 || i >= n) {
      throw new IndexOutOfBoundsException("element " + i + " of " + n);
    }
    // a, i < n ≤ 2^31, so the product fits in a long.
    return Math.floorMod(a * i + b, n);
  }

  private static long gcd(long x, long y) {
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
}
