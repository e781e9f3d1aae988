package fi.tyokyky.server;

import static fi.tyokyky.server.FhirServerTest.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Writes of profiled types must claim and conform to a Työkyky profile, on every storage path;
 * violations answer 422 with an OperationOutcome locating every error, and store nothing.
 */
interface ProfileEnforcementScenarios extends FhirServerTest {

  String HETU_RULE_MESSAGE = "Constraint failed: tk-hetu: 'A henkilötunnus is DDMMYYCZZZQ";

  @Test
  default void patientClaimingNoTyokykyProfileIsRejectedWith422() {
    String family = uniqueFamilyName();
    Patient patient = new Patient();
    patient.addName().setFamily(family);

    assertThatThrownBy(() -> client().create().resource(patient).execute())
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            rejection -> {
              assertThat(rejection.getStatusCode()).isEqualTo(422);
              OperationOutcomeIssueComponent issue = errors(rejection).get(0);
              assertThat(issue.getExpression())
                  .extracting(Object::toString)
                  .containsExactly("Patient.meta.profile");
              assertThat(issue.getDiagnostics())
                  .isEqualTo(
                      "Resource of type \"Patient\" does not declare conformance to an accepted"
                          + " profile; meta.profile must name one of ["
                          + TYOKYKY_PATIENT
                          + "]");
            });
    assertThat(count("Patient", "family:exact=" + family)).isZero();
  }

  @Test
  default void patientBreakingTheTyokykyProfileIsRejectedWithLocatedErrors() {
    Patient patient = tyokykyPatient(uniqueFamilyName());
    patient.getIdentifierFirstRep().setValue(null);

    assertThatThrownBy(() -> client().create().resource(patient).execute())
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            rejection -> {
              assertThat(rejection.getStatusCode()).isEqualTo(422);
              List<OperationOutcomeIssueComponent> errors = errors(rejection);
              assertThat(errors)
                  .allSatisfy(error -> assertThat(error.getExpression()).isNotEmpty());
              assertThat(errors)
                  .anySatisfy(
                      error -> {
                        assertThat(error.getExpression().get(0).getValue())
                            .isEqualTo("Patient.identifier[0]");
                        assertThat(error.getDiagnostics())
                            .isEqualTo(
                                "Patient.identifier:henkilotunnus.value: minimum required = 1,"
                                    + " but only found 0 (from "
                                    + TYOKYKY_PATIENT
                                    + "|"
                                    + TyokykyPackage.VERSION
                                    + ")");
                      });
            });
  }

  @Test
  default void patientConformingToTheTyokykyProfileIsStored() {
    String family = uniqueFamilyName();

    MethodOutcome outcome = client().create().resource(tyokykyPatient(family)).execute();

    assertThat(outcome.getCreated()).isTrue();
    assertThat(count("Patient", "family:exact=" + family)).isEqualTo(1);
  }

  @Test
  default void updateBreakingTheProfileIsRejectedAndTheStoredVersionKept() {
    String family = uniqueFamilyName();
    String id = client().create().resource(tyokykyPatient(family)).execute().getId().getIdPart();
    Patient changed = tyokykyPatient(family);
    changed.setId(id);
    changed.getIdentifierFirstRep().setValue("010180-900A");

    assertThatThrownBy(() -> client().update().resource(changed).execute())
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            rejection ->
                assertThat(errors(rejection))
                    .anySatisfy(
                        error -> {
                          assertThat(error.getExpression().get(0).getValue())
                              .isEqualTo("Patient.identifier[0]");
                          assertThat(error.getDiagnostics()).startsWith(HETU_RULE_MESSAGE);
                        }));
    Patient stored = client().read().resource(Patient.class).withId(id).execute();
    assertThat(stored.getMeta().getVersionId()).isEqualTo("1");
    assertThat(stored.getIdentifierFirstRep().getValue()).isEqualTo(TEST_HETU);
  }

  @Test
  default void patchRemovingTheProfileClaimIsRejected() {
    String id =
        client()
            .create()
            .resource(tyokykyPatient(uniqueFamilyName()))
            .execute()
            .getId()
            .getIdPart();
    String removeProfile = "[{\"op\":\"remove\",\"path\":\"/meta/profile\"}]";

    assertThatThrownBy(
            () -> client().patch().withBody(removeProfile).withId("Patient/" + id).execute())
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            rejection ->
                assertThat(errors(rejection).get(0).getExpression().get(0).getValue())
                    .isEqualTo("Patient.meta.profile"));
    assertThat(
            client().read().resource(Patient.class).withId(id).execute().getMeta().getVersionId())
        .isEqualTo("1");
  }

  @Test
  default void metaDeleteOfTheProfileClaimIsRefused() {
    String id =
        client()
            .create()
            .resource(tyokykyPatient(uniqueFamilyName()))
            .execute()
            .getId()
            .getIdPart();
    Meta claim = new Meta();
    claim.addProfile(TYOKYKY_PATIENT);

    // $meta-delete is not the record owner's (OperationExposure) ...
    assertThatThrownBy(
            () ->
                client()
                    .meta()
                    .delete()
                    .onResource(new IdType("Patient", id))
                    .meta(claim)
                    .execute())
        .isInstanceOf(ForbiddenOperationException.class);
    // ... and the administrator's reaches no organisation's records, where it would be enforced
    // like any other write.
    assertThatThrownBy(
            () ->
                client(TestCaller.ADMIN)
                    .meta()
                    .delete()
                    .onResource(new IdType("Patient", id))
                    .meta(claim)
                    .execute())
        .isInstanceOfAny(ResourceNotFoundException.class, UnprocessableEntityException.class);
    assertThat(client().read().resource(Patient.class).withId(id).execute().getMeta().getProfile())
        .extracting(profile -> profile.getValue())
        .containsExactly(TYOKYKY_PATIENT);
  }

  @Test
  default void transactionReportsTheErrorsOfEveryEntryAndStoresNothing() {
    String family = uniqueFamilyName();
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    addCreate(transaction, tyokykyPatient(family));
    Patient unprofiled = new Patient();
    unprofiled.addName().setFamily(family);
    addCreate(transaction, unprofiled);
    Patient badCode = tyokykyPatient(family);
    badCode.getIdentifierFirstRep().setValue("010180-900A");
    addCreate(transaction, badCode);

    assertThatThrownBy(() -> client().transaction().withBundle(transaction).execute())
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            rejection -> {
              List<OperationOutcomeIssueComponent> errors = errors(rejection);
              assertThat(errors)
                  .extracting(error -> error.getExpression().get(0).getValue())
                  .containsExactlyInAnyOrder(
                      "Bundle.meta.profile",
                      "Bundle.entry[1].resource/*Patient/null*/.meta.profile",
                      "Bundle.entry[2].resource/*Patient/null*/.identifier[0]");
              assertThat(errors)
                  .filteredOn(
                      error -> error.getExpression().get(0).getValue().endsWith("identifier[0]"))
                  .singleElement()
                  .satisfies(
                      error -> assertThat(error.getDiagnostics()).startsWith(HETU_RULE_MESSAGE));
            });
    assertThat(count("Patient", "family:exact=" + family)).isZero();
  }

  @Test
  default void rejectionOfASubmissionDoesNotEchoTheHenkilotunnusOrName() {
    int index = nextExaminationIndex();
    TestCaller caller = submitterOf(index);
    Bundle submission = generator().bundle(index);
    Patient patient = FhirServerTest.firstOfType(submission, Patient.class);
    String original = patient.getIdentifierFirstRep().getValue();
    // A check character that does not match: personal data that must not come back.
    String wrong = original.substring(0, 10) + (original.charAt(10) == 'A' ? 'B' : 'A');
    patient.getIdentifierFirstRep().setValue(wrong);
    String family = patient.getNameFirstRep().getFamily();

    RawHttp.Answer answer =
        http(caller)
            .send(
                "POST",
                "/fhir",
                "application/fhir+json",
                FHIR.newJsonParser().encodeResourceToString(submission));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.contentType()).startsWith("application/fhir+json");
    assertThat(answer.body()).doesNotContain(wrong).doesNotContain(original).doesNotContain(family);
    OperationOutcome outcome =
        FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    int patientEntry = FhirServerTest.indexOfType(submission, "Patient");
    assertThat(errors(outcome))
        .anySatisfy(
            error -> {
              assertThat(error.getExpression().get(0).getValue())
                  .isEqualTo(
                      "Bundle.entry[" + patientEntry + "].resource/*Patient/null*/.identifier[0]");
              assertThat(error.getDiagnostics()).startsWith(HETU_RULE_MESSAGE);
            });
    assertThat(count(caller, "Patient", "identifier=" + HETU_SYSTEM + "|" + wrong)).isZero();
  }

  @Test
  default void validateOperationReturnsTheIssuesOfAProfiledType() {
    Patient patient = tyokykyPatient(uniqueFamilyName());
    patient.getIdentifierFirstRep().setValue(null);

    MethodOutcome outcome = client().validate().resource(patient).execute();

    List<OperationOutcomeIssueComponent> errors =
        errors((OperationOutcome) outcome.getOperationOutcome());
    assertThat(errors)
        .anySatisfy(
            error -> {
              assertThat(error.getDiagnostics())
                  .startsWith("Patient.identifier:henkilotunnus.value: minimum required = 1");
              assertThat(error.getExpression().get(0).getValue())
                  .isEqualTo("Patient.identifier[0]");
            });
  }

  @Test
  default void validateOperationFindsNoErrorInAConformingResourceAndChecksARequestedProfile() {
    Patient conforming = tyokykyPatient(uniqueFamilyName());
    OperationOutcome valid =
        (OperationOutcome) client().validate().resource(conforming).execute().getOperationOutcome();
    assertThat(valid.getIssue())
        .noneMatch(
            issue ->
                issue.getSeverity().ordinal() <= OperationOutcome.IssueSeverity.ERROR.ordinal());

    // No profile claimed, so only the requested profile's rule on the henkilötunnus can fail.
    Patient plain = new Patient();
    plain.addIdentifier().setSystem(HETU_SYSTEM).setValue("010180-900A");
    Parameters parameters = new Parameters();
    parameters.addParameter().setName("resource").setResource(plain);
    parameters
        .addParameter()
        .setName("profile")
        .setValue(new org.hl7.fhir.r4.model.UriType(TYOKYKY_PATIENT));
    OperationOutcome againstProfile =
        (OperationOutcome)
            client()
                .operation()
                .onType(Patient.class)
                .named("$validate")
                .withParameters(parameters)
                .returnResourceType(OperationOutcome.class)
                .execute();
    assertThat(errors(againstProfile))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getExpression().get(0).getValue())
                  .isEqualTo("Patient.identifier[0]");
              assertThat(error.getDiagnostics()).startsWith(HETU_RULE_MESSAGE);
            });
  }

  @Test
  default void validateOperationGivesNoWarningForTheCompleteExampleExamination() {
    Bundle example =
        FHIR.newJsonParser()
            .parseResource(
                Bundle.class,
                SubmissionScenarios.classpathText(SubmissionScenarios.COMPLETE_EXAMPLE));
    // Type-level $validate: with its example id the client would ask for Bundle/{id}/$validate.
    example.setIdElement(null);

    OperationOutcome outcome =
        (OperationOutcome) client().validate().resource(example).execute().getOperationOutcome();

    // The library's validator leaves out the warnings every conformant examination gets.
    assertThat(outcome.getIssue())
        .filteredOn(
            issue ->
                issue.getSeverity().ordinal() <= OperationOutcome.IssueSeverity.WARNING.ordinal())
        .extracting(
            issue ->
                issue.getSeverity() + " " + issue.getExpression() + ": " + issue.getDiagnostics())
        .isEmpty();
  }

  @Test
  default void validateOperationStillWarnsAboutACodeOutsideAnExtensibleBinding() {
    Organization organisation = new Organization();
    organisation
        .getMeta()
        .addProfile("https://tyokyky.fi/fhir/StructureDefinition/tyokyky-organization");
    organisation
        .addIdentifier()
        .setSystem("urn:ietf:rfc:3986")
        .setValue("urn:oid:1.2.246.10.1234567.10.0");
    organisation
        .addType()
        .addCoding()
        .setSystem("http://terminology.hl7.org/CodeSystem/organization-type")
        .setCode("prov");
    organisation.setName("Testikaupungin terveysasema");

    OperationOutcome outcome =
        (OperationOutcome)
            client().validate().resource(organisation).execute().getOperationOutcome();

    assertThat(outcome.getIssue())
        .filteredOn(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.WARNING)
        .singleElement()
        .satisfies(
            warning ->
                assertThat(warning.getExpression().get(0).getValue())
                    .isEqualTo("Organization.type[0]"));
  }

  static Patient tyokykyPatient(String family) {
    Patient patient = new Patient();
    patient.getMeta().addProfile(TYOKYKY_PATIENT);
    patient.addIdentifier().setSystem(HETU_SYSTEM).setValue(TEST_HETU);
    patient.addName().setFamily(family).addGiven("Testi");
    return patient;
  }

  static String uniqueFamilyName() {
    return "Testi" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static void addCreate(Bundle transaction, Resource resource) {
    transaction
        .addEntry()
        .setFullUrl("urn:uuid:" + UUID.randomUUID())
        .setResource(resource)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl(resource.fhirType());
  }
}
