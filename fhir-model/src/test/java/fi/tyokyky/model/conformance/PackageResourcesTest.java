package fi.tyokyky.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import fi.tyokyky.profiles.TyokykyPackage;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

class PackageResourcesTest {

  private final PackageResources resources = PackageResources.shared();

  @Test
  void fixedCodeOfAProfile() {
    Coding code = resources.fixedCoding("phq9-score", "Observation.code");

    assertThat(code.getSystem()).isEqualTo("http://loinc.org");
    assertThat(code.getCode()).isEqualTo("44261-6");
  }

  @Test
  void fixedCodeOfASlicedComponent() {
    Coding code =
        resources.fixedCoding("work-ability-index", "Observation.component:category.code");

    assertThat(code.getCode()).isEqualTo("wai-category");
  }

  @Test
  void returnedCodingIsACopy() {
    resources.fixedCoding("gad7-score", "Observation.code").setCode("changed");

    assertThat(resources.fixedCoding("gad7-score", "Observation.code").getCode())
        .isEqualTo("70274-6");
  }

  @Test
  void missingProfileOrElement() {
    assertThatIllegalStateException()
        .isThrownBy(() -> resources.fixedCoding("no-such-profile", "Observation.code"))
        .withMessage("The package has no profile with id no-such-profile");
    assertThatIllegalStateException()
        .isThrownBy(() -> resources.fixedCoding("phq9-score", "Observation.status"))
        .withMessage("Profile phq9-score fixes no coding on element Observation.status");
  }

  @Test
  void loadAllOfATypeListsThePackagesResourcesByItsIndex() {
    List<Questionnaire> questionnaires = resources.loadAll(Questionnaire.class);

    assertThat(questionnaires)
        .extracting(questionnaire -> questionnaire.getIdElement().getIdPart())
        .contains("phq-9", "service-experience", "three-x-ten-d")
        .doesNotHaveDuplicates();
    assertThat(resources.loadAll(StructureDefinition.class))
        .extracting(StructureDefinition::getUrl)
        .contains(TyokykyPackage.structureDefinition("tyokyky-patient"));
    assertThat(resources.loadAll(Patient.class)).as("examples are not package resources").isEmpty();
    questionnaires.get(0).setTitle("changed");
    assertThat(resources.loadAll(Questionnaire.class).get(0).getTitle()).isNotEqualTo("changed");
  }

  @Test
  void resourceTypesAreThoseOfThePackagesOwnResources() {
    assertThat(resources.resourceTypes())
        .contains(
            "StructureDefinition", "ValueSet", "CodeSystem", "Questionnaire", "SearchParameter")
        .doesNotContain("Patient", "Bundle");
  }

  @Test
  void loadByTypeAndId() {
    assertThat(resources.load(Questionnaire.class, "audit-c"))
        .get()
        .extracting(Questionnaire::getUrl)
        .isEqualTo("https://tyokyky.fi/fhir/Questionnaire/audit-c");
    assertThat(resources.load(StructureDefinition.class, "audit-c")).isEmpty();
  }
}
