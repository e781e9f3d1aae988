package fi.tyokyky.model.record;

import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import java.util.regex.Pattern;

/**
 * A business identifier: the id a record has in the source system (the EHR), written to FHIR {@code
 * Identifier.system} and {@code Identifier.value}. The submission keys its conditional creates and
 * updates on it ({@code identifier=<system>|<value>}), so sending the same record twice updates it
 * instead of storing it twice, and records refer to each other by it.
 *
 * <h2>Convention for the system</h2>
 *
 * The system is a namespace the source organisation owns, so that ids of different organisations
 * never collide: an OID under the organisation's own SOTE register OID, written as a URN. One
 * namespace for every record of the organisation ({@code urn:oid:<organisation OID>.1}, as the
 * package's example submissions do) is enough when the ids are unique across kinds of record;
 * otherwise use one arc per kind, e.g. {@code urn:oid:1.2.246.10.1234567.10.1.4} for the encounters
 * of {@code 1.2.246.10.1234567.10.1}. {@link #underOrganisation} builds either. Any other absolute
 * URI the organisation controls ({@code https://ehr.example.fi/id/encounter}) works too. The value
 * is the record's id in that namespace; it must stay the same when the record is sent again, since
 * the conditional create or update finds the stored resource by it.
 *
 * <p>People and organisations are keyed on their national identifiers instead (the henkilötunnus,
 * the Terhikki number, the SOTE OID) when they have one; see {@code Client.key()}, {@code
 * Professional.key()} and {@code Organisation.key()}.
 *
 * @param system an absolute URI ({@code urn:}, {@code http:} or {@code https:}); never null, no
 *     white space, no {@code |}
 * @param value the id in that namespace; never null, not blank, no {@code |}, no surrounding white
 *     space
 */
public record BusinessIdentifier(String system, String value) {

  private static final String RECORD = "BusinessIdentifier";
  private static final Pattern ABSOLUTE_URI = Pattern.compile("(urn|https?):[^\\s|]+");
  private static final Pattern ARCS = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*");

  /** Checks the parts; see the component descriptions. */
  public BusinessIdentifier {
    Check.requiredText(system, RECORD, "system");
    Check.requiredText(value, RECORD, "value");
    Check.that(
        ABSOLUTE_URI.matcher(system).matches(),
        RECORD,
        "system",
        "must be an absolute URI (urn:, http: or https:) without white space or '|'");
    // '|' separates system and value in the conditional URL and in token search.
    Check.that(value.indexOf('|') < 0, RECORD, "value", "must not contain '|'");
    Check.that(
        value.strip().equals(value), RECORD, "value", "must not start or end with white space");
  }

  /**
   * Creates an identifier.
   *
   * @param system the namespace; see the class description
   * @param value the id in the namespace
   * @return the identifier; never null
   * @throws InvalidRecordException if a part is missing or malformed
   */
  public static BusinessIdentifier of(String system, String value) {
    return new BusinessIdentifier(system, value);
  }

  /**
   * Creates an identifier in a namespace under the organisation's SOTE OID: the system is {@code
   * urn:oid:<organisation OID>.<arcs>}.
   *
   * @param organisation the organisation that owns the ids; not null
   * @param arcs the organisation's own sub-arcs for this kind of record, e.g. {@code 3} or {@code
   *     1.3}; digits and dots only
   * @param value the record's id
   * @return the identifier; never null
   * @throws InvalidRecordException if the arcs are not dot-separated numbers or the value is bad
   */
  public static BusinessIdentifier underOrganisation(
      SoteOrganisationOid organisation, String arcs, String value) {
    Check.required(organisation, RECORD, "system");
    Check.that(
        arcs != null && ARCS.matcher(arcs).matches(),
        RECORD,
        "system",
        "the arcs under the organisation OID must be dot-separated numbers");
    return new BusinessIdentifier(organisation.urn() + "." + arcs, value);
  }

  /** Hides the value when it is a henkilötunnus; other business ids are not personal data. */
  @Override
  public String toString() {
    String shown = Henkilotunnus.SYSTEM.equals(system) ? "***********" : value;
    return "BusinessIdentifier[system=" + system + ", value=" + shown + "]";
  }
}
