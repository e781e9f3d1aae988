package fi.tyokyky.server.security;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the validated access token says: the OAuth client, the organisation it acts
 * for, its role and its SMART scopes. Authentication puts one on every authenticated request
 * (request attribute {@link #REQUEST_ATTRIBUTE}); everything behind it (organisation scoping, the
 * access policy, audit) reads it from there and never looks at the token itself.
 *
 * @param clientId the OAuth client id ({@code sub}/{@code client_id} of the token)
 * @param organisationOid the SOTE organisation OID the client acts for, bare ({@code 1.2.246.10…});
 *     empty for clients that act for no health-care organisation (statistician, administrator)
 * @param role what the client is for
 * @param scopes the SMART v2 scopes the token grants
 */
public record Caller(
    String clientId, Optional<String> organisationOid, Role role, Set<SmartScope> scopes) {

  /** The servlet request attribute under which authentication leaves the caller. */
  public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

  /** The access-token claim that names the organisation (a bare SOTE organisation OID). */
  public static final String ORGANISATION_CLAIM = "tyokyky_organization";

  public Caller {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(organisationOid, "organisationOid");
    Objects.requireNonNull(role, "role");
    scopes = Set.copyOf(scopes);
  }

  /** The caller of an HTTP request, or empty if the request was not authenticated. */
  public static Optional<Caller> of(HttpServletRequest request) {
    return Optional.ofNullable((Caller) request.getAttribute(REQUEST_ATTRIBUTE));
  }

  /**
   * The caller of a FHIR request, or empty if it has none: not authenticated (security off), or an
   * internal request of the server itself (package installation, audit writes).
   */
  public static Optional<Caller> of(RequestDetails request) {
    if (request instanceof ServletRequestDetails servlet && servlet.getServletRequest() != null) {
      return of(servlet.getServletRequest());
    }
    return Optional.empty();
  }

  /** Whether a scope of this caller permits {@code permission} on {@code resourceType}. */
  public boolean permits(String resourceType, SmartScope.Permission permission) {
    return scopes.stream().anyMatch(scope -> scope.permits(resourceType, permission));
  }
}
