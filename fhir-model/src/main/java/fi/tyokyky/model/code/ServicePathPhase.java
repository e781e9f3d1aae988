package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of ServicePathPhaseCS ({@code service-path-phase-cs}): The six phases of the client's
 * service path in the operating model of the work-ability support team as listed in seed 001.
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum ServicePathPhase implements TyokykyCode {
  /**
   * Identifying the need and referral to the work-ability support team: Phase 1: the service need
   * is identified and the client is referred to the work-ability support team.
   */
  NEED_IDENTIFIED(
      "need-identified",
      "Palvelutarpeen tunnistaminen ja asiakkaan ohjautuminen työkyvyn tuen tiimin palveluun",
      "Identifying the need and referral to the work-ability support team"),
  /**
   * Clarifying the work-ability need and setting goals: Phase 2: the work-ability need is clarified
   * and goals are set together with the client.
   */
  GOALS_SET(
      "goals-set",
      "Työkyvyn tarpeen selvittäminen ja tavoitteiden asettaminen",
      "Clarifying the work-ability need and setting goals"),
  /**
   * Planning services and coordinating collaboration: Phase 3: the services are planned and the
   * multi-agency collaboration is coordinated.
   */
  SERVICES_PLANNED(
      "services-planned",
      "Palveluiden toiminnan suunnittelu sekä yhteistyön koordinointi",
      "Planning services and coordinating collaboration"),
  /**
   * Means and methods that support work ability: Phase 4: means and methods that support work
   * ability are in use.
   */
  SUPPORT_IN_PROGRESS(
      "support-in-progress",
      "Työkykyä tukevat keinot ja menetelmät",
      "Means and methods that support work ability"),
  /**
   * Onward referral to services with implementation and follow-up: Phase 5: the client is referred
   * onward to services whose implementation is followed up.
   */
  ONWARD_REFERRAL_FOLLOW_UP(
      "onward-referral-follow-up",
      "Jatko-ohjaus palveluihin. Palveluiden toteutus ja seuranta",
      "Onward referral to services with implementation and follow-up"),
  /** Goal achieved: Phase 6: the goal is achieved and the service path ends. */
  GOAL_ACHIEVED("goal-achieved", "Tavoitteen saavuttaminen", "Goal achieved");

  private final String code;
  private final String display;
  private final String englishDisplay;

  ServicePathPhase(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.SERVICE_PATH_PHASE;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code service-path-phase-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static ServicePathPhase fromCode(String code) {
    return Codes.fromCode(ServicePathPhase.class, code);
  }
}
