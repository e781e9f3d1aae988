package fi.tyokyky.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptedProfilesTest {

  private static final String BP = "http://hl7.org/fhir/StructureDefinition/bp";

  private final AcceptedProfiles profiles =
      AcceptedProfiles.read(FhirContext.forR4Cached(), AcceptedProfilesTest.class.getClassLoader());

  @Test
  void patientIsProfiledByTyokykyPatientOnly() {
    assertThat(profiles.profileUrlsByType().get("Patient"))
        .containsExactly(TyokykyPackage.structureDefinition("tyokyky-patient"));
    assertThat(profiles.isProfiled("Patient")).isTrue();
  }

  @Test
  void extensionsAreNotResourceProfiles() {
    assertThat(profiles.profileUrlsByType()).doesNotContainKey("Extension");
    assertThat(profiles.profileUrlsByType().values())
        .allSatisfy(urls -> assertThat(urls).noneMatch(url -> url.contains("service-path-phase")));
  }

  @Test
  void typesThePackageDoesNotProfileAcceptAnything() {
    assertThat(profiles.isProfiled("Basic")).isFalse();
    assertThat(profiles.isProfiled(null)).isFalse();
    assertThat(profiles.acceptedFor("Basic")).isEmpty();
  }

  @Test
  void alsoAcceptingAddsProfilesOfElsewhereToAProfiledType() {
    AcceptedProfiles withBloodPressure = profiles.alsoAccepting("Observation", List.of(BP));

    assertThat(withBloodPressure.acceptedFor("Observation"))
        .contains(BP, TyokykyPackage.structureDefinition("phq9-score"))
        .hasSize(profiles.acceptedFor("Observation").size() + 1);
    assertThat(profiles.acceptedFor("Observation")).doesNotContain(BP);
  }

  @Test
  void alsoAcceptingRefusesATypeThePackageDoesNotProfile() {
    assertThatThrownBy(() -> profiles.alsoAccepting("Basic", List.of(BP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The package does not profile Basic");
  }

  @Test
  void thePackagesRuleSetAcceptsTheCoreVitalSignsForObservationAndProfilesTheBundle() {
    AcceptedProfiles ofPackage = AcceptedProfiles.ofPackage();

    assertThat(ofPackage.acceptedFor("Observation"))
        .contains(BP, "http://hl7.org/fhir/StructureDefinition/bmi");
    assertThat(ofPackage.acceptedFor("Bundle"))
        .containsExactly(TyokykyPackage.structureDefinition("unemployed-health-examination-bundle"));
  }
}
