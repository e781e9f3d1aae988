package fi.tyokyky.server;

import fi.tyokyky.server.security.Role;

/**
 * A client the integration tests call the server as: its OAuth client id, the organisation it acts
 * for (a bare SOTE OID, or null for none), its role and the SMART scopes it asks for. How a test
 * caller becomes credentials on a request is {@link CallerCredentials}' job.
 */
record TestCaller(String clientId, String organisationOid, Role role, String scopes) {

  /** The demo health centre whose OID the package's examples use. */
  static final String CENTRE_A = "1.2.246.10.99999991.10.0";

  /** A second demo health centre. */
  static final String CENTRE_B = "1.2.246.10.99999994.10.0";

  static final TestCaller CENTRE_A_SUBMITTER =
      new TestCaller("centre-a-submitter", CENTRE_A, Role.SUBMITTER, "system/*.cruds");
  static final TestCaller CENTRE_A_READER =
      new TestCaller("centre-a-reader", CENTRE_A, Role.READER, "system/*.rs");
  static final TestCaller CENTRE_B_SUBMITTER =
      new TestCaller("centre-b-submitter", CENTRE_B, Role.SUBMITTER, "system/*.cruds");
  static final TestCaller STATISTICIAN =
      new TestCaller("statistician", null, Role.STATISTICIAN, "system/*.rs");
  static final TestCaller ADMIN = new TestCaller("admin", null, Role.ADMIN, "system/*.cruds");

  /** The same client asking for other scopes. */
  TestCaller withScopes(String otherScopes) {
    return new TestCaller(clientId, organisationOid, role, otherScopes);
  }
}
