package fi.tyokyky.model.record;

import fi.tyokyky.model.identifier.Henkilotunnus;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client of the examination (profile {@code TyokykyPatient}, {@code tyokyky-patient}).
 *
 * <p>Keyed on the henkilötunnus when there is one, otherwise on the source system's client id: at
 * least one of the two is required. {@link #toString()} shows neither the henkilötunnus nor the
 * names.
 *
 * @param henkilotunnus the personal identity code; null if the client has none (e.g. a foreigner
 *     without one) or it is not to be sent
 * @param identifier the source system's client id; null allowed when a henkilötunnus is given; must
 *     not use the henkilötunnus system
 * @param familyName the family name; null if unknown
 * @param givenNames the given names in order; never null, may be empty
 * @param gender the administrative gender; null if not recorded
 * @param birthDate the birth date; null if not recorded; must agree with the henkilötunnus
 * @param municipalityCode the municipality of residence, three digits of the Finnish municipality
 *     classification (e.g. {@code 091} for Helsinki); null if not recorded
 * @param nonDisclosure whether the client is under non-disclosure for personal safety
 *     (<i>turvakielto</i>, FI Base's security label {@code TURVAKIELTO}): the address and
 *     municipality of residence must not leave the organisation that holds them; false by default
 */
public record Client(
    Henkilotunnus henkilotunnus,
    BusinessIdentifier identifier,
    @Size(max = 200) String familyName,
    List<@Size(max = 200) String> givenNames,
    Gender gender,
    @PastOrPresent LocalDate birthDate,
    String municipalityCode,
    boolean nonDisclosure)
    implements Keyed {

  private static final String RECORD = "Client";
  private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{3}");

  /** Checks the parts; see the component descriptions. */
  public Client {
    Check.that(
        henkilotunnus != null || identifier != null,
        RECORD,
        "identifier",
        "a henkilötunnus or a source system identifier is required");
    Check.that(
        identifier == null || !Henkilotunnus.SYSTEM.equals(identifier.system()),
        RECORD,
        "identifier",
        "a henkilötunnus belongs in the henkilotunnus component");
    Check.optionalText(familyName, RECORD, "familyName");
    givenNames = Check.texts(givenNames, RECORD, "givenNames");
    Check.that(
        birthDate == null || henkilotunnus == null || birthDate.equals(henkilotunnus.birthDate()),
        RECORD,
        "birthDate",
        "does not agree with the henkilötunnus");
    Check.that(
        municipalityCode == null || MUNICIPALITY.matcher(municipalityCode).matches(),
        RECORD,
        "municipalityCode",
        "must be three digits");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The henkilötunnus as a business identifier if there is one, else the source identifier. */
  @Override
  public BusinessIdentifier key() {
    return henkilotunnus != null
        ? BusinessIdentifier.of(Henkilotunnus.SYSTEM, henkilotunnus.value())
        : identifier;
  }

  /** Shows only which identifiers are present: names and identity codes are personal data. */
  @Override
  public String toString() {
    return "Client[henkilotunnus="
        + (henkilotunnus == null ? "none" : "***")
        + ", identifier="
        + identifier
        + "]";
  }

  /** Builds a {@link Client}; every setter accepts null to clear the value. */
  public static final class Builder {
    private Henkilotunnus henkilotunnus;
    private BusinessIdentifier identifier;
    private String familyName;
    private final List<String> givenNames = new ArrayList<>();
    private Gender gender;
    private LocalDate birthDate;
    private String municipalityCode;
    private boolean nonDisclosure;

    private Builder() {}

    /** The personal identity code. */
    public Builder henkilotunnus(Henkilotunnus value) {
      this.henkilotunnus = value;
      return this;
    }

    /** The source system's client id. */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The family name. */
    public Builder familyName(String value) {
      this.familyName = value;
      return this;
    }

    /** Adds given names in order. */
    public Builder givenNames(String... values) {
      this.givenNames.addAll(List.of(values));
      return this;
    }

    /** The administrative gender. */
    public Builder gender(Gender value) {
      this.gender = value;
      return this;
    }

    /** The birth date; when a henkilötunnus is given it must be the date it encodes. */
    public Builder birthDate(LocalDate value) {
      this.birthDate = value;
      return this;
    }

    /** The three-digit municipality code of residence. */
    public Builder municipalityCode(String value) {
      this.municipalityCode = value;
      return this;
    }

    /**
     * Whether the client is under non-disclosure for personal safety (turvakielto); false unless
     * set.
     */
    public Builder nonDisclosure(boolean value) {
      this.nonDisclosure = value;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws InvalidRecordException if neither identifier is given, the birth date contradicts the
     *     henkilötunnus, or a part is malformed
     */
    public Client build() {
      return new Client(
          henkilotunnus,
          identifier,
          familyName,
          givenNames,
          gender,
          birthDate,
          municipalityCode,
          nonDisclosure);
    }
  }
}
