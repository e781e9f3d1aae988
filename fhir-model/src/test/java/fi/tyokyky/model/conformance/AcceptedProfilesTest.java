package fi.tyokyky.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.record.VitalSign;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AcceptedProfilesTest {

  private static final String BP = "http://hl7.org/fhir/StructureDefinition/bp";

  private final AcceptedProfiles profiles =
      AcceptedProfiles.of(
          new PackageResources(
              FhirContext.forR4Cached(), AcceptedProfilesTest.class.getClassLoader()));

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
  void theServerRequirementsOfThePackageAddHl7sVitalSignsProfilesToObservation() {
    assertThat(profiles.acceptedFor("Observation"))
        .contains(TyokykyPackage.structureDefinition("phq9-score"), BP)
        .doesNotHaveDuplicates();
    // Every vital sign the library writes is one the validator and the server accept.
    assertThat(profiles.acceptedFor("Observation"))
        .containsAll(
            Arrays.stream(VitalSign.Kind.values()).map(VitalSign.Kind::profileUrl).toList());
    assertThat(profiles.profileUrlsByType().values())
        .allSatisfy(urls -> assertThat(urls).doesNotHaveDuplicates());
  }

  @Test
  void thePackagesRuleSetAcceptsTheCoreVitalSignsForObservationAndProfilesTheBundle() {
    AcceptedProfiles ofPackage = AcceptedProfiles.ofPackage();

    assertThat(ofPackage.acceptedFor("Observation"))
        .contains(BP, "http://hl7.org/fhir/StructureDefinition/bmi");
    assertThat(ofPackage.acceptedFor("Bundle"))
        .containsExactly(
            TyokykyPackage.structureDefinition("unemployed-health-examination-bundle"));
  }
}
