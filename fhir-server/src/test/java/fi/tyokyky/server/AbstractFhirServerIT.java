package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.server.packages.ClasspathPackage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The server scenarios every supported database must pass, driven over real HTTP with HAPI's
 * generic client. Subclasses choose the database; each gets one Spring context, closed after it.
 */
@SpringBootTest(classes = TyokykyServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class AbstractFhirServerIT {

    static final String TYOKYKY_PATIENT = "https://tyokyky.fi/fhir/StructureDefinition/tyokyky-patient";
    static final String HETU_SYSTEM = "urn:oid:1.2.246.21";
    /** A test henkilötunnus: individual number 900, check character computed by the mod-31 rule. */
    static final String TEST_HETU = "010180-9004";

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;

    IGenericClient client;

    @BeforeAll
    void connect() {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // The first validations warm the validator's caches; on a busy 2-core machine that can
        // take longer than the client's default 10 s.
        FHIR.getRestfulClientFactory().setSocketTimeout(120_000);
        client = FHIR.newRestfulGenericClient("http://localhost:" + port + "/fhir");
    }

    @Test
    void metadataAnswersWithTheCapabilityStatement() {
        CapabilityStatement capabilities =
                client.capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(capabilities.getFhirVersion()).isEqualTo(FHIRVersion._4_0_1);
        assertThat(capabilities.getSoftware().getName()).isEqualTo("Työkyky FHIR server");
        assertThat(resource(capabilities, "Patient").getSupportedProfile())
                .extracting(canonical -> canonical.getValue())
                .contains(TYOKYKY_PATIENT);
    }

    @Test
    void healthEndpointReportsUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health", Map.of());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void swaggerUiAndOpenApiDescriptionAreServed() throws Exception {
        assertThat(get("/fhir/swagger-ui/", Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> openApi = get("/fhir/api-docs", Map.of());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).startsWith("openapi: 3.0").contains("  title: Työkyky FHIR server", "/Patient:");
    }

    @Test
    void crossOriginRequestsGetNoCorsHeadersByDefault() throws Exception {
        HttpResponse<String> response = get("/fhir/metadata", Map.of("Origin", "https://app.example.fi"));

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void everyStructureDefinitionOfThePackageIsSearchableByUrl() {
        List<String> urls = packageResources("StructureDefinition").stream()
                .map(resource -> ((StructureDefinition) resource).getUrl())
                .toList();
        assertThat(urls).contains(TYOKYKY_PATIENT);

        for (String url : urls) {
            Bundle found = client.search()
                    .forResource(StructureDefinition.class)
                    .where(StructureDefinition.URL.matches().value(url))
                    .returnBundle(Bundle.class)
                    .execute();
            assertThat(found.getEntry()).as(url).hasSize(1);
            assertThat(((StructureDefinition) found.getEntryFirstRep().getResource()).getUrl()).isEqualTo(url);
        }
    }

    @Test
    void everySearchParameterOfThePackageIsActive() {
        CapabilityStatement capabilities =
                client.capabilities().ofType(CapabilityStatement.class).execute();
        List<IBaseResource> searchParameters = packageResources("SearchParameter");
        assertThat(searchParameters).isNotEmpty();

        for (IBaseResource resource : searchParameters) {
            SearchParameter searchParameter = (SearchParameter) resource;
            for (var base : searchParameter.getBase()) {
                assertThat(resource(capabilities, base.getCode()).getSearchParam())
                        .as(searchParameter.getUrl())
                        .extracting(CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent::getName)
                        .contains(searchParameter.getCode());
            }
        }
    }

    @Test
    void patientClaimingNoTyokykyProfileIsRejectedWith422() {
        String family = uniqueFamilyName();
        Patient patient = new Patient();
        patient.addName().setFamily(family);

        assertThatThrownBy(() -> client.create().resource(patient).execute())
                .isInstanceOfSatisfying(UnprocessableEntityException.class, rejection -> {
                    assertThat(rejection.getStatusCode()).isEqualTo(422);
                    OperationOutcomeIssueComponent issue = errors(rejection).get(0);
                    assertThat(issue.getExpression()).extracting(Object::toString)
                            .containsExactly("Patient.meta.profile");
                    assertThat(issue.getDiagnostics())
                            .startsWith("Resource of type \"Patient\" does not declare conformance to profile")
                            .contains(TYOKYKY_PATIENT);
                });
        assertThat(patientsNamed(family)).isZero();
    }

    @Test
    void patientBreakingTheTyokykyProfileIsRejectedWithLocatedErrors() {
        Patient patient = tyokykyPatient(uniqueFamilyName());
        patient.getIdentifierFirstRep().setValue(null);

        assertThatThrownBy(() -> client.create().resource(patient).execute())
                .isInstanceOfSatisfying(UnprocessableEntityException.class, rejection -> {
                    assertThat(rejection.getStatusCode()).isEqualTo(422);
                    List<OperationOutcomeIssueComponent> errors = errors(rejection);
                    assertThat(errors).allSatisfy(error -> assertThat(error.getExpression()).isNotEmpty());
                    assertThat(errors)
                            .anySatisfy(error -> {
                                assertThat(error.getExpression().get(0).getValue()).isEqualTo("Patient.identifier[0]");
                                assertThat(error.getDiagnostics())
                                        .isEqualTo("Patient.identifier:henkilotunnus.value: minimum required = 1,"
                                                + " but only found 0 (from " + TYOKYKY_PATIENT + "|"
                                                + TyokykyPackage.VERSION + ")");
                            });
                });
    }

    @Test
    void patientConformingToTheTyokykyProfileIsStored() {
        String family = uniqueFamilyName();

        var outcome = client.create().resource(tyokykyPatient(family)).execute();

        assertThat(outcome.getCreated()).isTrue();
        assertThat(patientsNamed(family)).isEqualTo(1);
    }

    @Test
    void transactionWithOneNonConformingEntryStoresNothing() {
        String family = uniqueFamilyName();
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        addCreate(transaction, tyokykyPatient(family));
        Patient unprofiled = new Patient();
        unprofiled.addName().setFamily(family);
        addCreate(transaction, unprofiled);
        Basic unprofiledType = new Basic().setCode(new CodeableConcept().setText(family));
        addCreate(transaction, unprofiledType);

        assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
                .isInstanceOfSatisfying(UnprocessableEntityException.class, rejection -> assertThat(
                                errors(rejection).get(0).getExpression().get(0).getValue())
                        .isEqualTo("Patient.meta.profile"));
        assertThat(patientsNamed(family)).isZero();
        assertThat(client.search().forResource(Basic.class).returnBundle(Bundle.class).execute().getEntry()
                        .stream()
                        .map(entry -> ((Basic) entry.getResource()).getCode().getText()))
                .doesNotContain(family);
    }

    static Patient tyokykyPatient(String family) {
        Patient patient = new Patient();
        patient.getMeta().addProfile(TYOKYKY_PATIENT);
        patient.addIdentifier().setSystem(HETU_SYSTEM).setValue(TEST_HETU);
        patient.addName().setFamily(family).addGiven("Testi");
        return patient;
    }

    private static void addCreate(Bundle transaction, IBaseResource resource) {
        transaction.addEntry()
                .setFullUrl("urn:uuid:" + UUID.randomUUID())
                .setResource((org.hl7.fhir.r4.model.Resource) resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int patientsNamed(String family) {
        return client.search()
                .forResource(Patient.class)
                .where(Patient.FAMILY.matchesExactly().value(family))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }

    private static List<OperationOutcomeIssueComponent> errors(UnprocessableEntityException rejection) {
        OperationOutcome outcome = (OperationOutcome) rejection.getOperationOutcome();
        assertThat(outcome).as("OperationOutcome of the 422 answer").isNotNull();
        List<OperationOutcomeIssueComponent> errors = outcome.getIssue().stream()
                .filter(issue -> issue.getSeverity() == IssueSeverity.ERROR)
                .toList();
        assertThat(errors).isNotEmpty();
        return errors;
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatement capabilities, String type) {
        return capabilities.getRestFirstRep().getResource().stream()
                .filter(resource -> resource.getType().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("CapabilityStatement does not list " + type));
    }

    private static List<IBaseResource> packageResources(String type) {
        return ClasspathPackage.load(TyokykyPackage.CLASSPATH_TGZ).resourcesOfType(FHIR, type);
    }

    private static String uniqueFamilyName() {
        return "Testi" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
