package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.BusinessIdentifier;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Names the targets of references inside a submission: by {@code Reference.identifier} when
 * present, otherwise by resolving the reference against the entries' full URLs and taking the
 * target's business key.
 */
final class BundleReferenceReader implements ReferenceReader {

  private final Map<String, Resource> byFullUrl = new HashMap<>();

  BundleReferenceReader(Bundle bundle) {
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.hasFullUrl() && entry.hasResource()) {
        byFullUrl.put(entry.getFullUrl(), entry.getResource());
      }
    }
  }

  @Override
  public BusinessIdentifier keyOf(Reference reference, String location) {
    if (reference.hasIdentifier()) {
      return IDENTIFIER.keyOf(reference, location);
    }
    Resource target = byFullUrl.get(reference.getReference());
    if (target == null) {
      throw new FhirReadException(location,
          "neither names a business identifier nor points to an entry of the bundle");
    }
    BusinessIdentifier key = SubmissionKeys.keyOf(target);
    if (key == null) {
      throw new FhirReadException(location, "points to an entry without a business identifier");
    }
    return key;
  }

  @Override
  public String typeOf(Reference reference, String location) {
    if (reference.hasType()) {
      return reference.getType();
    }
    Resource target = byFullUrl.get(reference.getReference());
    return target != null ? target.fhirType() : ReferenceReader.super.typeOf(reference, location);
  }
}
