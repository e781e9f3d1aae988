package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.ReferralServiceCode;
import fi.tyokyky.model.code.WorkAbilityConclusionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The professional's conclusion on the client's work ability (profile {@code
 * work-ability-assessment}) with the limitations found and the services recommended.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link ObservationStatus#FINAL}
 * @param effective when it applies (a day or a moment); never null
 * @param effectiveEnd the end, if it applies over a period; null for a point in time
 * @param performers who made it: roles only; never null, at least one
 * @param timepoint the measurement time point; null if none
 * @param conclusion the conclusion; never null
 * @param limitations the limitations found; never null, may be empty
 * @param recommendations the services recommended; never null, may be empty
 * @param note a free-text note; null if none
 * @param derivedFrom identifiers of the observations (measures) the assessment drew on; never null,
 *     may be empty
 */
public record WorkAbilityAssessment(
    BusinessIdentifier identifier,
    ObservationStatus status,
    @NotInFuture PointInTime effective,
    PointInTime effectiveEnd,
    List<@Valid Actor> performers,
    MeasurementTimepointCode timepoint,
    WorkAbilityConclusionCode conclusion,
    List<@Valid Limitation> limitations,
    List<ReferralServiceCode> recommendations,
    @Size(max = 10000) String note,
    List<BusinessIdentifier> derivedFrom)
    implements ObservationRecord {

  private static final String RECORD = "WorkAbilityAssessment";

  /** Checks the parts; see the component descriptions. */
  public WorkAbilityAssessment {
    performers = Check.observation(RECORD, identifier, status, effective, effectiveEnd, performers);
    Check.that(!performers.isEmpty(), RECORD, "performers", "needs at least one entry");
    Check.that(
        performers.stream().allMatch(p -> p.kind() == Actor.Kind.PROFESSIONAL_ROLE),
        RECORD,
        "performers",
        "must be professional roles");
    Check.required(conclusion, RECORD, "conclusion");
    limitations = Check.list(limitations, RECORD, "limitations");
    recommendations = Check.list(recommendations, RECORD, "recommendations");
    Check.optionalText(note, RECORD, "note");
    derivedFrom = Check.list(derivedFrom, RECORD, "derivedFrom");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilityAssessment}. */
  public static final class Builder extends ObservationBuilder<Builder> {
    private WorkAbilityConclusionCode conclusion;
    private final List<Limitation> limitations = new ArrayList<>();
    private final List<ReferralServiceCode> recommendations = new ArrayList<>();
    private String note;
    private final List<BusinessIdentifier> derivedFrom = new ArrayList<>();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The conclusion (required). */
    public Builder conclusion(WorkAbilityConclusionCode value) {
      this.conclusion = value;
      return this;
    }

    /** Adds a limitation. */
    public Builder limitation(Limitation value) {
      this.limitations.add(value);
      return this;
    }

    /** Adds recommended services. */
    public Builder recommendations(ReferralServiceCode... values) {
      this.recommendations.addAll(List.of(values));
      return this;
    }

    /** A free-text note. */
    public Builder note(String value) {
      this.note = value;
      return this;
    }

    /** Adds an observation the assessment drew on, by identifier. */
    public Builder derivedFrom(BusinessIdentifier observationKey) {
      this.derivedFrom.add(observationKey);
      return this;
    }

    /** Adds an observation the assessment drew on. */
    public Builder derivedFrom(ObservationRecord observation) {
      return derivedFrom(observation == null ? null : observation.identifier());
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part (identifier, effective time, performer,
     *     conclusion) is missing
     */
    public WorkAbilityAssessment build() {
      return new WorkAbilityAssessment(
          identifier,
          status,
          effective,
          effectiveEnd,
          performers,
          timepoint,
          conclusion,
          limitations,
          recommendations,
          note,
          derivedFrom);
    }
  }
}
