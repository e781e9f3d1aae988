package fi.tyokyky.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.model.conformance.PackageResources;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The enums list exactly the codes of the package's code systems, with the same displays. */
class CodeSystemEnumsTest {

  @ParameterizedTest
  @EnumSource(TyokykyCodeSystem.class)
  void enumMatchesTheCodeSystemOfThePackage(TyokykyCodeSystem system) {
    CodeSystem codeSystem =
        PackageResources.shared()
            .load(CodeSystem.class, system.id())
            .orElseThrow(() -> new AssertionError("no code system " + system.id()));

    assertThat(codeSystem.getUrl()).isEqualTo(system.url());
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

  @ParameterizedTest
  @EnumSource(TyokykyCodeSystem.class)
  void everyCodeKnowsItsSystem(TyokykyCodeSystem system) {
    assertThat(system.codes())
        .allSatisfy(
            code -> {
              assertThat(code.codeSystem()).isEqualTo(system);
              assertThat(code.system())
                  .isEqualTo("https://tyokyky.fi/fhir/CodeSystem/" + system.id());
            });
  }

  @Test
  void fromCodeFindsTheConstant() {
    assertThat(EmploymentStatusCode.fromCode("laid-off")).isEqualTo(EmploymentStatusCode.LAID_OFF);
    assertThat(ParticipationAnswer.fromCode("3")).isEqualTo(ParticipationAnswer.THREE);
  }

  @Test
  void fromCodeRefusesAnUnknownCodeNamingTheCodeSystem() {
    assertThatThrownBy(() -> OrganisationType.fromCode("hospital"))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessage("Unknown code 'hospital' in code system organisation-type-cs");
  }

  @Test
  void fromCodeRefusesNull() {
    assertThatThrownBy(() -> GoalCategory.fromCode(null))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessage("Missing code: a code of goal-category-cs is required");
  }

  @Test
  void codeSystemIsFoundByUrl() {
    assertThat(TyokykyCodeSystem.forUrl("https://tyokyky.fi/fhir/CodeSystem/wai-category-cs"))
        .contains(TyokykyCodeSystem.WAI_CATEGORY);
    assertThat(TyokykyCodeSystem.forUrl("http://loinc.org")).isEmpty();
  }

  private static String english(ConceptDefinitionComponent concept) {
    return concept.getDesignation().stream()
        .filter(d -> "en".equals(d.getLanguage()))
        .map(d -> d.getValue())
        .findFirst()
        .orElse("(none)");
  }
}
