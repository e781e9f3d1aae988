package fi.tyokyky.model.record;

import fi.tyokyky.model.code.UnknownCodeException;

/**
 * A code of a FHIR core value set (a status, a gender) used by the records. The records keep these
 * as small enums of their own rather than HAPI's, so that the records and their JSON form do not
 * depend on HAPI.
 */
public interface FhirCode {

  /** The FHIR code; never null. */
  String code();

  /**
   * Finds the constant of an enum by its FHIR code.
   *
   * @param type the enum class; not null
   * @param valueSet the value set id for the error message; not null
   * @param code the code; null is rejected
   * @param <E> the enum type
   * @return the constant; never null
   * @throws UnknownCodeException if the code is null or unknown
   */
  static <E extends Enum<E> & FhirCode> E fromCode(Class<E> type, String valueSet, String code) {
    if (code != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.code().equals(code)) {
          return constant;
        }
      }
    }
    throw new UnknownCodeException(valueSet, code);
  }
}
