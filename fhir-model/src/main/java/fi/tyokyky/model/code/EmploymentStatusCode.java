package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of EmploymentStatusCS ({@code employment-status-cs}): Employment situation of a client
 * as recorded in the health examination for the unemployed and in the outcome follow-up of the Work
 * Ability Programme pilots (seeds 001 and 004).
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum EmploymentStatusCode implements TyokykyCode {
  /**
   * Unemployed job seeker: Unemployed and registered as a job seeker with the public employment
   * services.
   */
  UNEMPLOYED_JOBSEEKER("unemployed-jobseeker", "Työtön työnhakija", "Unemployed job seeker"),
  /**
   * Unemployed, not registered as a job seeker: Unemployed and not registered as a job seeker with
   * the public employment services.
   */
  UNEMPLOYED_NOT_REGISTERED(
      "unemployed-not-registered",
      "Työtön, ei työnhakijaksi ilmoittautunut",
      "Unemployed, not registered as a job seeker"),
  /** Laid off: Temporarily laid off by the employer while the employment relationship continues. */
  LAID_OFF("laid-off", "Lomautettu", "Laid off"),
  /** Employed full time: Working in full-time paid employment on the open labour market. */
  EMPLOYED_FULL_TIME("employed-full-time", "Kokoaikatyössä", "Employed full time"),
  /** Employed part time: Working in part-time paid employment on the open labour market. */
  EMPLOYED_PART_TIME("employed-part-time", "Osa-aikatyössä", "Employed part time"),
  /** In subsidised employment: Employed in a job supported by a wage subsidy (palkkatuki). */
  SUBSIDISED_EMPLOYMENT(
      "subsidised-employment", "Palkkatuetussa työssä", "In subsidised employment"),
  /** Self-employed: Working as an entrepreneur or self-employed person. */
  SELF_EMPLOYED("self-employed", "Yrittäjä", "Self-employed"),
  /**
   * In rehabilitative work activity: Participating in rehabilitative work activity (kuntouttava
   * työtoiminta) under the social welfare services.
   */
  REHABILITATIVE_WORK_ACTIVITY(
      "rehabilitative-work-activity",
      "Kuntouttavassa työtoiminnassa",
      "In rehabilitative work activity"),
  /**
   * In an employment-promoting service: Participating in a service that promotes employment such as
   * a work trial or labour market training.
   */
  EMPLOYMENT_SERVICE(
      "employment-service",
      "Työllistymistä edistävässä palvelussa",
      "In an employment-promoting service"),
  /** Student: Studying full time in an educational institution. */
  STUDENT("student", "Opiskelija", "Student"),
  /**
   * On sickness allowance or rehabilitation benefit: Receiving sickness allowance or a temporary
   * rehabilitation benefit because of reduced work ability.
   */
  SICKNESS_OR_REHABILITATION_BENEFIT(
      "sickness-or-rehabilitation-benefit",
      "Sairauspäivärahalla tai kuntoutustuella",
      "On sickness allowance or rehabilitation benefit"),
  /** On disability pension: Receiving a full or partial disability pension. */
  DISABILITY_PENSION("disability-pension", "Työkyvyttömyyseläkkeellä", "On disability pension"),
  /**
   * Otherwise outside the labour force: Outside the labour force for a reason not covered by the
   * other codes.
   */
  OUTSIDE_LABOUR_FORCE(
      "outside-labour-force",
      "Muu työvoiman ulkopuolella oleva",
      "Otherwise outside the labour force");

  private final String code;
  private final String display;
  private final String englishDisplay;

  EmploymentStatusCode(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.EMPLOYMENT_STATUS;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code employment-status-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static EmploymentStatusCode fromCode(String code) {
    return Codes.fromCode(EmploymentStatusCode.class, code);
  }
}
