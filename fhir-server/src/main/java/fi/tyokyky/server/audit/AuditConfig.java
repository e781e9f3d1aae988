package fi.tyokyky.server.audit;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.storage.interceptor.balp.BalpAuditCaptureInterceptor;
import fi.tyokyky.server.rest.FhirEndpointProperties;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit trail: every access to personal data leaves an AuditEvent (IHE Basic Audit Log
 * Patterns), stored durably before the answer goes out, refused requests included; AuditEvents
 * cannot be changed or deleted; a client's access log is {@code Patient/{id}/$access-log}.
 *
 * <p>Capture is off with {@code tyokyky.audit.enabled=false} (for measuring its cost only); the
 * guard and the access log stay.
 */
@Configuration
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfig {

  private static final Logger LOG = LoggerFactory.getLogger(AuditConfig.class);

  /** Before Spring Security's filter chain, so that its 401 and 403 answers are seen too. */
  static final int REFUSED_ACCESS_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;

  /** Who the caller is, for the AuditEvents. */
  @Bean
  public CallerAuditContext callerAuditContext(AuditProperties properties) {
    return new CallerAuditContext(properties.trustForwardedFor());
  }

  /**
   * Where AuditEvents are stored. Also tells HAPI to index the AuditEvents' logical record URLs
   * without resolving them ({@link AuditReferences}).
   */
  @Bean
  public AuditEventStore auditEventStore(
      DaoRegistry daoRegistry,
      JpaStorageSettings settings,
      PlatformTransactionManager transactionManager) {
    settings.addTreatReferencesAsLogical(AuditReferences.BASE + "*");
    return new AuditEventStore(daoRegistry.getResourceDao(AuditEvent.class), transactionManager);
  }

  /** AuditEvents cannot be changed or deleted, on any path into storage. */
  @Bean
  public AuditEventImmutabilityGuard auditEventImmutabilityGuard(IInterceptorService storage) {
    AuditEventImmutabilityGuard guard = new AuditEventImmutabilityGuard();
    storage.registerInterceptor(guard);
    return guard;
  }

  /** {@code Patient/{id}/$access-log}. */
  @Bean
  public RestfulServerCustomizer accessLogOperation(DaoRegistry daoRegistry) {
    return server ->
        server.registerProvider(
            new AccessLogOperationProvider(
                daoRegistry.getResourceDao(Patient.class),
                daoRegistry.getResourceDao(AuditEvent.class)));
  }

  /**
   * BALP's capture (reads, searches, writes) and ours for what it leaves out (history, operations),
   * on the REST server: storage hooks of REST requests reach them, the server's own internal
   * requests do not.
   */
  @Bean
  @ConditionalOnProperty(
      prefix = "tyokyky.audit",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  public RestfulServerCustomizer auditCapture(AuditEventStore store, CallerAuditContext context) {
    return server -> {
      server.registerInterceptor(new BalpAuditCaptureInterceptor(store, context));
      server.registerInterceptor(store);
      server.registerInterceptor(new OperationAuditInterceptor(store, context));
    };
  }

  /**
   * The start of a bulk export, on the storage interceptor service (HAPI's export provider calls
   * its hooks there).
   */
  @Bean
  @ConditionalOnProperty(
      prefix = "tyokyky.audit",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  public ExportAuditInterceptor exportAuditInterceptor(
      AuditEventStore store, CallerAuditContext context, IInterceptorService storage) {
    ExportAuditInterceptor interceptor = new ExportAuditInterceptor(store, context);
    storage.registerInterceptor(interceptor);
    return interceptor;
  }

  /** Refused requests to the FHIR endpoint are audited too. */
  @Bean
  @ConditionalOnProperty(
      prefix = "tyokyky.audit",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  public FilterRegistrationBean<RefusedAccessAuditFilter> refusedAccessAuditFilter(
      AuditEventStore store, CallerAuditContext context, FhirEndpointProperties endpoint) {
    FilterRegistrationBean<RefusedAccessAuditFilter> registration =
        new FilterRegistrationBean<>(new RefusedAccessAuditFilter(store, context, endpoint.path()));
    registration.setOrder(REFUSED_ACCESS_FILTER_ORDER);
    return registration;
  }

  /** Says loudly that nothing is audited when {@code tyokyky.audit.enabled=false}. */
  @Bean
  @ConditionalOnProperty(prefix = "tyokyky.audit", name = "enabled", havingValue = "false")
  public SmartInitializingSingleton auditOffNotice() {
    return () ->
        LOG.warn(
            "Audit is OFF (tyokyky.audit.enabled=false): accesses to personal data leave no"
                + " AuditEvent");
  }
}
