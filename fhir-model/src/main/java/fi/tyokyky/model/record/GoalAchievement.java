package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a goal has been achieved (FHIR code system goal-achievement, system
 * http://terminology.hl7.org/CodeSystem/goal-achievement); written to {@code
 * Goal.achievementStatus}. JSON form: the FHIR code.
 */
public enum GoalAchievement implements FhirCode {
  /** {@code in-progress}. */
  IN_PROGRESS("in-progress"),
  /** {@code improving}. */
  IMPROVING("improving"),
  /** {@code worsening}. */
  WORSENING("worsening"),
  /** {@code no-change}. */
  NO_CHANGE("no-change"),
  /** {@code achieved}. */
  ACHIEVED("achieved"),
  /** {@code sustaining}. */
  SUSTAINING("sustaining"),
  /** {@code not-achieved}. */
  NOT_ACHIEVED("not-achieved"),
  /** {@code no-progress}. */
  NO_PROGRESS("no-progress"),
  /** {@code not-attainable}. */
  NOT_ATTAINABLE("not-attainable");

  private final String code;

  GoalAchievement(String code) {
    this.code = code;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * The constant with the given FHIR code.
   *
   * @param code a code of {@code goal-achievement}; not null
   * @return the constant; never null
   * @throws fi.tyokyky.model.code.UnknownCodeException if the code is null or unknown
   */
  @JsonCreator
  public static GoalAchievement fromCode(String code) {
    return FhirCode.fromCode(GoalAchievement.class, "goal-achievement", code);
  }
}
