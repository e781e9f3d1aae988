package fi.tyokyky.server.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a client of the server is for, named by the {@value #CLAIM} claim of its access token.
 * Scopes say which resource types and interactions a token may use; the role says which kinds of
 * data it may touch at all, so that a broad scope cannot widen a narrow role.
 */
public enum Role {
  /** A health centre's system: creates, updates and reads its own organisation's records. */
  SUBMITTER("submitter"),
  /** A health centre's system or user that only reads its own organisation's records. */
  READER("reader"),
  /**
   * National statistics: no personal data over REST, only aggregates and the pseudonymised export.
   */
  STATISTICIAN("statistician"),
  /** Conformance resources, the audit log and maintenance; no clinical reads by this role alone. */
  ADMIN("admin");

  /** The access-token claim that carries the role. */
  public static final String CLAIM = "tyokyky_role";

  private final String claimValue;

  Role(String claimValue) {
    this.claimValue = claimValue;
  }

  /** The value of the {@value #CLAIM} claim for this role. */
  public String claimValue() {
    return claimValue;
  }

  /** The role a claim value names, or empty if it names none (the caller is then refused). */
  public static Optional<Role> fromClaim(String value) {
    return Arrays.stream(values()).filter(role -> role.claimValue.equals(value)).findFirst();
  }
}
