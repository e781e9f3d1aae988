package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.Actor;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/** Conversions between {@link Actor}s and references. */
final class Actors {

  private Actors() {}

  static Reference reference(Actor actor, ReferenceContext references) {
    return switch (actor.kind()) {
      case CLIENT -> references.client();
      case PROFESSIONAL_ROLE -> references.to(ResourceType.PractitionerRole, actor.key());
      case ORGANISATION -> references.to(ResourceType.Organization, actor.key());
    };
  }

  /** The actor a reference points to: the client, a PractitionerRole or an Organization. */
  static Actor read(Reference reference, ReferenceReader references, String location) {
    String type = references.typeOf(reference, location);
    return switch (type) {
      case "Patient" -> Actor.client();
      case "PractitionerRole" -> Actor.role(references.keyOf(reference, location));
      case "Organization" -> Actor.organisation(references.keyOf(reference, location));
      default ->
          throw new FhirReadException(
              location,
              "points to a " + type + ", not the client, a practitioner role or an organisation");
    };
  }

  /** Like {@link #read}; null for a null or empty reference. */
  static Actor optional(Reference reference, ReferenceReader references, String location) {
    return reference == null || reference.isEmpty() ? null : read(reference, references, location);
  }
}
