package fi.tyokyky.model.scoring;

/**
 * The outcome of scoring a questionnaire response: either a {@link Score} or the reasons why none
 * can be given ({@link CannotScore}). A response that is incomplete or not valid for its
 * questionnaire never yields a number.
 */
public sealed interface ScoringResult permits Score, CannotScore {

  /** Whether this result is a score. */
  default boolean isScored() {
    return this instanceof Score;
  }
}
