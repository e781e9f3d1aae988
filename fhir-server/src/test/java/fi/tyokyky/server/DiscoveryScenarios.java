package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.server.packages.ClasspathPackage;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

/** What a developer finds before writing anything: capabilities, profiles, OpenAPI, health. */
interface DiscoveryScenarios extends FhirServerTest {

  @Test
  default void metadataAnswersWithTheCapabilityStatement() {
    CapabilityStatement capabilities =
        client().capabilities().ofType(CapabilityStatement.class).execute();

    assertThat(capabilities.getFhirVersion()).isEqualTo(FHIRVersion._4_0_1);
    assertThat(capabilities.getSoftware().getName()).isEqualTo("Työkyky FHIR server");
    assertThat(resource(capabilities, "Patient").getSupportedProfile())
        .extracting(canonical -> canonical.getValue())
        .contains(TYOKYKY_PATIENT);
  }

  @Test
  default void healthEndpointReportsUp() {
    RawHttp.Answer health = http().get("/actuator/health", Map.of());

    assertThat(health.status()).isEqualTo(200);
    // The status only, no details; the probe groups are named.
    assertThat(health.body()).startsWith("{\"status\":\"UP\"").doesNotContain("components");
    RawHttp.Answer readiness = http().get("/actuator/health/readiness", Map.of());
    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  default void swaggerUiAndOpenApiDescriptionAreServed() {
    assertThat(http().get("/fhir/swagger-ui/", Map.of()).status()).isEqualTo(200);
    RawHttp.Answer openApi = http().get("/fhir/api-docs", Map.of());
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.body())
        .startsWith("openapi: 3.0")
        .contains("  title: Työkyky FHIR server", "/Patient:");
  }

  @Test
  default void crossOriginRequestsGetNoCorsHeadersByDefault() throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(client().getServerBase() + "/metadata"))
                    .header("Origin", "https://app.example.fi")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  default void everyStructureDefinitionOfThePackageIsSearchableByUrl() {
    List<String> urls =
        packageResources("StructureDefinition").stream()
            .map(resource -> ((StructureDefinition) resource).getUrl())
            .toList();
    assertThat(urls).contains(TYOKYKY_PATIENT);

    for (String url : urls) {
      Bundle found =
          client()
              .search()
              .forResource(StructureDefinition.class)
              .where(StructureDefinition.URL.matches().value(url))
              .returnBundle(Bundle.class)
              .execute();
      assertThat(found.getEntry()).as(url).hasSize(1);
      assertThat(((StructureDefinition) found.getEntryFirstRep().getResource()).getUrl())
          .isEqualTo(url);
    }
  }

  @Test
  default void everySearchParameterOfThePackageIsActive() {
    CapabilityStatement capabilities =
        client().capabilities().ofType(CapabilityStatement.class).execute();
    List<IBaseResource> searchParameters = packageResources("SearchParameter");
    assertThat(searchParameters).isNotEmpty();

    for (IBaseResource resource : searchParameters) {
      SearchParameter searchParameter = (SearchParameter) resource;
      for (var base : searchParameter.getBase()) {
        assertThat(resource(capabilities, base.getCode()).getSearchParam())
            .as(searchParameter.getUrl())
            .extracting(
                CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent::getName)
            .contains(searchParameter.getCode());
      }
    }
  }

  private static CapabilityStatementRestResourceComponent resource(
      CapabilityStatement capabilities, String type) {
    return capabilities.getRestFirstRep().getResource().stream()
        .filter(resource -> resource.getType().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("CapabilityStatement does not list " + type));
  }

  private static List<IBaseResource> packageResources(String type) {
    return ClasspathPackage.load(TyokykyPackage.CLASSPATH_TGZ).resourcesOfType(FHIR, type);
  }
}
