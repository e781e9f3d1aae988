package fi.tyokyky.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.server.security.AccessPolicy.Access;
import fi.tyokyky.server.security.AccessPolicy.Interaction;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyInterceptorTest {

  @ParameterizedTest(name = "{0} {1} → {2} {3} {4}")
  @CsvSource({
    "GET, Patient/1, Patient, READ, ",
    "GET, /Patient/1, Patient, READ, ",
    "GET, Patient/1/_history/2, Patient, VREAD, ",
    "GET, Patient/1/_history, Patient, HISTORY_INSTANCE, ",
    "GET, Patient/_history, Patient, HISTORY_TYPE, ",
    "GET, Patient?identifier=a|b, Patient, SEARCH, ",
    "GET, Patient, Patient, SEARCH, ",
    "GET, Patient/1/$everything, Patient, OPERATION, $everything",
    "GET, Encounter/$examination?identifier=a|b, Encounter, OPERATION, $examination",
    "POST, $reindex, , OPERATION, $reindex",
    "POST, Patient, Patient, CREATE, ",
    "PUT, Patient?identifier=a|b, Patient, UPDATE, ",
    "PATCH, Patient/1, Patient, PATCH, ",
    "DELETE, Patient?identifier=a|b, Patient, DELETE, ",
  })
  void aTransactionEntryIsTheAccessItsMethodAndUrlMake(
      HTTPVerb method, String url, String type, Interaction interaction, String operation) {
    BundleEntryComponent entry = new BundleEntryComponent();
    entry.getRequest().setMethod(method).setUrl(url);

    assertThat(AccessPolicyInterceptor.entryAccess(entry))
        .isEqualTo(new Access(type, interaction, operation));
  }

  @ParameterizedTest
  @CsvSource({"POST", "PUT"})
  void aWriteEntryWithoutAUrlIsJudgedByItsResourceType(HTTPVerb method) {
    BundleEntryComponent entry = new BundleEntryComponent().setResource(new Patient());
    entry.getRequest().setMethod(method);

    assertThat(AccessPolicyInterceptor.entryAccess(entry).resourceType()).isEqualTo("Patient");
  }
}
