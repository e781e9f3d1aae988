package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.BusinessIdentifier;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Identifier;

/** Conversions between business identifiers and FHIR identifiers. */
final class Identifiers {

  private Identifiers() {}

  static Identifier identifier(BusinessIdentifier value) {
    return new Identifier().setSystem(value.system()).setValue(value.value());
  }

  static BusinessIdentifier read(Identifier identifier, String location) {
    if (identifier == null || !identifier.hasSystem() || !identifier.hasValue()) {
      throw new FhirReadException(location, "needs a system and a value");
    }
    try {
      return BusinessIdentifier.of(identifier.getSystem(), identifier.getValue());
    } catch (IllegalArgumentException e) {
      throw new FhirReadException(location, e.getMessage(), e);
    }
  }

  /** The identifier with the given system, if any. */
  static Optional<Identifier> withSystem(List<Identifier> identifiers, String system) {
    return identifiers.stream().filter(i -> system.equals(i.getSystem())).findFirst();
  }

  /** The first identifier whose system is not the given one, as a business identifier. */
  static BusinessIdentifier firstOther(List<Identifier> identifiers, String excluded, String type) {
    for (int i = 0; i < identifiers.size(); i++) {
      if (!excluded.equals(identifiers.get(i).getSystem())) {
        return read(identifiers.get(i), type + ".identifier[" + i + "]");
      }
    }
    return null;
  }

  /** The first identifier, as a business identifier; null if there is none. */
  static BusinessIdentifier first(List<Identifier> identifiers, String type) {
    return identifiers.isEmpty() ? null : read(identifiers.get(0), type + ".identifier[0]");
  }
}
