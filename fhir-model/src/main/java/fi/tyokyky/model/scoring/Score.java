package fi.tyokyky.model.scoring;

import fi.tyokyky.model.record.ScoreMeasure;
import java.util.Objects;

/**
 * A total score computed from the client's answers, as the record that stores it: map it with
 * {@code ScoreMeasureMapper} or add it to an {@code Examination} with {@code scores(...)}.
 *
 * @param measure the score with its band, derived from the answers; never null
 */
public record Score(ScoreMeasure measure) implements ScoringResult {

  /** Checks that the measure is given. */
  public Score {
    Objects.requireNonNull(measure, "measure");
  }
}
