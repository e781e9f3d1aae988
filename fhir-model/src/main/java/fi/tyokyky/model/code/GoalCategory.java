package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of GoalCategoryCS ({@code goal-category-cs}): Categories of the goals set in phase 2 of
 * the service path, derived from the client outcome aims of seed 001.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum GoalCategory implements TyokykyCode {
  /** Work ability: A goal that concerns the client's work ability. */
  WORK_ABILITY("work-ability", "Työkyky", "Work ability"),
  /** Employment: A goal that concerns finding or keeping a job. */
  EMPLOYMENT("employment", "Työllistyminen", "Employment"),
  /** Education: A goal that concerns studies or training. */
  EDUCATION("education", "Koulutus", "Education"),
  /** Health: A goal that concerns the client's health or treatment. */
  HEALTH("health", "Terveys", "Health"),
  /** Functioning: A goal that concerns the client's functional capacity. */
  FUNCTIONING("functioning", "Toimintakyky", "Functioning"),
  /** Social participation: A goal that concerns the client's social inclusion and participation. */
  SOCIAL_PARTICIPATION("social-participation", "Sosiaalinen osallisuus", "Social participation"),
  /** Rehabilitation: A goal that concerns rehabilitation. */
  REHABILITATION("rehabilitation", "Kuntoutuminen", "Rehabilitation"),
  /** Livelihood: A goal that concerns the client's income and financial situation. */
  LIVELIHOOD("livelihood", "Toimeentulo", "Livelihood");

  private final String code;
  private final String display;
  private final String englishDisplay;

  GoalCategory(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.GOAL_CATEGORY;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code goal-category-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static GoalCategory fromCode(String code) {
    return Codes.fromCode(GoalCategory.class, code);
  }
}
