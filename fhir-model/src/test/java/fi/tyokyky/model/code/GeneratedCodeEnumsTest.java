package fi.tyokyky.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The enums generated at build time list exactly the codes of the package's code systems, with the
 * same displays, under the names the naming rule gives, and behave as the library's API promises.
 */
class GeneratedCodeEnumsTest {

  /** Every CodeSystem of the package on the classpath, read as a vendor's validator reads it. */
  static List<CodeSystem> packageCodeSystems() throws IOException {
    String tgz = TyokykyPackage.CLASSPATH_TGZ.substring("classpath:".length());
    IParser json = FhirContext.forR4Cached().newJsonParser();
    List<CodeSystem> codeSystems = new ArrayList<>();
    try (InputStream in = GeneratedCodeEnumsTest.class.getClassLoader().getResourceAsStream(tgz)) {
      NpmPackage npm = NpmPackage.fromPackage(in);
      for (String file : npm.listResources("CodeSystem")) {
        try (InputStream resource = npm.loadResource(file)) {
          codeSystems.add(json.parseResource(CodeSystem.class, resource));
        }
      }
    }
    return codeSystems;
  }

  static List<Named<CodeSystem>> namedPackageCodeSystems() throws IOException {
    return packageCodeSystems().stream()
        .map(cs -> Named.of(cs.getIdElement().getIdPart(), cs))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedPackageCodeSystems")
  void everyCodeSystemOfThePackageHasItsEnumWithEveryCode(CodeSystem codeSystem) {
    TyokykyCodeSystem system =
        TyokykyCodeSystem.forUrl(codeSystem.getUrl())
            .orElseThrow(() -> new AssertionError("no enum for " + codeSystem.getUrl()));

    assertThat(system.id()).isEqualTo(codeSystem.getIdElement().getIdPart());
    assertThat(system.codeType().getSimpleName())
        .isEqualTo(codeSystem.getName().replaceFirst("CS$", "Code"));
    List<String> expected =
        codeSystem.getConcept().stream()
            .map(c -> c.getCode() + " | " + c.getDisplay() + " | " + english(c))
            .toList();
    List<String> actual =
        system.codes().stream()
            .map(c -> c.code() + " | " + c.display() + " | " + c.englishDisplay())
            .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void theRegistryListsTheCodeSystemsOfThePackageAndNoOther() throws IOException {
    assertThat(Arrays.stream(TyokykyCodeSystem.values()).map(TyokykyCodeSystem::url))
        .containsExactlyInAnyOrderElementsOf(
            packageCodeSystems().stream().map(CodeSystem::getUrl).toList());
  }

  @ParameterizedTest
  @EnumSource(TyokykyCodeSystem.class)
  void everyCodeKnowsItsSystem(TyokykyCodeSystem system) {
    assertThat(system.codes())
        .allSatisfy(
            code -> {
              assertThat(code.codeSystem()).isEqualTo(system);
              assertThat(code.system()).isEqualTo(system.url());
            });
    // The package's own code systems, or one it carries under FI Base's canonical URL.
    assertThat(system.url())
        .isIn(
            "https://tyokyky.fi/fhir/CodeSystem/" + system.id(),
            "https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/" + system.id());
  }

  @Test
  void constantsAreTheCodesInUpperSnakeWithCodeInFrontOfADigit() {
    assertThat(ReferralServiceCode.fromCode("specialist-care"))
        .isSameAs(ReferralServiceCode.SPECIALIST_CARE);
    assertThat(EligibilityCriterionCode.fromCode("age-18-65"))
        .isSameAs(EligibilityCriterionCode.AGE_18_65);
    assertThat(ParticipationAnswerCode.fromCode("3")).isSameAs(ParticipationAnswerCode.CODE_3);
    assertThat(TyokykyCodeSystem.THREE_X_TEN_D_DIMENSION.codeType())
        .isEqualTo(ThreeXTenDDimensionCode.class);
  }

  @Test
  void fromCodeFindsTheConstant() {
    assertThat(EmploymentStatusCode.fromCode("laid-off")).isEqualTo(EmploymentStatusCode.LAID_OFF);
  }

  @Test
  void fromCodeRefusesAnUnknownCodeNamingTheCodeSystem() {
    assertThatThrownBy(() -> OrganisationTypeCode.fromCode("hospital"))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessage("Unknown code 'hospital' in code system organisation-type-cs");
  }

  @Test
  void fromCodeRefusesNull() {
    assertThatThrownBy(() -> GoalCategoryCode.fromCode(null))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessage("Missing code: a code of goal-category-cs is required");
  }

  @Test
  void codeSystemIsFoundByUrl() {
    assertThat(TyokykyCodeSystem.forUrl("https://tyokyky.fi/fhir/CodeSystem/wai-category-cs"))
        .contains(TyokykyCodeSystem.WAI_CATEGORY);
    assertThat(TyokykyCodeSystem.forUrl("http://loinc.org")).isEmpty();
    assertThat(TyokykyCodeSystem.forUrl(null)).isEmpty();
  }

  @Test
  void theJsonFormOfAConstantIsItsCode() throws IOException {
    ObjectMapper mapper = new ObjectMapper();

    assertThat(mapper.writeValueAsString(ServicePathPhaseCode.GOALS_SET))
        .isEqualTo("\"goals-set\"");
    assertThat(mapper.readValue("\"2\"", ParticipationAnswerCode.class))
        .isSameAs(ParticipationAnswerCode.CODE_2);
  }

  private static String english(ConceptDefinitionComponent concept) {
    return concept.getDesignation().stream()
        .filter(d -> "en".equals(d.getLanguage()))
        .map(d -> d.getValue())
        .findFirst()
        .orElse("(none)");
  }
}
