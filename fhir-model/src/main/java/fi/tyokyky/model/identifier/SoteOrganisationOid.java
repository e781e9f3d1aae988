package fi.tyokyky.model.identifier;

import fi.tyokyky.model.identifier.InvalidIdentifierException.Reason;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A validated organisation OID from the Finnish SOTE organisation register (THL's register of
 * health and social care organisations), i.e. an OID under the arc {@value #ROOT_OID}.
 *
 * <p>Accepted input is either the bare OID, {@code 1.2.246.10.<digits>(.<digits>)*}, or the same
 * with the prefix {@code urn:oid:} (lower case, as FHIR writes it). Every arc is a decimal number
 * without leading zeros, as ASN.1 requires; at least one arc must follow the root. Like the other
 * identifiers in this package, input is not trimmed or otherwise normalised.
 *
 * <p>In a FHIR {@code Identifier} the system is {@value #IDENTIFIER_SYSTEM} and the value is the
 * {@link #urn()} form.
 *
 * <p>Instances are immutable and thread-safe; equality is on the OID.
 */
public final class SoteOrganisationOid {

  /** The arc under which the SOTE organisation register assigns organisation OIDs. */
  public static final String ROOT_OID = "1.2.246.10";

  /** FHIR {@code Identifier.system} for an identifier whose value is a URI such as a URN OID. */
  public static final String IDENTIFIER_SYSTEM = "urn:ietf:rfc:3986";

  private static final String URN_PREFIX = "urn:oid:";

  /** The root followed by one or more arcs, each "0" or a number without a leading zero. */
  private static final Pattern OID =
      Pattern.compile(Pattern.quote(ROOT_OID) + "(\\.(0|[1-9][0-9]*))+");

  private final String oid;

  private SoteOrganisationOid(String oid) {
    this.oid = oid;
  }

  /**
   * Parses and validates an organisation OID.
   *
   * @param text the bare OID or its {@code urn:oid:} form; {@code null} is rejected
   * @return the validated OID; never {@code null}
   * @throws InvalidIdentifierException with reason {@link Reason#FORMAT} if the text is {@code
   *     null} or not an OID under {@value #ROOT_OID}; the message never repeats the text
   */
  public static SoteOrganisationOid parse(String text) {
    if (text == null) {
      throw invalid("value is null");
    }
    String bare = text.startsWith(URN_PREFIX) ? text.substring(URN_PREFIX.length()) : text;
    if (!OID.matcher(bare).matches()) {
      throw invalid("expected " + ROOT_OID + ".<digits>(.<digits>)*, optionally prefixed urn:oid:");
    }
    return new SoteOrganisationOid(bare);
  }

  /**
   * Parses an organisation OID without throwing.
   *
   * @param text the OID, may be {@code null}
   * @return the validated OID, or empty if the text is {@code null} or invalid
   */
  public static Optional<SoteOrganisationOid> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether a text is a valid organisation OID by the rules of {@link #parse(String)}.
   *
   * @param text the OID, may be {@code null}
   * @return {@code true} if valid; {@code false} for {@code null} or invalid text
   */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /**
   * Returns the bare OID, e.g. {@code 1.2.246.10.1234567.10.0}.
   *
   * @return the OID without prefix; never {@code null}
   */
  public String oid() {
    return oid;
  }

  /**
   * Returns the OID as a URN, e.g. {@code urn:oid:1.2.246.10.1234567.10.0}; this is the FHIR {@code
   * Identifier.value} to use with {@link #IDENTIFIER_SYSTEM}.
   *
   * @return the URN form; never {@code null}
   */
  public String urn() {
    return URN_PREFIX + oid;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SoteOrganisationOid that && oid.equals(that.oid);
  }

  @Override
  public int hashCode() {
    return oid.hashCode();
  }

  /** Returns the URN form. An organisation OID is not personal data. */
  @Override
  public String toString() {
    return urn();
  }

  private static InvalidIdentifierException invalid(String detail) {
    return new InvalidIdentifierException(
        Reason.FORMAT, "Invalid SOTE organisation OID: " + detail);
  }
}
