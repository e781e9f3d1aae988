package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of MeasurementTimepointCS ({@code measurement-timepoint-cs}): Timepoints of the outcome
 * measurements, from the seed 001 evaluation that collected measures at baseline and at about six
 * months.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum MeasurementTimepoint implements TyokykyCode {
  /** Baseline: Measurement at the start of the service. */
  BASELINE("baseline", "Alkutilanne", "Baseline"),
  /** Follow-up at 6 months: Follow-up measurement about six months after the baseline. */
  FOLLOW_UP_6_MONTHS(
      "follow-up-6-months", "Seuranta 6 kuukauden kohdalla", "Follow-up at 6 months"),
  /** Follow-up at 12 months: Follow-up measurement about twelve months after the baseline. */
  FOLLOW_UP_12_MONTHS(
      "follow-up-12-months", "Seuranta 12 kuukauden kohdalla", "Follow-up at 12 months"),
  /** End of service: Measurement when the service ends. */
  END_OF_SERVICE("end-of-service", "Palvelun päättyminen", "End of service");

  private final String code;
  private final String display;
  private final String englishDisplay;

  MeasurementTimepoint(String code, String display, String englishDisplay) {
    this.code = code;
    this.display = display;
    this.englishDisplay = englishDisplay;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public String display() {
    return display;
  }

  @Override
  public String englishDisplay() {
    return englishDisplay;
  }

  @Override
  public TyokykyCodeSystem codeSystem() {
    return TyokykyCodeSystem.MEASUREMENT_TIMEPOINT;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code measurement-timepoint-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static MeasurementTimepoint fromCode(String code) {
    return Codes.fromCode(MeasurementTimepoint.class, code);
  }
}
