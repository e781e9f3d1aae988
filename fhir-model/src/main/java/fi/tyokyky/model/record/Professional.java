package fi.tyokyky.model.record;

import fi.tyokyky.model.identifier.TerhikkiNumber;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A professional (profile {@code TyokykyPractitioner}, {@code tyokyky-practitioner}).
 *
 * <p>Keyed on the Terhikki registration number when there is one (licensed health care
 * professionals), otherwise on the source system's id: at least one is required. {@link
 * #toString()} hides the names.
 *
 * @param terhikkiNumber the Valvira registration number; null for professionals without one (e.g.
 *     work-ability coordinators who are not health care professionals)
 * @param identifier the source system's id of the professional; null allowed when a Terhikki number
 *     is given
 * @param familyName the family name; never null (the profile requires a name)
 * @param givenNames the given names in order; never null, may be empty
 * @param active whether the professional record is in active use; null if not stated
 */
public record Professional(
    TerhikkiNumber terhikkiNumber,
    BusinessIdentifier identifier,
    @Size(max = 200) String familyName,
    List<@Size(max = 200) String> givenNames,
    Boolean active)
    implements Keyed {

  private static final String RECORD = "Professional";

  /** Checks the parts; see the component descriptions. */
  public Professional {
    Check.that(
        terhikkiNumber != null || identifier != null,
        RECORD,
        "identifier",
        "a Terhikki number or a source system identifier is required");
    Check.that(
        identifier == null || !TerhikkiNumber.SYSTEM.equals(identifier.system()),
        RECORD,
        "identifier",
        "a Terhikki number belongs in the terhikkiNumber component");
    Check.requiredText(familyName, RECORD, "familyName");
    givenNames = Check.texts(givenNames, RECORD, "givenNames");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Terhikki number as a business identifier if there is one, else the source identifier. */
  @Override
  public BusinessIdentifier key() {
    return terhikkiNumber != null
        ? BusinessIdentifier.of(TerhikkiNumber.SYSTEM, terhikkiNumber.value())
        : identifier;
  }

  /** Shows only the identifiers (the Terhikki number masked): names are personal data. */
  @Override
  public String toString() {
    return "Professional[terhikkiNumber=" + terhikkiNumber + ", identifier=" + identifier + "]";
  }

  /** Builds a {@link Professional}. */
  public static final class Builder {
    private TerhikkiNumber terhikkiNumber;
    private BusinessIdentifier identifier;
    private String familyName;
    private final List<String> givenNames = new ArrayList<>();
    private Boolean active;

    private Builder() {}

    /** The Terhikki registration number. */
    public Builder terhikkiNumber(TerhikkiNumber value) {
      this.terhikkiNumber = value;
      return this;
    }

    /** The source system's id of the professional. */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The family name (required). */
    public Builder familyName(String value) {
      this.familyName = value;
      return this;
    }

    /** Adds given names in order. */
    public Builder givenNames(String... values) {
      this.givenNames.addAll(List.of(values));
      return this;
    }

    /** Whether the record is in active use. */
    public Builder active(Boolean value) {
      this.active = value;
      return this;
    }

    /**
     * Builds the professional.
     *
     * @throws InvalidRecordException if no identifier or no family name is given
     */
    public Professional build() {
      return new Professional(terhikkiNumber, identifier, familyName, givenNames, active);
    }
  }
}
