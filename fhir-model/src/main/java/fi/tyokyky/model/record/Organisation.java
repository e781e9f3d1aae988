package fi.tyokyky.model.record;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import jakarta.validation.constraints.Size;

/**
 * An organisation (profile {@code TyokykyOrganization}, {@code tyokyky-organization}): the health
 * centre that records the examination, or a member of the client's network.
 *
 * <p>Keyed on the SOTE organisation register OID when there is one (public social and health care
 * organisations), otherwise on the source system's id (Kela offices, NGOs, employers): at least one
 * is required.
 *
 * @param soteOid the OID in the SOTE organisation register; null if the organisation has none
 * @param identifier the source system's id of the organisation; null allowed when an OID is given
 * @param name the name; never null
 * @param type the kind of organisation; null if not recorded
 * @param active whether the organisation record is in active use; null if not stated
 */
public record Organisation(
    SoteOrganisationOid soteOid,
    BusinessIdentifier identifier,
    @Size(max = 300) String name,
    OrganisationTypeCode type,
    Boolean active)
    implements Keyed {

  private static final String RECORD = "Organisation";

  /** Checks the parts; see the component descriptions. */
  public Organisation {
    Check.that(
        soteOid != null || identifier != null,
        RECORD,
        "identifier",
        "a SOTE organisation OID or a source system identifier is required");
    Check.that(
        identifier == null || !SoteOrganisationOid.IDENTIFIER_SYSTEM.equals(identifier.system()),
        RECORD,
        "identifier",
        "a SOTE organisation OID belongs in the soteOid component");
    Check.requiredText(name, RECORD, "name");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The OID as a business identifier (system {@code urn:ietf:rfc:3986}, value {@code urn:oid:...})
   * if there is one, else the source identifier.
   */
  @Override
  public BusinessIdentifier key() {
    return soteOid != null
        ? BusinessIdentifier.of(SoteOrganisationOid.IDENTIFIER_SYSTEM, soteOid.urn())
        : identifier;
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder {
    private SoteOrganisationOid soteOid;
    private BusinessIdentifier identifier;
    private String name;
    private OrganisationTypeCode type;
    private Boolean active;

    private Builder() {}

    /** The SOTE organisation register OID. */
    public Builder soteOid(SoteOrganisationOid value) {
      this.soteOid = value;
      return this;
    }

    /** The source system's id of the organisation. */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The name (required). */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** The kind of organisation. */
    public Builder type(OrganisationTypeCode value) {
      this.type = value;
      return this;
    }

    /** Whether the record is in active use. */
    public Builder active(Boolean value) {
      this.active = value;
      return this;
    }

    /**
     * Builds the organisation.
     *
     * @throws InvalidRecordException if no identifier or no name is given
     */
    public Organisation build() {
      return new Organisation(soteOid, identifier, name, type, active);
    }
  }
}
