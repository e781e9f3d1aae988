package fi.tyokyky.model.fhir;

import org.hl7.fhir.r4.model.DomainResource;

/**
 * Maps one kind of record to the HAPI R4 resource of its profile and back. Implementations are
 * stateless and thread-safe.
 *
 * <p>{@code toFhir} sets {@code meta.profile}, the fixed codes, categories, units and identifier
 * systems; {@code fromFhir} reads back exactly what {@code toFhir} writes, so that {@code
 * fromFhir(toFhir(r)).equals(r)}.
 *
 * @param <R> the record type
 * @param <F> the FHIR resource type
 */
public interface ResourceMapper<R, F extends DomainResource> {

  /**
   * The resource for a record.
   *
   * @param record the record; not null
   * @param references how to write references to the client, the encounter and other records; not
   *     null
   * @return a new resource without id; never null
   */
  F toFhir(R record, ReferenceContext references);

  /**
   * The record for a resource whose references carry business identifiers (as written by this
   * library).
   *
   * @param resource the resource; not null
   * @return the record; never null
   * @throws FhirReadException if the resource lacks what the record needs
   * @throws fi.tyokyky.model.record.InvalidRecordException if its content is impossible
   */
  default R fromFhir(F resource) {
    return fromFhir(resource, ReferenceReader.IDENTIFIER);
  }

  /**
   * The record for a resource, naming reference targets with the given reader.
   *
   * @param resource the resource; not null
   * @param references how to name the targets of references; not null
   * @return the record; never null
   * @throws FhirReadException if the resource lacks what the record needs
   * @throws fi.tyokyky.model.record.InvalidRecordException if its content is impossible
   */
  R fromFhir(F resource, ReferenceReader references);
}
