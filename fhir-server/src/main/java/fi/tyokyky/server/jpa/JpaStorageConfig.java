package fi.tyokyky.server.jpa;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.model.entity.ResourceEncodingEnum;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import fi.tyokyky.server.partition.PartitioningProperties;
import jakarta.persistence.EntityManagerFactory;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * HAPI FHIR's JPA persistence for FHIR R4 on the Spring-managed {@link DataSource}.
 *
 * <p>The database is whatever {@code spring.datasource.*} points at (an H2 file under {@code
 * ./data} by default); the Hibernate dialect is derived from the JDBC URL by {@link
 * HibernateSettings}. The schema is created and updated by Hibernate at start-up. On H2 every
 * commit is written to the database file before it returns ({@link DurableH2Commits}).
 */
@Configuration
@EnableConfigurationProperties({StorageProperties.class, PartitioningProperties.class})
@Import({
  JpaR4Config.class,
  HapiJpaConfig.class,
  JpaBatch2Config.class,
  Batch2JobsConfig.class,
  ThreadPoolFactoryConfig.class,
  SubscriptionChannelConfig.class
})
public class JpaStorageConfig {

  /** HAPI's storage behaviour; see {@link StorageProperties} for what can be configured. */
  @Bean
  public JpaStorageSettings jpaStorageSettings(StorageProperties properties) {
    JpaStorageSettings settings = new JpaStorageSettings();
    // Examinations reference resources of the same submission; references to other servers
    // would bypass referential integrity.
    settings.setAllowExternalReferences(false);
    settings.setEnforceReferentialIntegrityOnWrite(true);
    settings.setAutoCreatePlaceholderReferenceTargets(false);
    settings.setExpungeEnabled(properties.expungeEnabled());
    settings.setAllowMultipleDelete(false);
    settings.setMassIngestionMode(properties.massIngestionMode());
    // Pre-expansion runs as a scheduled job against a terminology server we do not have.
    settings.setEnableTaskPreExpandValueSets(false);
    // HAPI's match-URL cache stays off: a write retried after losing a race (see
    // ConflictRetryInterceptor) can pick up a cached resource id that does not resolve (HAPI
    // 8.8 then fails with a NullPointerException, HTTP 500), and the cache is never
    // invalidated by deletes.
    settings.setMatchUrlCacheEnabled(false);
    // No client is handed the cached search of another (HAPI reuses one for an identical query
    // within a minute by default): pages go to the client that searched (SearchPageOwnership).
    settings.setReuseCachedSearchResultsForMillis(null);
    // A Batch2 job (the statistician's export) moves to its next step as soon as a step's only
    // work chunk is done: the same maintenance pass, triggered at once instead of at the next
    // scheduled one (ExportConfig sets that schedule, tyokyky.export.job-poll-interval).
    settings.setJobFastTrackingEnabled(true);
    storeForFastIngest(settings);
    return settings;
  }

  /**
   * How rows are laid out, as HAPI recommends for new databases: less written per resource and no
   * content dropped. (On H2 the load test showed no measurable change in ingest speed; CPU, not
   * rows, limits it there.) They shape the stored rows, so choose them before a database holds
   * data.
   */
  private static void storeForFastIngest(JpaStorageSettings settings) {
    // Resource text as plain JSON, inline in the row when it is small: no compression on every
    // write and no LOB handling on PostgreSQL. Examination resources are mostly under 4 kB.
    settings.setResourceEncoding(ResourceEncodingEnum.JSON);
    settings.setInlineResourceTextBelowSize(4000);
    // Index rows without the redundant resource type and parameter name columns (hashes
    // identify them), as HAPI recommends for new databases.
    settings.setIndexStorageOptimized(true);
    // Tags and profiles stored once per resource rather than once per version.
    settings.setTagStorageMode(JpaStorageSettings.TagStorageModeEnum.NON_VERSIONED);
    // An update may not make a resource stop matching the conditional URL it was created
    // with; HAPI then need not re-check every conditional entry of a transaction in memory.
    settings.setPreventInvalidatingConditionalMatchCriteria(true);
  }

  /**
   * Makes a file-backed H2 database commit durably (see {@link DurableH2Commits}). Static: a bean
   * post-processor must exist before the beans it processes.
   */
  @Bean
  public static DurableH2Commits durableH2Commits() {
    return new DurableH2Commits();
  }

  /** Warns at start-up if the database's settings let an acknowledged write be lost. */
  @Bean
  public CommitDurabilityCheck commitDurabilityCheck(DataSource dataSource) {
    return new CommitDurabilityCheck(dataSource);
  }

  /** Retries writes that lost a race, so that concurrent identical submissions store one copy. */
  @Bean
  public ConflictRetryInterceptor conflictRetryInterceptor(
      StorageProperties properties, IInterceptorService storageInterceptors) {
    ConflictRetryInterceptor interceptor =
        new ConflictRetryInterceptor(properties.conflictRetries());
    storageInterceptors.registerInterceptor(interceptor);
    return interceptor;
  }

  /**
   * One partition per organisation (see {@code partition.PartitionConfig}): records of different
   * organisations never share a partition, conformance resources and the audit log are in the
   * default partition. Named partitions (HAPI resolves our names to ids), search index hashes
   * without the partition (a search runs in one partition anyway, and the hashes stay valid if
   * partitioning is switched off for a measurement), and no references across partitions: a record
   * can refer only to records of its own organisation, so a guessed id of another organisation's
   * resource resolves to nothing.
   */
  @Bean
  public PartitionSettings partitionSettings(PartitioningProperties partitioning) {
    PartitionSettings settings = new PartitionSettings();
    settings.setPartitioningEnabled(partitioning.enabled());
    settings.setUnnamedPartitionMode(false);
    settings.setIncludePartitionInSearchHashes(false);
    settings.setAllowReferencesAcrossPartitions(
        PartitionSettings.CrossPartitionReferenceMode.NOT_ALLOWED);
    // The unique index that makes concurrent conditional creates store one resource is otherwise
    // one for all partitions: centre B's conditional create with centre A's business identifier
    // would fail with 409, telling B that A holds such a record.
    settings.setConditionalCreateDuplicateIdentifiersEnabled(true);
    return settings;
  }

  /** No subscription channel types are enabled. */
  @Bean
  public SubscriptionSettings subscriptionSettings() {
    return new SubscriptionSettings();
  }

  /**
   * HAPI's persistence unit, configured with the Hibernate settings of {@link HibernateSettings}.
   */
  @Bean
  @Primary
  public LocalContainerEntityManagerFactoryBean entityManagerFactory(
      DataSource dataSource,
      DataSourceProperties dataSourceProperties,
      ConfigurableListableBeanFactory beanFactory,
      FhirContext fhirContext,
      JpaStorageSettings storageSettings,
      HibernateSettings hibernateSettings) {
    LocalContainerEntityManagerFactoryBean factory =
        HapiEntityManagerFactoryUtil.newEntityManagerFactory(
            beanFactory, fhirContext, storageSettings);
    factory.setPersistenceUnitName("HAPI_PU");
    factory.setDataSource(dataSource);
    Properties jpaProperties = hibernateSettings.forJdbcUrl(dataSourceProperties.determineUrl());
    factory.setJpaProperties(jpaProperties);
    return factory;
  }

  /** Reads {@code spring.jpa.properties.*} so that any Hibernate setting can be overridden. */
  @Bean
  public HibernateSettings hibernateSettings(Environment environment) {
    return new HibernateSettings(environment);
  }

  /** The transaction manager every HAPI DAO and our own start-up work runs under. */
  @Bean
  @Primary
  public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
    return new JpaTransactionManager(entityManagerFactory);
  }
}
