package fi.tyokyky.server;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fi.tyokyky.server.load.ExaminationGenerator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;

/**
 * A generated examination submitted once, with the ids the server gave its resources.
 *
 * @param index the generator's examination index
 * @param henkilotunnus the client's henkilötunnus
 * @param encounterIdentifier the encounter's business identifier as {@code system|value}
 * @param submitted the transaction Bundle sent
 * @param response the transaction-response Bundle received
 */
record StoredExamination(
    int index,
    String henkilotunnus,
    String encounterIdentifier,
    Bundle submitted,
    Bundle response) {

  /** Builds examination {@code index} of {@code generator} and submits it as a transaction. */
  static StoredExamination submit(
      IGenericClient client, ExaminationGenerator generator, int index) {
    Bundle submitted = generator.bundle(index);
    Bundle response = client.transaction().withBundle(submitted).execute();
    var key = generator.encounterKey(index);
    return new StoredExamination(
        index,
        generator.henkilotunnus(index),
        key.system() + "|" + key.value(),
        submitted,
        response);
  }

  /** How many resources of {@code type} the submission holds. */
  long countOf(String type) {
    return submitted.getEntry().stream()
        .filter(e -> type.equals(e.getResource().fhirType()))
        .count();
  }

  /**
   * The server id ({@code Type/id}, no version) of the first submitted resource of {@code type}.
   */
  IdType id(String type) {
    int index = FhirServerTest.indexOfType(submitted, type);
    return new IdType(response.getEntry().get(index).getResponse().getLocation())
        .toUnqualifiedVersionless();
  }
}
