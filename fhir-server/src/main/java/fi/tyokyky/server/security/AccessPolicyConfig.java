package fi.tyokyky.server.security;

import ca.uhn.fhir.jpa.partition.IRequestPartitionHelperSvc;
import fi.tyokyky.model.conformance.AcceptedProfiles;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access policy (roles × SMART scopes × interactions) on the REST server. The record types are
 * the types the package profiles; conformance types are the ones HAPI keeps out of partitions.
 */
@Configuration
public class AccessPolicyConfig {

  private static final Logger LOG = LoggerFactory.getLogger(AccessPolicyConfig.class);

  /**
   * The policy. Record types: every type the package has a profile for, except the conformance
   * types (the package profiles Questionnaire) and Bundle (a profiled Bundle is a submission, not a
   * stored record).
   */
  @Bean
  public AccessPolicy accessPolicy(
      AcceptedProfiles acceptedProfiles, IRequestPartitionHelperSvc partitionHelper) {
    Set<String> recordTypes = new TreeSet<>(acceptedProfiles.profileUrlsByType().keySet());
    recordTypes.removeIf(type -> !partitionHelper.isResourcePartitionable(type));
    recordTypes.remove("Bundle");
    recordTypes.remove(AccessPolicy.AUDIT_EVENT);
    LOG.info("Access policy: record types {}", recordTypes);
    Set<String> validatableTypes = new TreeSet<>(recordTypes);
    validatableTypes.add("Bundle");
    return new AccessPolicy(
        recordTypes,
        validatableTypes,
        type ->
            !partitionHelper.isResourcePartitionable(type) || "ImplementationGuide".equals(type));
  }

  /** Applies the policy before every request is handled. */
  @Bean
  public RestfulServerCustomizer accessPolicyCustomizer(AccessPolicy policy) {
    return server -> server.registerInterceptor(new AccessPolicyInterceptor(policy));
  }
}
