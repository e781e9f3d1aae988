package fi.tyokyky.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.profiles.TyokykyPackage;
import fi.tyokyky.server.packages.ClasspathPackage;
import org.junit.jupiter.api.Test;

class PackageProfilesTest {

    private final PackageProfiles profiles = PackageProfiles.of(
            ClasspathPackage.load(TyokykyPackage.CLASSPATH_TGZ), FhirContext.forR4Cached());

    @Test
    void patientIsProfiledByTyokykyPatientOnly() {
        assertThat(profiles.profileUrlsByType().get("Patient"))
                .containsExactly(TyokykyPackage.structureDefinition("tyokyky-patient"));
    }

    @Test
    void extensionsAreNotResourceProfiles() {
        assertThat(profiles.profileUrlsByType()).doesNotContainKey("Extension");
        assertThat(profiles.profileUrlsByType().values())
                .allSatisfy(urls -> assertThat(urls).noneMatch(url -> url.contains("service-path-phase")));
    }
}
