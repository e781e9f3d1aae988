package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.Codes;
import fi.tyokyky.model.code.TyokykyCode;
import fi.tyokyky.model.code.UnknownCodeException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** Conversions between the code-system enums and FHIR codings. */
final class Codings {

  private Codings() {}

  /** A coding with system, code and the Finnish display. */
  static Coding coding(TyokykyCode code) {
    return new Coding(code.system(), code.code(), code.display());
  }

  static CodeableConcept concept(TyokykyCode code) {
    return new CodeableConcept(coding(code));
  }

  /** The code of the enum's code system in a concept; null if the concept is null or empty. */
  static <E extends Enum<E> & TyokykyCode> E optional(
      CodeableConcept concept, Class<E> type, String location) {
    if (concept == null || concept.isEmpty()) {
      return null;
    }
    return required(concept, type, location);
  }

  /** The code of the enum's code system in a concept. */
  static <E extends Enum<E> & TyokykyCode> E required(
      CodeableConcept concept, Class<E> type, String location) {
    if (concept != null) {
      for (Coding coding : concept.getCoding()) {
        E value = ofSystem(coding, type, location);
        if (value != null) {
          return value;
        }
      }
    }
    throw new FhirReadException(location, "has no code of " + systemId(type));
  }

  /** The code of a coding; null if the coding is null or empty. */
  static <E extends Enum<E> & TyokykyCode> E optional(
      Coding coding, Class<E> type, String location) {
    if (coding == null || coding.isEmpty()) {
      return null;
    }
    E value = ofSystem(coding, type, location);
    if (value == null) {
      throw new FhirReadException(location, "has no code of " + systemId(type));
    }
    return value;
  }

  /** True if the concept has a coding with this system and code. */
  static boolean has(CodeableConcept concept, String system, String code) {
    return concept != null
        && concept.getCoding().stream()
            .anyMatch(c -> system.equals(c.getSystem()) && code.equals(c.getCode()));
  }

  static boolean has(CodeableConcept concept, Coding coding) {
    return has(concept, coding.getSystem(), coding.getCode());
  }

  private static <E extends Enum<E> & TyokykyCode> E ofSystem(
      Coding coding, Class<E> type, String location) {
    String system = type.getEnumConstants()[0].system();
    if (!system.equals(coding.getSystem())) {
      return null;
    }
    try {
      return Codes.fromCode(type, coding.getCode());
    } catch (UnknownCodeException e) {
      throw new FhirReadException(location, e.getMessage(), e);
    }
  }

  private static String systemId(Class<? extends TyokykyCode> type) {
    return type.getEnumConstants()[0].codeSystem().id();
  }
}
