package fi.tyokyky.server.partition;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.partition.IPartitionLookupSvc;
import ca.uhn.fhir.jpa.partition.IRequestPartitionHelperSvc;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Organisation scoping: every storage access runs in the partition of the caller's organisation
 * ({@link OrganisationPartitionInterceptor}), and a client records only its own organisation's
 * records ({@link RecordOwnershipInterceptor}). HAPI's partition settings are in {@code
 * JpaStorageConfig}. Both interceptors are registered with HAPI's storage-wide interceptor service,
 * so that no storage path bypasses them.
 */
@Configuration
@ConditionalOnProperty(
    prefix = "tyokyky.partitioning",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
public class PartitionConfig {

  /** The organisations' partitions, created on first use. */
  @Bean
  public OrganisationPartitions organisationPartitions(
      IPartitionLookupSvc partitionLookup, PlatformTransactionManager transactionManager) {
    return new OrganisationPartitions(partitionLookup, transactionManager);
  }

  /** Chooses the partition of every read and write. */
  @Bean
  public OrganisationPartitionInterceptor organisationPartitionInterceptor(
      OrganisationPartitions partitions,
      IRequestPartitionHelperSvc partitionHelper,
      IInterceptorService storageInterceptors) {
    OrganisationPartitionInterceptor interceptor =
        new OrganisationPartitionInterceptor(partitions, partitionHelper);
    storageInterceptors.registerInterceptor(interceptor);
    return interceptor;
  }

  /**
   * Gives a page of search results only to the client whose search it is, for as long as HAPI keeps
   * the results.
   */
  @Bean
  public RestfulServerCustomizer searchPageOwnership(JpaStorageSettings storage) {
    SearchPageOwnership ownership =
        new SearchPageOwnership(
            Duration.ofMillis(storage.getExpireSearchResultsAfterMillis()).plusMinutes(5), 100_000);
    return server -> server.registerInterceptor(ownership);
  }

  /** Refuses records that name another organisation as theirs. */
  @Bean
  public RecordOwnershipInterceptor recordOwnershipInterceptor(
      DaoRegistry daos, IInterceptorService storageInterceptors) {
    RecordOwnershipInterceptor interceptor = new RecordOwnershipInterceptor(daos);
    storageInterceptors.registerInterceptor(interceptor);
    return interceptor;
  }
}
