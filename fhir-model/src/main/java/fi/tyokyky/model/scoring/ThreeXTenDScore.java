package fi.tyokyky.model.scoring;

import fi.tyokyky.model.record.ThreeXTenDMeasure;
import java.util.Objects;

/**
 * The 3X10D dimensions read from the client's answers, as the record that stores them: map it with
 * {@code ThreeXTenDMapper} or add it to an {@code Examination} with {@code threeXTenD(...)}.
 *
 * @param measure the answered dimensions, derived from the answers; never null
 */
public record ThreeXTenDScore(ThreeXTenDMeasure measure) implements ScoringResult {

  /** Checks that the measure is given. */
  public ThreeXTenDScore {
    Objects.requireNonNull(measure, "measure");
  }
}
