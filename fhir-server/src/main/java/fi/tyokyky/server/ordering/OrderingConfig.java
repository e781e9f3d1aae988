package fi.tyokyky.server.ordering;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Out-of-order and repeated delivery: an update that is not newer than the stored version (by the
 * {@code source-changed} stamps) changes nothing, and the sender is told so. Always on: without it
 * a late retry rolls newer records back.
 */
@Configuration
public class OrderingConfig {

  /** The guard, on HAPI's storage interceptor service so that every write path passes it. */
  @Bean
  public StaleWriteGuard staleWriteGuard(
      FhirContext fhirContext, DaoRegistry daoRegistry, IInterceptorService storageInterceptors) {
    StaleWriteGuard guard =
        new StaleWriteGuard(
            fhirContext,
            id ->
                daoRegistry
                    .getResourceDao(id.getResourceType())
                    .read(id, new SystemRequestDetails(), true));
    storageInterceptors.registerInterceptor(guard);
    return guard;
  }

  /** The notice in the answer, on the REST server. */
  @Bean
  public RestfulServerCustomizer staleWriteNotice() {
    return server -> server.registerInterceptor(new StaleWriteNotice());
  }
}
