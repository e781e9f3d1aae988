package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepointCode;
import java.util.List;

/**
 * The parts every observation record shares (the package's {@code ObservationBase} rule set):
 * identifier, status, when, who and at which measurement time point. The client and the encounter
 * are those of the examination the record belongs to.
 */
public interface ObservationRecord extends Keyed {

  /** The source system's id of the observation; never null. */
  BusinessIdentifier identifier();

  /** The status; never null (builders default to {@link ObservationStatus#FINAL}). */
  ObservationStatus status();

  /** When the observation applies, or when its period starts: a day or a moment; never null. */
  PointInTime effective();

  /**
   * When the period the observation covers ends (e.g. the last day of a work trial); null for an
   * observation of one point in time. Not before {@link #effective()}.
   */
  PointInTime effectiveEnd();

  /**
   * Who made the observation: professional roles, the client (self-reported) or organisations;
   * never null, may be empty.
   */
  List<Actor> performers();

  /** The outcome-measurement time point; null if the observation is not part of one. */
  MeasurementTimepointCode timepoint();

  /** The identifier. */
  @Override
  default BusinessIdentifier key() {
    return identifier();
  }
}
