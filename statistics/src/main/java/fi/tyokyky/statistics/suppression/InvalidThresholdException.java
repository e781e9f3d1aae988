package fi.tyokyky.statistics.suppression;

/** Thrown when a suppression threshold below 1 is asked for. */
public class InvalidThresholdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int threshold;

  /**
   * Creates the exception.
   *
   * @param threshold the threshold refused
   */
  public InvalidThresholdException(int threshold) {
    super("a suppression threshold must be at least 1, was " + threshold);
    this.threshold = threshold;
  }

  /** The threshold refused. */
  public int threshold() {
    return threshold;
  }
}
