package fi.tyokyky.statistics.suppression;

import java.util.Objects;
import java.util.Optional;

/** One stratum of a published stratifier: its count and score, each shown or suppressed. */
public final class PublishedCell {

  private final String stratum;
  private final PublishedCount count;
  private final PublishedScore score;

  PublishedCell(String stratum, PublishedCount count, PublishedScore score) {
    this.stratum = Objects.requireNonNull(stratum, "stratum");
    this.count = Objects.requireNonNull(count, "count");
    this.score = score;
  }

  /** The stratum's code; never null. */
  public String stratum() {
    return stratum;
  }

  /** The units in the stratum; never null. */
  public PublishedCount count() {
    return count;
  }

  /** The stratum's score; empty if the figure gives it none. */
  public Optional<PublishedScore> score() {
    return Optional.ofNullable(score);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishedCell cell
        && cell.stratum.equals(stratum)
        && cell.count.equals(count)
        && Objects.equals(cell.score, score);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stratum, count, score);
  }

  @Override
  public String toString() {
    return stratum + "=" + count + (score == null ? "" : " (" + score + ")");
  }
}
