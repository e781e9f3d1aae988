package fi.tyokyky.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingRuleBuilder;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import fi.tyokyky.server.packages.ClasspathPackage;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Enforces the package's profiles on every write that reaches storage (REST create, update, patch,
 * transaction entries and internal writes alike): a resource of a type the package profiles must
 * claim at least one of those profiles in {@code meta.profile} and must validate without errors
 * against the profiles it claims. Types the package does not profile are stored as they are.
 *
 * <p>On unless {@code tyokyky.validation.enabled=false}.
 */
@Configuration
@ConditionalOnProperty(prefix = "tyokyky.validation", name = "enabled", havingValue = "true", matchIfMissing = true)
public class ProfileEnforcementConfig {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileEnforcementConfig.class);

    /** The resource profiles of the Työkyky package, read from the package itself. */
    @Bean
    public PackageProfiles packageProfiles(ClasspathPackage tyokykyPackage, FhirContext fhirContext) {
        return PackageProfiles.of(tyokykyPackage, fhirContext);
    }

    /**
     * The interceptor, registered with HAPI's storage-wide interceptor service so that no write path
     * bypasses it.
     */
    @Bean
    public ProfileEnforcingInterceptor profileEnforcingInterceptor(
            FhirContext fhirContext,
            PackageProfiles profiles,
            ObjectFactory<RepositoryValidatingRuleBuilder> ruleBuilders,
            IInterceptorService storageInterceptors) {
        List<IRepositoryValidatingRule> rules = rulesFor(profiles, ruleBuilders.getObject());
        ProfileEnforcingInterceptor interceptor = new ProfileEnforcingInterceptor(fhirContext, rules);
        storageInterceptors.registerInterceptor(interceptor);
        if (profiles.isEmpty()) {
            LOG.warn("The FHIR package profiles no resource type; no profile is enforced");
        } else {
            LOG.info("Enforcing profiles on write for {}", profiles.profileUrlsByType().keySet());
        }
        return interceptor;
    }

    private static List<IRepositoryValidatingRule> rulesFor(
            PackageProfiles profiles, RepositoryValidatingRuleBuilder builder) {
        for (Map.Entry<String, List<String>> entry : profiles.profileUrlsByType().entrySet()) {
            builder.forResourcesOfType(entry.getKey())
                    .requireAtLeastOneProfileOf(entry.getValue().toArray(String[]::new))
                    .and()
                    .requireValidationToDeclaredProfiles()
                    .rejectOnSeverity(ResultSeverityEnum.ERROR);
        }
        return builder.build();
    }
}
