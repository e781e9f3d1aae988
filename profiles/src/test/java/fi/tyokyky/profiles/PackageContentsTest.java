package fi.tyokyky.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.IValidationSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package is a standard FHIR NPM package that HAPI loads, and it says what TyokykyPackage says.
 */
class PackageContentsTest {

  @Test
  void packageJsonNamesTheIdVersionAndCanonicalOfTyokykyPackage() {
    JsonNode pkg = PackageResources.json("package.json");
    assertThat(pkg.get("name").asText()).isEqualTo(TyokykyPackage.ID);
    assertThat(pkg.get("version").asText()).isEqualTo(TyokykyPackage.VERSION);
    assertThat(pkg.get("canonical").asText()).isEqualTo(TyokykyPackage.CANONICAL);
    assertThat(pkg.get("fhirVersions").get(0).asText()).isEqualTo("4.0.1");
    assertThat(pkg.get("dependencies").get("hl7.fhir.r4.core").asText()).isEqualTo("4.0.1");
  }

  @Test
  void sushiConfigAgreesWithTyokykyPackage() throws IOException {
    String config = Files.readString(Path.of("sushi-config.yaml"));
    assertThat(yamlValue(config, "id")).isEqualTo(TyokykyPackage.ID);
    assertThat(yamlValue(config, "version")).isEqualTo(TyokykyPackage.VERSION);
    assertThat(yamlValue(config, "canonical")).isEqualTo(TyokykyPackage.CANONICAL);
    assertThat(yamlValue(config, "fhirVersion")).isEqualTo(TyokykyPackage.FHIR_VERSION);
  }

  @Test
  void hapiLoadsThePackageFromTheClasspath() throws IOException {
    NpmPackageValidationSupport npm = new NpmPackageValidationSupport(PackageValidator.CTX);
    npm.loadPackageFromClasspath(TyokykyPackage.CLASSPATH_TGZ);

    IValidationSupport support = npm;
    StructureDefinition patient =
        (StructureDefinition)
            support.fetchStructureDefinition(TyokykyPackage.structureDefinition("tyokyky-patient"));
    assertThat(patient).isNotNull();
    assertThat(patient.hasSnapshot()).isTrue();
    assertThat(support.fetchCodeSystem(TyokykyPackage.codeSystem("organisation-type-cs")))
        .isNotNull();
    assertThat(support.fetchValueSet(TyokykyPackage.valueSet("referral-source-vs"))).isNotNull();
    assertThat(npm.fetchAllConformanceResources()).hasSizeGreaterThan(60);
  }

  @Test
  void theIndexListsEveryResourceFileOfThePackage() {
    List<String> indexed = PackageResources.files("");
    assertThat(indexed)
        .contains(
            "StructureDefinition-tyokyky-patient.json",
            "Questionnaire-phq-9.json",
            "SearchParameter-episodeofcare-phase.json");
    indexed.forEach(file -> assertThat(PackageResources.read(file)).contains("\"resourceType\""));
  }

  /** A server that enforces the requirements accepts every resource profile of the package. */
  @Test
  void theServerRequirementsListEveryResourceProfileOfThePackage() {
    JsonNode requirements =
        PackageResources.json("CapabilityStatement-tyokyky-server-requirements.json");
    assertThat(requirements.get("kind").asText()).isEqualTo("requirements");
    Set<String> listed = new TreeSet<>();
    requirements
        .get("rest")
        .get(0)
        .get("resource")
        .forEach(
            resource ->
                resource
                    .get("supportedProfile")
                    .forEach(
                        profile ->
                            listed.add(resource.get("type").asText() + " " + profile.asText())));

    Set<String> resourceProfiles = new TreeSet<>();
    for (String file : structureDefinitions()) {
      JsonNode sd = PackageResources.json(file);
      if (sd.get("kind").asText().equals("resource")
          && sd.get("derivation").asText().equals("constraint")) {
        resourceProfiles.add(sd.get("type").asText() + " " + sd.get("url").asText());
      }
    }
    assertThat(resourceProfiles).hasSizeGreaterThan(20);
    assertThat(listed)
        .containsAll(resourceProfiles)
        .contains("Observation http://hl7.org/fhir/StructureDefinition/bp");
  }

  static List<String> structureDefinitions() {
    return PackageResources.files("", "StructureDefinition");
  }

  /**
   * The build generated each snapshot (and failed on generator errors); here HAPI reads it back.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("structureDefinitions")
  void everyStructureDefinitionCarriesASnapshot(String file) {
    StructureDefinition sd =
        PackageValidator.CTX
            .newJsonParser()
            .parseResource(StructureDefinition.class, PackageResources.read(file));
    assertThat(sd.getSnapshot().getElement()).as(file).isNotEmpty();
    assertThat(sd.getSnapshot().getElementFirstRep().getPath()).isEqualTo(sd.getType());
    assertThat(sd.getUrl())
        .startsWith(
            sd.getType().equals("Extension")
                    && sd.getIdElement().getIdPart().equals("municipality-code")
                ? "https://hl7.fi/fhir/finnish-base-profiles/"
                : TyokykyPackage.CANONICAL);
  }

  private static String yamlValue(String yaml, String key) {
    Matcher m = Pattern.compile("(?m)^" + key + ":\\s*(\\S+)\\s*$").matcher(yaml);
    assertThat(m.find()).as("sushi-config.yaml has " + key).isTrue();
    return m.group(1);
  }
}
