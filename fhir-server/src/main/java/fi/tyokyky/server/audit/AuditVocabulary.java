package fi.tyokyky.server.audit;

/**
 * The identifier systems and codes this server's AuditEvents use beside BALP's own, in one place.
 */
final class AuditVocabulary {

  /** Identifier system of an OAuth client id (the {@code client_id} of its token). */
  static final String CLIENT_ID_SYSTEM = "https://tyokyky.fi/fhir/sid/oauth-client";

  /** Coding system of the caller's role: the values of the {@code tyokyky_role} token claim. */
  static final String ROLE_SYSTEM = "https://tyokyky.fi/fhir/sid/tyokyky-role";

  /** Client id recorded when a request carries no authenticated caller (security off). */
  static final String UNKNOWN_CLIENT = "unknown";

  /**
   * Carries the caller's role from {@link CallerAuditContext} to {@link AuditEventStore} on the
   * user agent's reference: BALP asks its context services only for references, not for {@code
   * agent.role}. The store moves it to {@code agent.role}; it is never stored.
   */
  static final String ROLE_IN_TRANSIT = "urn:tyokyky:audit:role-in-transit";

  private AuditVocabulary() {}
}
