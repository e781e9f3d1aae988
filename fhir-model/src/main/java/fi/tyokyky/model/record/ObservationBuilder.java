package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepointCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The setters every observation builder shares; see {@link ObservationRecord} for the meaning of
 * each part. Every setter accepts null to clear the value.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ObservationBuilder<B extends ObservationBuilder<B>> {

  /** The source system's id (required). */
  protected BusinessIdentifier identifier;

  /** The status; default {@link ObservationStatus#FINAL}. */
  protected ObservationStatus status = ObservationStatus.FINAL;

  /** When the observation applies or its period starts (required). */
  protected PointInTime effective;

  /** When its period ends. */
  protected PointInTime effectiveEnd;

  /** Who made it. */
  protected final List<Actor> performers = new ArrayList<>();

  /** The measurement time point. */
  protected MeasurementTimepointCode timepoint;

  /** For subclasses. */
  protected ObservationBuilder() {}

  /** This builder. */
  protected abstract B self();

  /** The source system's id of the observation (required). */
  public B identifier(BusinessIdentifier value) {
    this.identifier = value;
    return self();
  }

  /** The status; default final. */
  public B status(ObservationStatus value) {
    this.status = value;
    return self();
  }

  /** When the observation applies (required). */
  public B effective(PointInTime value) {
    this.effective = value;
    return self();
  }

  /** When the observation applies, as a moment (required). */
  public B effective(OffsetDateTime value) {
    return effective(value == null ? null : PointInTime.of(value));
  }

  /** When the observation applies, as a day (required). */
  public B effective(LocalDate value) {
    return effective(value == null ? null : PointInTime.of(value));
  }

  /** When the period the observation covers ends; makes {@code effective} its start. */
  public B effectiveEnd(PointInTime value) {
    this.effectiveEnd = value;
    return self();
  }

  /** When the period ends, as a day. */
  public B effectiveEnd(LocalDate value) {
    return effectiveEnd(value == null ? null : PointInTime.of(value));
  }

  /** Adds a performer. */
  public B performer(Actor value) {
    this.performers.add(value);
    return self();
  }

  /** Adds the client as a performer: the observation is self-reported. */
  public B performedByClient() {
    return performer(Actor.client());
  }

  /** The outcome-measurement time point. */
  public B timepoint(MeasurementTimepointCode value) {
    this.timepoint = value;
    return self();
  }
}
