package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of WorkAbilityServiceCS ({@code work-ability-service-cs}): Categories of this package
 * for the resources that record the work-ability support of seed 001: episode type, care plan, care
 * team and referral.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum WorkAbilityServiceCode implements TyokykyCode {
  /**
   * Work-ability support: The client's episode of work-ability support by the work-ability support
   * team.
   */
  WORK_ABILITY_SUPPORT("work-ability-support", "Työkyvyn tuki", "Work-ability support"),
  /** Work-ability support plan: The multi-agency plan of the client's work-ability support. */
  SUPPORT_PLAN("support-plan", "Työkyvyn tuen suunnitelma", "Work-ability support plan"),
  /** Multi-agency support network: The multi-agency network of professionals around the client. */
  SUPPORT_NETWORK("support-network", "Monialainen verkosto", "Multi-agency support network"),
  /**
   * Work-ability support referral: An onward referral of the client to a service that supports work
   * ability or employment.
   */
  WORK_ABILITY_REFERRAL(
      "work-ability-referral", "Työkyvyn tuen jatko-ohjaus", "Work-ability support referral");

  private final String code;
  private final String display;
  private final String englishDisplay;

  WorkAbilityServiceCode(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.WORK_ABILITY_SERVICE;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code work-ability-service-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static WorkAbilityServiceCode fromCode(String code) {
    return Codes.fromCode(WorkAbilityServiceCode.class, code);
  }
}
