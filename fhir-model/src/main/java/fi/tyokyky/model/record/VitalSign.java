package fi.tyokyky.model.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.UnknownCodeException;
import fi.tyokyky.profiles.TyokykyPackage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import java.math.BigDecimal;
import java.util.List;

/**
 * A vital sign measured in the examination: blood pressure, body weight, body height, body mass
 * index or heart rate, recorded with HL7's core vital-signs profiles, or waist circumference, for
 * which the core has none and the package has {@code waist-circumference}. Blood pressure has a
 * systolic and a diastolic value; every other kind has one value in the kind's unit.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it was measured (a day or a moment); never null
 * @param effectiveEnd the end, if measured over a period; null for a point in time
 * @param performers who measured: roles, the client or organisations; never null, may be empty
 * @param timepoint the measurement time point; null if none
 * @param kind what was measured; never null
 * @param value the value in the kind's unit; null for blood pressure, else required and positive (a
 *     waist circumference at most 300 cm)
 * @param systolic the systolic pressure in mmHg; only and required for blood pressure
 * @param diastolic the diastolic pressure in mmHg; only and required for blood pressure
 * @param derivedFrom identifiers of the observations it was computed from (e.g. the weight and
 *     height of a BMI); never null, may be empty
 */
public record VitalSign(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepointCode timepoint,
    Kind kind,
    @DecimalMax("1000") BigDecimal value,
    @DecimalMax("300") BigDecimal systolic,
    @DecimalMax("300") BigDecimal diastolic,
    List<BusinessIdentifier> derivedFrom)
    implements ObservationRecord {

  private static final String RECORD = "VitalSign";

  /** The largest waist circumference the profile accepts ({@code tk-waist-range}). */
  private static final BigDecimal MAX_WAIST_CM = BigDecimal.valueOf(300);

  /** The vital signs, each with its profile (HL7 core or ours), LOINC code and UCUM unit. */
  public enum Kind {
    /** Blood pressure panel (LOINC 85354-9) with systolic 8480-6 and diastolic 8462-4. */
    BLOOD_PRESSURE(
        "bp", "85354-9", "Blood pressure panel with all children optional", "mm[Hg]", "mmHg"),
    /** Body weight (LOINC 29463-7) in kilograms. */
    BODY_WEIGHT("bodyweight", "29463-7", "Body weight", "kg", "kg"),
    /** Body height (LOINC 8302-2) in centimetres. */
    BODY_HEIGHT("bodyheight", "8302-2", "Body height", "cm", "cm"),
    /** Body mass index (LOINC 39156-5) in kg/m². */
    BMI("bmi", "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2"),
    /** Heart rate (LOINC 8867-4) per minute. */
    HEART_RATE("heartrate", "8867-4", "Heart rate", "/min", "beats/minute"),
    /**
     * Waist circumference (LOINC 8280-0) in centimetres, with the package's profile {@code
     * waist-circumference}.
     */
    WAIST_CIRCUMFERENCE(
        TyokykyPackage.structureDefinition("waist-circumference"),
        "8280-0",
        "Waist Circumference at umbilicus by Tape measure",
        "cm",
        "cm");

    private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";

    private final String profileUrl;
    private final String loinc;
    private final String loincDisplay;
    private final String ucum;
    private final String unit;

    /** A kind of a core profile by its id, or of the package's profile by its URL. */
    Kind(String profile, String loinc, String loincDisplay, String ucum, String unit) {
      this.profileUrl = profile.contains("/") ? profile : CORE + profile;
      this.loinc = loinc;
      this.loincDisplay = loincDisplay;
      this.ucum = ucum;
      this.unit = unit;
    }

    /**
     * The id of the profile, e.g. {@code bp} or {@code waist-circumference}; also the JSON form.
     */
    @JsonValue
    public String profileId() {
      return profileUrl.substring(profileUrl.lastIndexOf('/') + 1);
    }

    /** The canonical URL of the profile; never null. */
    public String profileUrl() {
      return profileUrl;
    }

    /** The LOINC code; never null. */
    public String loinc() {
      return loinc;
    }

    /** The LOINC display; never null. */
    public String loincDisplay() {
      return loincDisplay;
    }

    /** The UCUM code of the unit; never null. */
    public String ucum() {
      return ucum;
    }

    /** The unit as displayed; never null. */
    public String unit() {
      return unit;
    }

    /**
     * The kind with the given profile id.
     *
     * @throws UnknownCodeException if the id is null or unknown
     */
    @JsonCreator
    public static Kind fromProfileId(String profileId) {
      for (Kind kind : values()) {
        if (kind.profileId().equals(profileId)) {
          return kind;
        }
      }
      throw new UnknownCodeException("vital-sign profiles", profileId);
    }
  }

  /** Checks the parts; see the component descriptions. */
  public VitalSign {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.required(kind, RECORD, "kind");
    if (kind == Kind.BLOOD_PRESSURE) {
      Check.that(
          value == null,
          RECORD,
          "value",
          "blood pressure has systolic and diastolic" + " values instead");
      positive(Check.required(systolic, RECORD, "systolic"), "systolic");
      positive(Check.required(diastolic, RECORD, "diastolic"), "diastolic");
    } else {
      positive(Check.required(value, RECORD, "value"), "value");
      Check.that(
          kind != Kind.WAIST_CIRCUMFERENCE || value.compareTo(MAX_WAIST_CM) <= 0,
          RECORD,
          "value",
          "a waist circumference is at most " + MAX_WAIST_CM + " cm");
      Check.that(
          systolic == null && diastolic == null,
          RECORD,
          "systolic",
          "only blood pressure has systolic and diastolic values");
    }
    derivedFrom = Check.list(derivedFrom, RECORD, "derivedFrom");
  }

  private static void positive(BigDecimal value, String field) {
    Check.that(value.signum() > 0, RECORD, field, "must be positive");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VitalSign}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private Kind kind;
    private BigDecimal value;
    private BigDecimal systolic;
    private BigDecimal diastolic;
    private final java.util.ArrayList<BusinessIdentifier> derivedFrom = new java.util.ArrayList<>();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** A measurement of one value: weight, height, BMI, heart rate or waist circumference. */
    public Builder measurement(Kind kind, BigDecimal value) {
      this.kind = kind;
      this.value = value;
      return this;
    }

    /** A blood pressure in mmHg. */
    public Builder bloodPressure(int systolic, int diastolic) {
      this.kind = Kind.BLOOD_PRESSURE;
      this.systolic = BigDecimal.valueOf(systolic);
      this.diastolic = BigDecimal.valueOf(diastolic);
      return this;
    }

    /** The kind (required); prefer {@link #measurement} or {@link #bloodPressure}. */
    public Builder kind(Kind value) {
      this.kind = value;
      return this;
    }

    /** The single value. */
    public Builder value(BigDecimal value) {
      this.value = value;
      return this;
    }

    /** The systolic pressure in mmHg. */
    public Builder systolic(BigDecimal value) {
      this.systolic = value;
      return this;
    }

    /** The diastolic pressure in mmHg. */
    public Builder diastolic(BigDecimal value) {
      this.diastolic = value;
      return this;
    }

    /** Adds an observation it was computed from, by identifier. */
    public Builder derivedFrom(BusinessIdentifier observationKey) {
      this.derivedFrom.add(observationKey);
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing, the values do not fit the kind,
     *     or a value is not positive
     */
    public VitalSign build() {
      return new VitalSign(
          identifier,
          status,
          effective,
          effectiveEnd,
          performers,
          timepoint,
          kind,
          value,
          systolic,
          diastolic,
          derivedFrom);
    }
  }
}
