package fi.tyokyky.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.record.VitalSign;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.server.packages.ClasspathPackage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PackageProfilesTest {

    private static final String BP = "http://hl7.org/fhir/StructureDefinition/bp";

    private final PackageProfiles profiles = PackageProfiles.of(
            ClasspathPackage.load(TyokykyPackage.CLASSPATH_TGZ), FhirContext.forR4Cached());

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
        assertThat(profiles.acceptedFor("Basic")).isEmpty();
    }

    @Test
    void theServerRequirementsOfThePackageAddHl7sVitalSignsProfilesToObservation() {
        assertThat(profiles.acceptedFor("Observation"))
                .contains(TyokykyPackage.structureDefinition("phq9-score"), BP)
                .doesNotHaveDuplicates();
        // Every vital sign the library writes is one the server stores.
        assertThat(profiles.acceptedFor("Observation"))
                .containsAll(Arrays.stream(VitalSign.Kind.values()).map(VitalSign.Kind::profileUrl).toList());
        assertThat(profiles.profileUrlsByType().values())
                .allSatisfy(urls -> assertThat(urls).doesNotHaveDuplicates());
    }
}
