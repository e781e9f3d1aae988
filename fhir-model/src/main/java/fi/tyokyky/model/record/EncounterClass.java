package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.tyokyky.model.code.UnknownCodeException;

/**
 * Whether a contact was a visit, a remote contact or a home visit; written to {@code
 * Encounter.class} with the HL7 v3 ActCode codes {@code AMB}, {@code VR} and {@code HH}. JSON form:
 * {@code visit}, {@code virtual}, {@code home}.
 */
public enum EncounterClass {
  /** A visit at the service provider's premises (ActCode {@code AMB}, ambulatory). */
  VISIT("visit", "AMB", "ambulatory"),
  /** A contact by phone or video (ActCode {@code VR}, virtual). */
  VIRTUAL("virtual", "VR", "virtual"),
  /** A visit at the client's home (ActCode {@code HH}, home health). */
  HOME("home", "HH", "home health");

  /** The code system of {@link #actCode()}. */
  public static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

  private final String jsonName;
  private final String actCode;
  private final String actDisplay;

  EncounterClass(String jsonName, String actCode, String actDisplay) {
    this.jsonName = jsonName;
    this.actCode = actCode;
    this.actDisplay = actDisplay;
  }

  /** The name used in the plain JSON form; never null. */
  @JsonValue
  public String jsonName() {
    return jsonName;
  }

  /** The HL7 v3 ActCode code; never null. */
  public String actCode() {
    return actCode;
  }

  /** The HL7 v3 ActCode display; never null. */
  public String actDisplay() {
    return actDisplay;
  }

  /**
   * The constant with the given JSON name.
   *
   * @throws UnknownCodeException if the name is null or unknown
   */
  @JsonCreator
  public static EncounterClass fromJsonName(String name) {
    for (EncounterClass value : values()) {
      if (value.jsonName.equals(name)) {
        return value;
      }
    }
    throw new UnknownCodeException("encounter-class", name);
  }

  /**
   * The constant with the given ActCode code.
   *
   * @throws UnknownCodeException if the code is null or not one of AMB, VR, HH
   */
  public static EncounterClass fromActCode(String code) {
    for (EncounterClass value : values()) {
      if (value.actCode.equals(code)) {
        return value;
      }
    }
    throw new UnknownCodeException("v3-ActCode (AMB, VR, HH)", code);
  }
}
