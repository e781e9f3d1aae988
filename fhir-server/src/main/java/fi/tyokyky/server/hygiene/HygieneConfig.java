package fi.tyokyky.server.hygiene;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import fi.tyokyky.model.conformance.AcceptedProfiles;
import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.server.rest.RestfulServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request hygiene: the request shapes and operations nobody may use are refused before anything is
 * matched or stored, each by one guard with one rule id, all registered on the REST server (so they
 * judge clients' requests, never the server's own internal writes). Their storage hooks run before
 * every other storage hook of the same pointcut ({@link #HOOK_ORDER}), so a refused transaction is
 * not validated first. Always on.
 *
 * <ul>
 *   <li>{@link PagingParameterGuard}: {@code _count}, {@code _summary};
 *   <li>{@link OperationExposure}: which operations are exposed, to whom, and advertised;
 *   <li>{@link DeletionGuard}: deletion by the administrator only;
 *   <li>{@link WritableTypeGuard}: only the package's types are written;
 *   <li>{@link EntryTypeGuard}: an entry's URL names its resource's type;
 *   <li>{@link ConditionalCriteriaGuard}: no conditional request matches everything;
 *   <li>{@link IfMatchGuard}: {@code If-Match} is honoured on an update that would create.
 * </ul>
 */
@Configuration
public class HygieneConfig {

  /** The order of the guards' storage hooks: before HAPI's and the other features' (order 0). */
  static final int HOOK_ORDER = -100;

  /**
   * The order of the guards' request hooks: before the access policy's (-100), so that a request no
   * one may make (a stray type, an operation not exposed, a deletion by a non-administrator, a
   * conditional request without a usable criterion) is refused by its own rule, whoever sends it.
   * Transaction entries are judged by the access policy first (it reads the whole Bundle before
   * handling), the guards' storage hooks after.
   */
  static final int REQUEST_HOOK_ORDER = -200;

  /** The guards, on the REST server. */
  @Bean
  public RestfulServerCustomizer requestHygiene(
      FhirContext fhirContext, ISearchParamRegistry searchParamRegistry) {
    WritableTypes types =
        WritableTypes.ofPackage(AcceptedProfiles.ofPackage(), PackageResources.shared());
    return server -> {
      server.registerInterceptor(new PagingParameterGuard());
      server.registerInterceptor(new OperationExposure());
      server.registerInterceptor(new DeletionGuard());
      server.registerInterceptor(new WritableTypeGuard(types));
      server.registerInterceptor(new EntryTypeGuard(fhirContext));
      server.registerInterceptor(new ConditionalCriteriaGuard(searchParamRegistry));
      server.registerInterceptor(new IfMatchGuard());
    };
  }
}
