package fi.tyokyky.model.scoring;

/**
 * Depression severity bands of the PHQ-9 total (Kroenke, Spitzer &amp; Williams 2001): 0–4 minimal,
 * 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
 */
public enum Phq9Severity implements ScoreBand {
  MINIMAL("minimal", 0),
  MILD("mild", 5),
  MODERATE("moderate", 10),
  MODERATELY_SEVERE("moderately-severe", 15),
  SEVERE("severe", 20);

  /** The highest possible PHQ-9 total. */
  public static final int MAX_TOTAL = 27;

  private final String code;
  private final int lowestTotal;

  Phq9Severity(String code, int lowestTotal) {
    this.code = code;
    this.lowestTotal = lowestTotal;
  }

  @Override
  public String code() {
    return code;
  }

  /** The lowest total in this band. */
  public int lowestTotal() {
    return lowestTotal;
  }

  /**
   * The band of a total.
   *
   * @param total 0–27
   * @throws IllegalArgumentException if the total is out of range
   */
  public static Phq9Severity of(int total) {
    return Bands.bandOf(values(), Phq9Severity::lowestTotal, total, MAX_TOTAL, "PHQ-9");
  }
}
