package fi.tyokyky.model.scoring;

import fi.tyokyky.model.code.ScoreBandCode;
import java.util.Optional;

/**
 * An interpretation band of a total score (a severity, a risk level or a category), implemented by
 * one enum per instrument.
 */
public interface ScoreBand {

  /** A stable lower-case code of the band, e.g. {@code moderately-severe}; never null. */
  String code();

  /**
   * The ScoreBandCS code that records this band in {@code Observation.interpretation}.
   *
   * @return the band's code; empty where the package records the band otherwise (the Work Ability
   *     Index category) or not at all (an AUDIT-C risk that is unknown because the sex is)
   */
  default Optional<ScoreBandCode> interpretation() {
    for (ScoreBandCode candidate : ScoreBandCode.values()) {
      if (candidate.code().equals(code())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
