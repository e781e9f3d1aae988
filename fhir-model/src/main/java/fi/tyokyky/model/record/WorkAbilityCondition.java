package fi.tyokyky.model.record;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * A diagnosis that affects the client's work ability (profile {@code work-ability-condition}),
 * coded in the Finnish ICD-10 and recorded as an encounter diagnosis of the examination.
 *
 * @param identifier the source system's id; never null
 * @param icd10Code the Finnish ICD-10 code, e.g. {@code F32.1} or {@code M54.5}, optionally
 *     combined with a second code by {@code + * # &} or {@code -}; never null
 * @param text the diagnosis as written by the professional; null to leave it to the code
 * @param clinicalStatus the clinical status; never null, default {@link
 *     ConditionClinicalStatus#ACTIVE}
 * @param verificationStatus how certain the diagnosis is; null if not recorded
 * @param recordedDate the day or moment it was recorded; never null
 * @param asserter key of the {@link ProfessionalRole} who made the diagnosis; null if not recorded
 */
public record WorkAbilityCondition(
    BusinessIdentifier identifier,
    String icd10Code,
    @Size(max = 1000) String text,
    ConditionClinicalStatus clinicalStatus,
    ConditionVerificationStatus verificationStatus,
    @NotInFuture PointInTime recordedDate,
    BusinessIdentifier asserter)
    implements Keyed {

  /** The identifier system of the Finnish ICD-10. */
  public static final String ICD10FI_SYSTEM = "urn:oid:1.2.246.537.6.1";

  private static final String RECORD = "WorkAbilityCondition";
  private static final String ONE_CODE = "[A-Z][0-9]{2}(\\.[0-9A-Z]{1,3})?";
  private static final Pattern ICD10 = Pattern.compile(ONE_CODE + "([-+*#&]" + ONE_CODE + ")?");

  /** Checks the parts; see the component descriptions. */
  public WorkAbilityCondition {
    Check.required(identifier, RECORD, "identifier");
    Check.required(icd10Code, RECORD, "icd10Code");
    Check.that(
        ICD10.matcher(icd10Code).matches(),
        RECORD,
        "icd10Code",
        "must be a Finnish ICD-10 code such as F32.1");
    Check.optionalText(text, RECORD, "text");
    Check.required(clinicalStatus, RECORD, "clinicalStatus");
    Check.required(recordedDate, RECORD, "recordedDate");
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilityCondition}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private String icd10Code;
    private String text;
    private ConditionClinicalStatus clinicalStatus = ConditionClinicalStatus.ACTIVE;
    private ConditionVerificationStatus verificationStatus;
    private PointInTime recordedDate;
    private BusinessIdentifier asserter;

    private Builder() {}

    /** The source system's id (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The Finnish ICD-10 code (required). */
    public Builder icd10Code(String value) {
      this.icd10Code = value;
      return this;
    }

    /** The diagnosis text. */
    public Builder text(String value) {
      this.text = value;
      return this;
    }

    /** The clinical status; default active. */
    public Builder clinicalStatus(ConditionClinicalStatus value) {
      this.clinicalStatus = value;
      return this;
    }

    /** How certain the diagnosis is. */
    public Builder verificationStatus(ConditionVerificationStatus value) {
      this.verificationStatus = value;
      return this;
    }

    /** The day or moment it was recorded (required). */
    public Builder recordedDate(PointInTime value) {
      this.recordedDate = value;
      return this;
    }

    /** The day or moment it was recorded, as a day (required). */
    public Builder recordedDate(LocalDate value) {
      return recordedDate(value == null ? null : PointInTime.of(value));
    }

    /** The day or moment it was recorded, as a moment (required). */
    public Builder recordedDate(OffsetDateTime value) {
      return recordedDate(value == null ? null : PointInTime.of(value));
    }

    /** The role who made the diagnosis, by key. */
    public Builder asserter(BusinessIdentifier roleKey) {
      this.asserter = roleKey;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or the code is not ICD-10
     */
    public WorkAbilityCondition build() {
      return new WorkAbilityCondition(
          identifier, icd10Code, text, clinicalStatus, verificationStatus, recordedDate, asserter);
    }
  }
}
