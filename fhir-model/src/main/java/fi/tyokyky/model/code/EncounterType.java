package fi.tyokyky.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The codes of EncounterTypeCS ({@code encounter-type-cs}): Types of contact counted in the work-
 * ability support pilots such as coordinator visits, team physician visits and consultation
 * contacts (seeds 001 and 002).
 *
 * <p>Constants mirror the package's code system; a test compares them with the code system in the
 * package so the two cannot drift apart. JSON form: the code.
 */
public enum EncounterType implements TyokykyCode {
  /**
   * Health examination for the unemployed: The statutory health examination for an unemployed
   * person in primary health care.
   */
  UNEMPLOYED_HEALTH_EXAMINATION(
      "unemployed-health-examination",
      "Työttömän terveystarkastus",
      "Health examination for the unemployed"),
  /** Work-ability coordinator visit: A visit of the client to the work-ability coordinator. */
  COORDINATOR_VISIT(
      "coordinator-visit",
      "Työkykykoordinaattorin vastaanottokäynti",
      "Work-ability coordinator visit"),
  /**
   * Team physician visit: A visit of the client to the physician of the work-ability support team.
   */
  TEAM_PHYSICIAN_VISIT(
      "team-physician-visit",
      "Työkyvyn tuen tiimin lääkärin vastaanottokäynti",
      "Team physician visit"),
  /**
   * Work-ability support team meeting: A meeting of the client with the work-ability support team.
   */
  TEAM_MEETING(
      "team-meeting", "Työkyvyn tuen tiimin tapaaminen", "Work-ability support team meeting"),
  /** Network meeting: A meeting of the client with professionals of several organisations. */
  NETWORK_MEETING("network-meeting", "Verkostopalaveri", "Network meeting"),
  /**
   * Consultation contact: A professional of another organisation consults the work-ability
   * coordinator about a client.
   */
  CONSULTATION_CONTACT("consultation-contact", "Konsultaatioyhteydenotto", "Consultation contact"),
  /** Follow-up visit: A visit to follow up the client's situation and the agreed services. */
  FOLLOW_UP_VISIT("follow-up-visit", "Seurantakäynti", "Follow-up visit");

  private final String code;
  private final String display;
  private final String englishDisplay;

  EncounterType(String code, String display, String englishDisplay) {
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
    return TyokykyCodeSystem.ENCOUNTER_TYPE;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code of {@code encounter-type-cs}; not null
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or not in the code system
   */
  @JsonCreator
  public static EncounterType fromCode(String code) {
    return Codes.fromCode(EncounterType.class, code);
  }
}
