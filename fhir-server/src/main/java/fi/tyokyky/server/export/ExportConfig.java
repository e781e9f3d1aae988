package fi.tyokyky.server.export;

import ca.uhn.fhir.batch2.api.IJobMaintenanceService;
import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import ca.uhn.fhir.batch2.maintenance.JobMaintenanceServiceImpl;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fi.tyokyky.server.rest.FhirEndpointProperties;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import fi.tyokyky.server.security.AccessPolicy;
import fi.tyokyky.statistics.pseudonym.BirthDates;
import fi.tyokyky.statistics.pseudonym.PseudonymisationRules;
import fi.tyokyky.statistics.pseudonym.ReleaseKey;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statistician's pseudonymised bulk export ({@code tyokyky.export.enabled}, default on): HAPI's
 * Bulk Data {@code $export} provider on the endpoint, and the interceptor that pseudonymises every
 * export file before it is stored ({@link PseudonymisingExportInterceptor}). Who may call it is the
 * access policy's decision (the statistician only); the partition it reads (all organisations) is
 * the partition interceptor's.
 */
@Configuration
@EnableConfigurationProperties(ExportProperties.class)
@ConditionalOnProperty(name = "tyokyky.export.enabled", havingValue = "true", matchIfMissing = true)
public class ExportConfig {

  /**
   * HAPI's Batch2 maintenance pass at the export's poll interval. Set before the scheduler starts
   * (it schedules its jobs when the context is refreshed), so the pass is scheduled at this rate.
   */
  @Bean
  InitializingBean exportJobPollInterval(
      IJobMaintenanceService maintenance, ExportProperties properties) {
    return () -> {
      if (maintenance instanceof JobMaintenanceServiceImpl impl) {
        impl.setScheduledJobFrequencyMillis(properties.jobPollInterval().toMillis());
      } else {
        throw new IllegalStateException(
            "HAPI's Batch2 maintenance service is not JobMaintenanceServiceImpl but "
                + maintenance.getClass().getName()
                + ": tyokyky.export.job-poll-interval cannot be applied");
      }
    };
  }

  /** The release key, from its file or made on first start. */
  @Bean
  public ReleaseKey exportReleaseKey(ExportProperties properties) {
    return ReleaseKeyFile.loadOrCreate(properties.keyFile());
  }

  /** The recipients' keys, derived from the release key. */
  @Bean
  RecipientKeys exportRecipientKeys(ReleaseKey exportReleaseKey, DaoRegistry daoRegistry) {
    return new RecipientKeys(exportReleaseKey, PseudonymisationRules.v1(), birthDates(daoRegistry));
  }

  /** An export holds the record types only; on the storage interceptor service. */
  @Bean
  public ExportedTypes exportedTypes(AccessPolicy accessPolicy, IInterceptorService storage) {
    ExportedTypes interceptor = new ExportedTypes(accessPolicy.recordTypes());
    storage.registerInterceptor(interceptor);
    return interceptor;
  }

  /** Pseudonymises export files; on the storage interceptor service, where the job writes them. */
  @Bean
  public PseudonymisingExportInterceptor pseudonymisingExportInterceptor(
      RecipientKeys keys, FhirContext fhirContext, IInterceptorService storageInterceptors) {
    PseudonymisingExportInterceptor interceptor =
        new PseudonymisingExportInterceptor(keys, fhirContext);
    storageInterceptors.registerInterceptor(interceptor);
    return interceptor;
  }

  /** The rules and the key id in the manifest. */
  @Bean
  public FilterRegistrationBean<ExportManifestFilter> exportManifestFilter(
      RecipientKeys keys, FhirEndpointProperties endpoint) {
    return new FilterRegistrationBean<>(new ExportManifestFilter(keys, endpoint.path()));
  }

  /** {@code $export}, {@code Group/[id]/$export} and {@code $export-poll-status}. */
  @Bean
  public RestfulServerCustomizer bulkExportEndpoint(BulkDataExportProvider bulkDataExportProvider) {
    return server -> server.registerProvider(bulkDataExportProvider);
  }

  /** A client's full birth date, read from the store in whichever organisation's partition. */
  private static BirthDates birthDates(DaoRegistry daoRegistry) {
    return reference -> {
      IdType id = new IdType(reference);
      if (!"Patient".equals(id.getResourceType()) || !id.hasIdPart()) {
        return Optional.empty();
      }
      try {
        Patient patient =
            (Patient)
                daoRegistry
                    .getResourceDao("Patient")
                    .read(id.toUnqualifiedVersionless(), SystemRequestDetails.forAllPartitions());
        return BirthDates.fullBirthDate(patient);
      } catch (ResourceNotFoundException | ResourceGoneException e) {
        return Optional.empty();
      }
    };
  }
}
