package fi.tyokyky.statistics.suppression;

/**
 * The small-cell threshold: a count from 1 to {@code threshold - 1} is not shown. A count of 0 is
 * shown (it counts no one; see {@code statistics/README.md}). A threshold of 1 hides nothing, for
 * figures that stay inside the register keeper.
 *
 * @param threshold the smallest count that is shown, at least 1; default {@value
 *     #DEFAULT_THRESHOLD}
 */
public record SuppressionPolicy(int threshold) {

  /** The threshold of national statistics: a count below 5 is not shown. */
  public static final int DEFAULT_THRESHOLD = 5;

  /**
   * Checks the threshold.
   *
   * @throws InvalidThresholdException if it is below 1
   */
  public SuppressionPolicy {
    if (threshold < 1) {
      throw new InvalidThresholdException(threshold);
    }
  }

  /** The policy with the {@linkplain #DEFAULT_THRESHOLD default threshold}. */
  public static SuppressionPolicy defaults() {
    return new SuppressionPolicy(DEFAULT_THRESHOLD);
  }

  /** Whether {@code count} is a small cell: more than 0 and below the threshold. */
  public boolean isSmall(long count) {
    return count > 0 && count < threshold;
  }
}
