package fi.tyokyky.server.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.conformance.AcceptedProfiles;
import fi.tyokyky.model.conformance.PackageResources;
import org.junit.jupiter.api.Test;

class WritableTypesTest {

  private final WritableTypes types =
      WritableTypes.ofPackage(AcceptedProfiles.ofPackage(), PackageResources.shared());

  @Test
  void clinicalTypesAreTheProfiledOnesButBundle() {
    assertThat(types.clinical())
        .contains("Patient", "Observation", "Encounter", "QuestionnaireResponse", "Task")
        .doesNotContain("Bundle");
  }

  @Test
  void conformanceTypesAreThoseOfThePackagesOwnResources() {
    assertThat(types.conformance())
        .contains(
            "StructureDefinition", "ValueSet", "CodeSystem", "Questionnaire", "SearchParameter")
        .doesNotContain("Patient", "Bundle");
  }

  @Test
  void strayTypesAreWritableByNobody() {
    for (String type : new String[] {"Binary", "Basic", "Subscription", "AuditEvent", "Bundle"}) {
      assertThat(types.isWritable(type)).as(type).isFalse();
    }
  }
}
