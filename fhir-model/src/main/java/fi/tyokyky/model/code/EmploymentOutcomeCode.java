package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of EmploymentOutcomeCS ({@code employment-outcome-cs}): Outcomes of the work-ability
 * and employment support, from the supported employment results of seed 004 and the employment
 * situation measure of seed 001.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum EmploymentOutcomeCode implements TyokykyCode {
  /** Employment contract: The client signed an employment contract. */
  EMPLOYMENT_CONTRACT("employment-contract", "Työsopimus", "Employment contract"),
  /** Work trial: The client started a work trial. */
  WORK_TRIAL("work-trial", "Työkokeilu", "Work trial"),
  /** Education: The client started studies or training. */
  EDUCATION("education", "Koulutus", "Education"),
  /** Rehabilitative work activity: The client started rehabilitative work activity. */
  REHABILITATIVE_WORK_ACTIVITY(
      "rehabilitative-work-activity", "Kuntouttava työtoiminta", "Rehabilitative work activity"),
  /** Rehabilitation: The client started rehabilitation. */
  REHABILITATION("rehabilitation", "Kuntoutus", "Rehabilitation"),
  /** Entrepreneurship: The client started working as an entrepreneur. */
  ENTREPRENEURSHIP("entrepreneurship", "Yrittäjyys", "Entrepreneurship"),
  /** Pension: The client was granted a pension. */
  PENSION("pension", "Eläke", "Pension"),
  /** No change: The employment situation of the client did not change. */
  NO_CHANGE("no-change", "Ei muutosta", "No change"),
  /** Other: An outcome not covered by the other codes. */
  OTHER("other", "Muu", "Other");

  private final String code;
  private final String display;
  private final String englishDisplay;

  EmploymentOutcomeCode(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.EMPLOYMENT_OUTCOME;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code employment-outcome-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static EmploymentOutcomeCode fromCode(String code) {
    return Codes.fromCode(EmploymentOutcomeCode.class, code);
  }
}
