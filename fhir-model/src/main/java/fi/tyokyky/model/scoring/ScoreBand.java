package fi.tyokyky.model.scoring;

/**
 * An interpretation band of a total score (a severity, a risk level or a category), implemented by
 * one enum per instrument.
 */
public interface ScoreBand {

  /** A stable lower-case code of the band, e.g. {@code moderately-severe}; never null. */
  String code();
}
