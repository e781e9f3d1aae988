package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of WorkAbilityConclusionCS ({@code work-ability-conclusion-cs}): Conclusions of the
 * work-ability assessment (työkyvyn arviointi) made in the health examination for the unemployed
 * and by the work-ability support team (seeds 000 to 002).
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum WorkAbilityConclusion implements TyokykyCode {
  /** Able to work: The person is able to work without health-related restrictions. */
  ABLE_TO_WORK("able-to-work", "Työkykyinen", "Able to work"),
  /**
   * Partially able to work: The person can work but health-related limitations reduce the kind or
   * amount of work.
   */
  PARTIALLY_ABLE("partially-able", "Osatyökykyinen", "Partially able to work"),
  /**
   * Temporarily unable to work: The person is unable to work for a limited time because of illness
   * or treatment.
   */
  TEMPORARILY_UNABLE("temporarily-unable", "Tilapäisesti työkyvytön", "Temporarily unable to work"),
  /**
   * Further assessment needed: Work ability cannot be concluded without further examinations or a
   * wider assessment.
   */
  FURTHER_ASSESSMENT_NEEDED(
      "further-assessment-needed", "Työkyky vaatii lisäselvitystä", "Further assessment needed"),
  /**
   * Permanently unable to work: The person is considered permanently unable to work and a
   * disability pension may be assessed.
   */
  PERMANENTLY_UNABLE("permanently-unable", "Pysyvästi työkyvytön", "Permanently unable to work");

  private final String code;
  private final String display;
  private final String englishDisplay;

  WorkAbilityConclusion(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.WORK_ABILITY_CONCLUSION;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code work-ability-conclusion-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static WorkAbilityConclusion fromCode(String code) {
    return Codes.fromCode(WorkAbilityConclusion.class, code);
  }
}
