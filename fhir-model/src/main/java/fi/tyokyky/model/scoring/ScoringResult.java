package fi.tyokyky.model.scoring;

/**
 * The outcome of scoring the client's answers: a {@link Score} (a total), a {@link ThreeXTenDScore}
 * (3X10D, which has dimensions and no total), or the reasons why none can be given ({@link
 * CannotScore}). Answers that are incomplete or not valid for their questionnaire never yield a
 * number.
 */
public sealed interface ScoringResult permits Score, ThreeXTenDScore, CannotScore {

  /** Whether this result is a score. */
  default boolean isScored() {
    return !(this instanceof CannotScore);
  }
}
