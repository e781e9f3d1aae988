package fi.tyokyky.server.validation;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.validation.IInstanceValidatorModule;
import fi.tyokyky.model.conformance.AcceptedProfiles;
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
   * The profiles a resource may claim, as the library's validator reads them from the package (with
   * HL7's core vital-signs profiles for Observation): the types listed are the ones checked at
   * storage.
   */
  @Bean
  public AcceptedProfiles acceptedProfiles() {
    return AcceptedProfiles.ofPackage();
  }

  /** The validator, built in the background from the start. */
  @Bean
  public SharedValidator sharedValidator() {
    return new SharedValidator();
  }

  /** The rule every stored resource must pass. */
  @Bean
  public ProfileConformance profileConformance(
      AcceptedProfiles acceptedProfiles, SharedValidator sharedValidator) {
    return new ProfileConformance(acceptedProfiles, sharedValidator);
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
   * The enforcing interceptor, registered with HAPI's storage-wide interceptor service so that no
   * write path bypasses it. Off with {@code tyokyky.validation.enabled=false}.
   */
  @Bean
  @ConditionalOnProperty(
      prefix = "tyokyky.validation",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  public ProfileEnforcingInterceptor profileEnforcingInterceptor(
      ProfileConformance profileConformance,
      AcceptedProfiles acceptedProfiles,
      IInterceptorService storageInterceptors) {
    ProfileEnforcingInterceptor interceptor = new ProfileEnforcingInterceptor(profileConformance);
    storageInterceptors.registerInterceptor(interceptor);
    LOG.info("Enforcing profiles on write for {}", acceptedProfiles.profileUrlsByType().keySet());
    return interceptor;
  }

  /** Says loudly that nothing is enforced when {@code tyokyky.validation.enabled=false}. */
  @Bean
  @ConditionalOnProperty(prefix = "tyokyky.validation", name = "enabled", havingValue = "false")
  public SmartInitializingSingleton profileEnforcementOffNotice() {
    return () ->
        LOG.warn(
            "Profile enforcement is OFF (tyokyky.validation.enabled=false):"
                + " non-conforming resources will be stored");
  }
}
