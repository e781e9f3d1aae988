package fi.tyokyky.model.scoring;

/**
 * Anxiety severity bands of the GAD-7 total (Spitzer et al. 2006): 0–4 minimal, 5–9 mild, 10–14
 * moderate, 15–21 severe.
 */
public enum Gad7Severity implements ScoreBand {
  MINIMAL("minimal", 0),
  MILD("mild", 5),
  MODERATE("moderate", 10),
  SEVERE("severe", 15);

  /** The highest possible GAD-7 total. */
  public static final int MAX_TOTAL = 21;

  private final String code;
  private final int lowestTotal;

  Gad7Severity(String code, int lowestTotal) {
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
   * @param total 0–21
   * @throws IllegalArgumentException if the total is out of range
   */
  public static Gad7Severity of(int total) {
    return Bands.bandOf(values(), Gad7Severity::lowestTotal, total, MAX_TOTAL, "GAD-7");
  }
}
