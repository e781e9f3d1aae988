package fi.tyokyky.server.rest;

import ca.uhn.fhir.rest.server.RestfulServer;

/**
 * A feature's contribution to the FHIR endpoint (an interceptor, a provider), applied once when the
 * {@link RestfulServer} is built. Declare one as a bean in the feature's configuration.
 */
@FunctionalInterface
public interface RestfulServerCustomizer {

  /** Adds this feature to {@code server} (never null). */
  void customize(RestfulServer server);
}
