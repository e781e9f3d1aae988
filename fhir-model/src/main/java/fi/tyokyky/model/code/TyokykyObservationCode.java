package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of TyokykyObservationCS ({@code tyokyky-observation-cs}): Observation codes of this
 * package for the work-ability data items of the Work Ability Programme pilots (seeds 000 to 004)
 * that have no LOINC code.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum TyokykyObservationCode implements TyokykyCode {
  /**
   * Work Ability Score: Self-rated current work ability compared with lifetime best on a scale from
   * 0 to 10 (työkykyaika).
   */
  WORK_ABILITY_SCORE("work-ability-score", "Työkykypistemäärä", "Work Ability Score"),
  /** Work Ability Index: Total score of the Work Ability Index questionnaire from 7 to 49. */
  WORK_ABILITY_INDEX("work-ability-index", "Työkykyindeksi", "Work Ability Index"),
  /**
   * Work Ability Index category: Category of the Work Ability Index total score: poor, moderate,
   * good or excellent.
   */
  WAI_CATEGORY("wai-category", "Työkykyindeksin luokka", "Work Ability Index category"),
  /**
   * Participation indicator score: Total score of the THL participation indicator
   * (Osallisuusindikaattori) questionnaire.
   */
  PARTICIPATION_INDICATOR(
      "participation-indicator", "Osallisuusindikaattori", "Participation indicator score"),
  /**
   * 3X10D quality-of-life profile: Result of the 3X10D quality-of-life measure across its ten
   * dimensions.
   */
  THREE_X_TEN_D("three-x-ten-d", "3X10D-elämänlaatumittari", "3X10D quality-of-life profile"),
  /** Duration of unemployment: Length of the current period of unemployment. */
  UNEMPLOYMENT_DURATION("unemployment-duration", "Työttömyyden kesto", "Duration of unemployment"),
  /**
   * Long-term unemployment: Whether the person has been unemployed for at least 12 months without
   * interruption.
   */
  LONG_TERM_UNEMPLOYED("long-term-unemployed", "Pitkäaikaistyöttömyys", "Long-term unemployment"),
  /**
   * Registered job seeker: Whether the person is registered as a job seeker with the public
   * employment services.
   */
  REGISTERED_JOB_SEEKER(
      "registered-job-seeker", "Rekisteröitynyt työnhakija", "Registered job seeker"),
  /**
   * Employment service registered with: The kind of public employment service the job seeker is
   * registered with (TE office or municipal employment services).
   */
  EMPLOYMENT_SERVICE(
      "employment-service",
      "Työllisyyspalvelu, jossa asiakas on työnhakijana",
      "Employment service registered with"),
  /**
   * Occupational or student health care coverage: Whether the person is covered by occupational
   * health care or student health care.
   */
  HEALTH_CARE_COVERAGE(
      "health-care-coverage",
      "Työterveys- tai opiskeluterveydenhuollon piiri",
      "Occupational or student health care coverage"),
  /** Work-ability assessment: Professional conclusion on the person's work ability. */
  WORK_ABILITY_ASSESSMENT("work-ability-assessment", "Työkyvyn arvio", "Work-ability assessment"),
  /**
   * Limitation of work ability: A health-related or other factor that limits the person's work
   * ability.
   */
  WORK_ABILITY_LIMITATION(
      "work-ability-limitation", "Työkykyä rajoittava tekijä", "Limitation of work ability"),
  /**
   * Recommendation: Recommendation given by the professional as part of the work-ability
   * assessment.
   */
  RECOMMENDATION("recommendation", "Suositus", "Recommendation"),
  /**
   * Employment outcome: Result of the support for employment such as an employment contract or a
   * work trial.
   */
  EMPLOYMENT_OUTCOME("employment-outcome", "Työllistymisen tulos", "Employment outcome"),
  /** Wage subsidy: Whether the employment is supported by a wage subsidy (palkkatuki). */
  WAGE_SUBSIDY("wage-subsidy", "Palkkatuki", "Wage subsidy"),
  /**
   * Employment interrupted: Whether the employment that started during the support was interrupted.
   */
  EMPLOYMENT_INTERRUPTED("employment-interrupted", "Työsuhde keskeytyi", "Employment interrupted"),
  /**
   * Work-ability support team eligibility: Assessment of the client criteria of the work-ability
   * support team (seed 001).
   */
  TEAM_ELIGIBILITY(
      "team-eligibility",
      "Työkyvyn tuen tiimin asiakaskriteerit",
      "Work-ability support team eligibility");

  private final String code;
  private final String display;
  private final String englishDisplay;

  TyokykyObservationCode(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.TYOKYKY_OBSERVATION;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code tyokyky-observation-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static TyokykyObservationCode fromCode(String code) {
    return Codes.fromCode(TyokykyObservationCode.class, code);
  }
}
