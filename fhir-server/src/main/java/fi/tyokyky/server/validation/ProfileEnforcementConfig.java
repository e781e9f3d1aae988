package fi.tyokyky.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.validation.IInstanceValidatorModule;
import fi.tyokyky.server.packages.ClasspathPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Profile validation with the library's {@code TyokykyValidator}: enforced on every write (unless
 * {@code tyokyky.validation.enabled=false}) and answering {@code $validate} (always).
 */
@Configuration
public class ProfileEnforcementConfig {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileEnforcementConfig.class);

    /**
     * The profiles a resource may claim, as the Työkyky package states them: its own, plus those of
     * its server requirements (HL7's core vital-signs profiles for Observation).
     */
    @Bean
    public PackageProfiles packageProfiles(ClasspathPackage tyokykyPackage, FhirContext fhirContext) {
        return PackageProfiles.of(tyokykyPackage, fhirContext);
    }

    /** The validator, built in the background from the start. */
    @Bean
    public SharedValidator sharedValidator() {
        return new SharedValidator();
    }

    /** The rule every stored resource must pass. */
    @Bean
    public ProfileConformance profileConformance(PackageProfiles packageProfiles, SharedValidator sharedValidator) {
        return new ProfileConformance(packageProfiles, sharedValidator);
    }

    /**
     * Replaces HAPI's instance validator (bean {@code myInstanceValidator}) for {@code $validate};
     * HAPI's DAOs look the module up by type, so the primary one wins.
     */
    @Bean
    @Primary
    public IInstanceValidatorModule tyokykyInstanceValidator(ProfileConformance profileConformance) {
        return new TyokykyInstanceValidatorModule(profileConformance);
    }

    /**
     * The enforcing interceptor, registered with HAPI's storage-wide interceptor service so that
     * no write path bypasses it. Off with {@code tyokyky.validation.enabled=false}.
     */
    @Bean
    @ConditionalOnProperty(prefix = "tyokyky.validation", name = "enabled", havingValue = "true", matchIfMissing = true)
    public ProfileEnforcingInterceptor profileEnforcingInterceptor(
            ProfileConformance profileConformance, PackageProfiles packageProfiles, IInterceptorService storageInterceptors) {
        ProfileEnforcingInterceptor interceptor = new ProfileEnforcingInterceptor(profileConformance);
        storageInterceptors.registerInterceptor(interceptor);
        LOG.info("Enforcing profiles on write for {}", packageProfiles.profileUrlsByType().keySet());
        return interceptor;
    }

    /** Says loudly that nothing is enforced when {@code tyokyky.validation.enabled=false}. */
    @Bean
    @ConditionalOnProperty(prefix = "tyokyky.validation", name = "enabled", havingValue = "false")
    public SmartInitializingSingleton profileEnforcementOffNotice() {
        return () -> LOG.warn("Profile enforcement is OFF (tyokyky.validation.enabled=false):"
                + " non-conforming resources will be stored");
    }
}
