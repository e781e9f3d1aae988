package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.BusinessIdentifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Tells a mapper which record a FHIR reference points to, as the target's business key. {@link
 * #IDENTIFIER} reads {@code Reference.identifier}, which every reference written by this library
 * carries; {@link ExaminationBundleMapper} also resolves {@code urn:uuid} references to entries of
 * the bundle, for submissions produced elsewhere.
 */
@FunctionalInterface
public interface ReferenceReader {

  /** Reads {@code Reference.identifier}; fails for a reference without one. */
  ReferenceReader IDENTIFIER =
      (reference, location) -> {
        if (!reference.hasIdentifier()) {
          throw new FhirReadException(location, "names no business identifier of its target");
        }
        return Identifiers.read(reference.getIdentifier(), location + ".identifier");
      };

  /**
   * The business key of the reference's target.
   *
   * @param reference a non-empty reference; not null
   * @param location where the reference is, for error messages
   * @return the key; never null
   * @throws FhirReadException if the target cannot be named
   */
  BusinessIdentifier keyOf(Reference reference, String location);

  /** The key of an optional reference; null if the reference is null or empty. */
  default BusinessIdentifier optionalKey(Reference reference, String location) {
    return reference == null || reference.isEmpty() ? null : keyOf(reference, location);
  }

  /**
   * The resource type a reference points to: {@code Reference.type}, else the type part of a
   * relative literal reference ({@code Goal/123}).
   *
   * @param reference a non-empty reference; not null
   * @param location where the reference is, for error messages
   * @return the resource type name, e.g. {@code Goal}; never null
   * @throws FhirReadException if the type cannot be told
   */
  default String typeOf(Reference reference, String location) {
    if (reference.hasType()) {
      return reference.getType();
    }
    String literal = reference.getReference();
    if (literal != null && literal.matches("[A-Z][A-Za-z]+/[^/]+(/_history/.*)?")) {
      return literal.substring(0, literal.indexOf('/'));
    }
    throw new FhirReadException(location, "does not say which type of resource it points to");
  }
}
