package fi.tyokyky.model.record;

import fi.tyokyky.model.code.ProfessionalRoleCode;

/**
 * A professional acting in a role for an organisation (profile {@code TyokykyPractitionerRole},
 * {@code tyokyky-practitioner-role}). Encounters, assessments and referrals point to the role
 * rather than to the person.
 *
 * @param identifier the source system's id of this role assignment; never null
 * @param professional the key of the {@link Professional}; never null
 * @param organisation the key of the {@link Organisation}; never null
 * @param role the role; never null
 * @param active whether the role record is in active use; null if not stated
 */
public record ProfessionalRole(
    BusinessIdentifier identifier,
    BusinessIdentifier professional,
    BusinessIdentifier organisation,
    ProfessionalRoleCode role,
    Boolean active)
    implements Keyed {

  private static final String RECORD = "ProfessionalRole";

  /** Checks that every part is present. */
  public ProfessionalRole {
    Check.required(identifier, RECORD, "identifier");
    Check.required(professional, RECORD, "professional");
    Check.required(organisation, RECORD, "organisation");
    Check.required(role, RECORD, "role");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** Builds a {@link ProfessionalRole}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private BusinessIdentifier professional;
    private BusinessIdentifier organisation;
    private ProfessionalRoleCode role;
    private Boolean active;

    private Builder() {}

    /** The source system's id of the role assignment (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The professional, by key (required). */
    public Builder professional(BusinessIdentifier professionalKey) {
      this.professional = professionalKey;
      return this;
    }

    /** The organisation, by key (required). */
    public Builder organisation(BusinessIdentifier organisationKey) {
      this.organisation = organisationKey;
      return this;
    }

    /** The role (required). */
    public Builder role(ProfessionalRoleCode value) {
      this.role = value;
      return this;
    }

    /** Whether the role assignment is in active use. */
    public Builder active(Boolean value) {
      this.active = value;
      return this;
    }

    /**
     * Builds the role.
     *
     * @throws InvalidRecordException if a part is missing
     */
    public ProfessionalRole build() {
      return new ProfessionalRole(identifier, professional, organisation, role, active);
    }
  }
}
