package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of FollowUpTaskCS ({@code follow-up-task-cs}): Follow-up tasks of phase 5 of the
 * service path (implementation and follow-up of services) from seed 001.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum FollowUpTaskCode implements TyokykyCode {
  /** Track onward referral: Check that the service to which the client was referred has started. */
  TRACK_REFERRAL("track-referral", "Jatko-ohjauksen seuranta", "Track onward referral"),
  /** Follow-up contact: Contact the client to follow up the situation. */
  FOLLOW_UP_CONTACT("follow-up-contact", "Seurantayhteydenotto", "Follow-up contact"),
  /** Outcome measurement: Collect the outcome measures of the client at a measurement timepoint. */
  OUTCOME_MEASUREMENT("outcome-measurement", "Vaikuttavuusmittarien keruu", "Outcome measurement"),
  /** Plan review: Review and update the client's support plan. */
  PLAN_REVIEW("plan-review", "Suunnitelman arviointi ja päivitys", "Plan review");

  private final String code;
  private final String display;
  private final String englishDisplay;

  FollowUpTaskCode(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.FOLLOW_UP_TASK;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code follow-up-task-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static FollowUpTaskCode fromCode(String code) {
    return Codes.fromCode(FollowUpTaskCode.class, code);
  }
}
