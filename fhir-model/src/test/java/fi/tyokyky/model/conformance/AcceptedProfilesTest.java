package fi.tyokyky.server.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.server.packages.ClasspathPackage;
import java.util.List;
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
    void alsoAcceptingAddsProfilesOfElsewhereToAProfiledType() {
        PackageProfiles withVitalSigns = profiles.alsoAccepting("Observation", List.of(BP));

        assertThat(withVitalSigns.acceptedFor("Observation"))
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
}
