package fi.tyokyky.server;

import fi.tyokyky.server.security.Role;
import java.util.List;

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

  /** The health centres of {@code load.ExaminationGenerator}: centre {@code c} is the c-th. */
  static final List<String> GENERATOR_CENTRES =
      List.of(
          "1.2.246.10.99999900.10.0",
          "1.2.246.10.99999901.10.0",
          "1.2.246.10.99999902.10.0",
          "1.2.246.10.99999903.10.0",
          "1.2.246.10.99999904.10.0");

  /** The health centre of the seed clients ({@code SeedClients}). */
  static final String SEED_CENTRE = "1.2.246.10.99999996.10.0";

  /** The health centre of the delivery-order scenarios' client paths ({@link ClientPath}). */
  static final String PATH_CENTRE = "1.2.246.10.99999997.10.0";

  /** The health centre of the statistics module's synthetic cohorts (its first HealthCentre). */
  static final String COHORT_CENTRE = "1.2.246.10.99999997.1.10.0";

  static final TestCaller CENTRE_0_SUBMITTER = submitter("centre-0", GENERATOR_CENTRES.get(0));
  static final TestCaller CENTRE_1_SUBMITTER = submitter("centre-1", GENERATOR_CENTRES.get(1));
  static final TestCaller CENTRE_2_SUBMITTER = submitter("centre-2", GENERATOR_CENTRES.get(2));
  static final TestCaller CENTRE_3_SUBMITTER = submitter("centre-3", GENERATOR_CENTRES.get(3));
  static final TestCaller CENTRE_4_SUBMITTER = submitter("centre-4", GENERATOR_CENTRES.get(4));
  static final TestCaller CENTRE_1_READER =
      new TestCaller("centre-1-reader", GENERATOR_CENTRES.get(1), Role.READER, "system/*.rs");
  static final TestCaller CENTRE_4_READER =
      new TestCaller("centre-4-reader", GENERATOR_CENTRES.get(4), Role.READER, "system/*.rs");
  static final TestCaller SEED_CENTRE_SUBMITTER = submitter("seed-centre", SEED_CENTRE);
  static final TestCaller PATH_CENTRE_SUBMITTER = submitter("path-centre", PATH_CENTRE);
  static final TestCaller COHORT_CENTRE_SUBMITTER = submitter("cohort-centre", COHORT_CENTRE);

  /** A hospital district: an organisation whose OID arc holds generator centre 1's. */
  static final TestCaller CENTRE_1_PARENT_SUBMITTER =
      submitter("centre-1-parent", "1.2.246.10.99999901");

  /** The submitters of the health centres whose records the scenarios submit. */
  static final List<TestCaller> CENTRE_SUBMITTERS =
      List.of(
          CENTRE_A_SUBMITTER,
          CENTRE_B_SUBMITTER,
          CENTRE_0_SUBMITTER,
          CENTRE_1_SUBMITTER,
          CENTRE_2_SUBMITTER,
          CENTRE_3_SUBMITTER,
          CENTRE_4_SUBMITTER,
          SEED_CENTRE_SUBMITTER,
          PATH_CENTRE_SUBMITTER,
          COHORT_CENTRE_SUBMITTER);

  private static TestCaller submitter(String name, String organisationOid) {
    return new TestCaller(name + "-submitter", organisationOid, Role.SUBMITTER, "system/*.cruds");
  }

  /** The submitting system of the health centre {@code organisationOid} (one of the above). */
  static TestCaller submitterOf(String organisationOid) {
    return CENTRE_SUBMITTERS.stream()
        .filter(caller -> caller.organisationOid().equals(organisationOid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No test submitter for " + organisationOid));
  }

  /** The same client asking for other scopes. */
  TestCaller withScopes(String otherScopes) {
    return new TestCaller(clientId, organisationOid, role, otherScopes);
  }
}
