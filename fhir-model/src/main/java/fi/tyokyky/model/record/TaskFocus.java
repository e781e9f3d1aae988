package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.tyokyky.model.code.UnknownCodeException;
import java.util.Locale;

/**
 * What a follow-up task is about: a referral, a goal or the plan, by key.
 *
 * @param kind the kind of record; never null
 * @param key the record's key; never null
 */
public record TaskFocus(Kind kind, BusinessIdentifier key) {

  private static final String RECORD = "TaskFocus";

  /**
   * The kinds of record a task may be about. JSON form: {@code referral}, {@code goal}, {@code
   * plan}.
   */
  public enum Kind {
    /** A {@link WorkAbilityReferral} (ServiceRequest). */
    REFERRAL,
    /** A {@link WorkAbilityGoal} (Goal). */
    GOAL,
    /** A {@link WorkAbilitySupportPlan} (CarePlan). */
    PLAN;

    /** The JSON form; never null. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with the given JSON form.
     *
     * @throws UnknownCodeException if the name is null or unknown
     */
    @JsonCreator
    public static Kind fromJsonName(String name) {
      for (Kind kind : values()) {
        if (kind.jsonName().equals(name)) {
          return kind;
        }
      }
      throw new UnknownCodeException("task focus kinds", name);
    }
  }

  /** Checks that both parts are present. */
  public TaskFocus {
    Check.required(kind, RECORD, "kind");
    Check.required(key, RECORD, "key");
  }

  /** The focus on a referral. */
  public static TaskFocus referral(BusinessIdentifier key) {
    return new TaskFocus(Kind.REFERRAL, key);
  }

  /** The focus on a goal. */
  public static TaskFocus goal(BusinessIdentifier key) {
    return new TaskFocus(Kind.GOAL, key);
  }

  /** The focus on the plan. */
  public static TaskFocus plan(BusinessIdentifier key) {
    return new TaskFocus(Kind.PLAN, key);
  }
}
