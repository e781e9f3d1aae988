package fi.tyokyky.model.record;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One submitted examination: the client, the encounter and everything recorded in it, with the
 * organisations and professionals it refers to. {@code ExaminationBundleMapper} turns it into the
 * package's submission form (a transaction Bundle of profile {@code
 * UnemployedHealthExaminationBundle}, {@code unemployed-health-examination-bundle}) and back.
 *
 * <p>Its parts are described once, in {@link ExaminationPart}: what is required, what may come once
 * or many times, which records share an identifier namespace, what the submission updates and in
 * which order. The constructor's checks, {@link #observations()}, the source changes and the Bundle
 * mapper all walk that table; a part is added there, as a record component here and as a setter of
 * the {@link Builder}.
 *
 * <p>Records refer to each other by business key. A key that no record of the examination has is
 * allowed (for example an organisation already known to the server); it becomes a logical
 * reference. Two records that would be stored as the same resource type with the same identifier
 * are refused, since the submission would then store one over the other.
 *
 * <p>Single parts are null when not recorded; lists are never null and may be empty.
 *
 * <h2>When the source system changed the records</h2>
 *
 * Every part the submission updates (all but the client, organisations, professionals and roles,
 * which are only created) is stamped with when the source system last changed it: {@link
 * #sourceChanged(Keyed)}. That is the examination's own {@link #sourceChanged()} unless a {@link
 * SourceChange} says otherwise. The server keeps a stored record whose stamp is at least as new, so
 * a late, repeated or reordered submission never overwrites newer data. A resend of the same
 * records yields the same stamps: nothing defaults to the current time.
 *
 * @param client the client; never null
 * @param encounter the examination encounter; never null
 * @param organisations the organisations referred to
 * @param professionals the professionals referred to
 * @param roles the professionals' roles referred to
 * @param episode the client's service path
 * @param network the client's multi-agency network
 * @param employmentStatus the employment status
 * @param unemploymentDuration the duration of unemployment
 * @param jobSeekerRegistration whether the client is a registered job seeker
 * @param healthCareCoverage whether the client is covered by occupational or student health care
 * @param questionnaireAnswers the questionnaire responses
 * @param scores the questionnaire total scores
 * @param workAbilityIndex the Work Ability Index
 * @param threeXTenD the 3X10D profile
 * @param vitalSigns the vital signs measured
 * @param teamEligibility the check of the support team's client criteria
 * @param assessment the work-ability assessment
 * @param diagnoses the diagnoses affecting work ability
 * @param goals the goals
 * @param plan the support plan
 * @param referrals the onward referrals
 * @param tasks the follow-up tasks
 * @param outcomes the employment outcomes
 * @param sourceChanged when the source system last changed the examination's records, kept to the
 *     millisecond; never null after construction: defaults to the encounter's end, or its start if
 *     it has no end. It is the encounter's stamp and the default of every other part the submission
 *     updates
 * @param sourceChanges the parts changed at another time than {@code sourceChanged}; never null.
 *     Each must name a part the submission updates other than the encounter; one equal to {@code
 *     sourceChanged} is dropped, and they are kept in submission order, so that two examinations
 *     with the same stamps are equal
 */
public record Examination(
    @Valid Client client,
    @Valid ExaminationEncounter encounter,
    List<@Valid Organisation> organisations,
    List<@Valid Professional> professionals,
    List<@Valid ProfessionalRole> roles,
    @Valid WorkAbilitySupportEpisode episode,
    @Valid WorkAbilitySupportNetwork network,
    @Valid EmploymentStatus employmentStatus,
    @Valid UnemploymentDuration unemploymentDuration,
    @Valid RegisteredJobSeeker jobSeekerRegistration,
    @Valid HealthCareCoverage healthCareCoverage,
    List<@Valid QuestionnaireAnswers> questionnaireAnswers,
    List<@Valid ScoreMeasure> scores,
    @Valid WorkAbilityIndexMeasure workAbilityIndex,
    @Valid ThreeXTenDMeasure threeXTenD,
    List<@Valid VitalSign> vitalSigns,
    @Valid TeamEligibility teamEligibility,
    @Valid WorkAbilityAssessment assessment,
    List<@Valid WorkAbilityCondition> diagnoses,
    List<@Valid WorkAbilityGoal> goals,
    @Valid WorkAbilitySupportPlan plan,
    List<@Valid WorkAbilityReferral> referrals,
    List<@Valid WorkAbilityFollowUpTask> tasks,
    List<@Valid EmploymentOutcome> outcomes,
    Instant sourceChanged,
    List<@Valid SourceChange> sourceChanges) {

  private static final String RECORD = "Examination";

  /** Checks the parts; see the class description. */
  public Examination(
      Client client,
      ExaminationEncounter encounter,
      List<Organisation> organisations,
      List<Professional> professionals,
      List<ProfessionalRole> roles,
      WorkAbilitySupportEpisode episode,
      WorkAbilitySupportNetwork network,
      EmploymentStatus employmentStatus,
      UnemploymentDuration unemploymentDuration,
      RegisteredJobSeeker jobSeekerRegistration,
      HealthCareCoverage healthCareCoverage,
      List<QuestionnaireAnswers> questionnaireAnswers,
      List<ScoreMeasure> scores,
      WorkAbilityIndexMeasure workAbilityIndex,
      ThreeXTenDMeasure threeXTenD,
      List<VitalSign> vitalSigns,
      TeamEligibility teamEligibility,
      WorkAbilityAssessment assessment,
      List<WorkAbilityCondition> diagnoses,
      List<WorkAbilityGoal> goals,
      WorkAbilitySupportPlan plan,
      List<WorkAbilityReferral> referrals,
      List<WorkAbilityFollowUpTask> tasks,
      List<EmploymentOutcome> outcomes,
      Instant sourceChanged,
      List<SourceChange> sourceChanges) {
    // Assigned first, so that the checks below can walk the table of parts over this record.
    this.client = client;
    this.encounter = encounter;
    this.organisations = Check.list(organisations, RECORD, "organisations");
    this.professionals = Check.list(professionals, RECORD, "professionals");
    this.roles = Check.list(roles, RECORD, "roles");
    this.episode = episode;
    this.network = network;
    this.employmentStatus = employmentStatus;
    this.unemploymentDuration = unemploymentDuration;
    this.jobSeekerRegistration = jobSeekerRegistration;
    this.healthCareCoverage = healthCareCoverage;
    this.questionnaireAnswers = Check.list(questionnaireAnswers, RECORD, "questionnaireAnswers");
    this.scores = Check.list(scores, RECORD, "scores");
    this.workAbilityIndex = workAbilityIndex;
    this.threeXTenD = threeXTenD;
    this.vitalSigns = Check.list(vitalSigns, RECORD, "vitalSigns");
    this.teamEligibility = teamEligibility;
    this.assessment = assessment;
    this.diagnoses = Check.list(diagnoses, RECORD, "diagnoses");
    this.goals = Check.list(goals, RECORD, "goals");
    this.plan = plan;
    this.referrals = Check.list(referrals, RECORD, "referrals");
    this.tasks = Check.list(tasks, RECORD, "tasks");
    this.outcomes = Check.list(outcomes, RECORD, "outcomes");
    checkParts();
    Instant stamp =
        sourceChanged != null
            ? sourceChanged
            : (encounter.end() != null ? encounter.end() : encounter.start()).toInstant();
    this.sourceChanged = stamp.truncatedTo(ChronoUnit.MILLIS);
    this.sourceChanges =
        inSubmissionOrder(
            Check.list(sourceChanges, RECORD, "sourceChanges"), this.sourceChanged, updatedParts());
  }

  /**
   * Required parts are present; two records that would be stored as the same resource type never
   * share an identifier (every observation record becomes an Observation, so they share one
   * namespace).
   */
  private void checkParts() {
    Map<String, Set<BusinessIdentifier>> keysByType = new HashMap<>();
    for (ExaminationPart<?> part : ExaminationPart.all()) {
      List<? extends Keyed> records = part.in(this);
      Check.that(
          part.cardinality() != ExaminationPart.Cardinality.REQUIRED || !records.isEmpty(),
          RECORD,
          part.name(),
          "is required");
      Set<BusinessIdentifier> keys =
          keysByType.computeIfAbsent(part.resourceType(), type -> new HashSet<>());
      for (Keyed record : records) {
        Check.that(
            keys.add(record.key()),
            RECORD,
            part.observation() ? "observations" : part.name(),
            "contains the same identifier twice");
      }
    }
  }

  /**
   * When the source system last changed a part of this examination: its {@link SourceChange}, or
   * else {@link #sourceChanged()}.
   *
   * @param part a part of this examination; not null
   * @return the stamp; never null
   */
  public Instant sourceChanged(Keyed part) {
    return sourceChanges.stream()
        .filter(change -> change.isOf(part))
        .map(SourceChange::changed)
        .findFirst()
        .orElse(sourceChanged);
  }

  /** The parts the submission updates, other than the encounter, in submission order. */
  private List<Keyed> updatedParts() {
    return ExaminationPart.all().stream()
        .filter(part -> part.updated() && part != ExaminationPart.ENCOUNTER)
        .flatMap(part -> part.in(this).stream())
        .map(Keyed.class::cast)
        .toList();
  }

  private static List<SourceChange> inSubmissionOrder(
      List<SourceChange> changes, Instant sourceChanged, List<Keyed> parts) {
    List<SourceChange> kept = new ArrayList<>();
    for (SourceChange change : changes) {
      int part = indexOf(change, parts);
      Check.that(
          part >= 0, RECORD, "sourceChanges", "names a part that the examination does not update");
      Check.that(
          kept.stream().noneMatch(other -> indexOf(other, parts) == part),
          RECORD,
          "sourceChanges",
          "names the same part twice");
      if (!change.changed().equals(sourceChanged)) {
        kept.add(change);
      }
    }
    kept.sort(Comparator.comparingInt(change -> indexOf(change, parts)));
    return List.copyOf(kept);
  }

  private static int indexOf(SourceChange change, List<Keyed> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (change.isOf(parts.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Every observation record of the examination in submission order: employment situation, scores,
   * Work Ability Index, 3X10D, vital signs, eligibility, assessment, outcomes.
   *
   * @return never null, unmodifiable
   */
  public List<ObservationRecord> observations() {
    return ExaminationPart.all().stream()
        .filter(ExaminationPart::observation)
        .flatMap(part -> part.in(this).stream())
        .map(ObservationRecord.class::cast)
        .toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Examination}; adders append, setters replace. */
  public static final class Builder {
    private final Map<ExaminationPart<?>, List<Keyed>> parts = new HashMap<>();
    private Instant sourceChanged;
    private final List<SourceChange> sourceChanges = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a record to its part: a list part appends it, a single part is set to it (replacing one
     * set before). The typed setters below call this; a reader that walks {@link
     * ExaminationPart#all()} calls it directly.
     *
     * @param part the part; not null
     * @param record the record; null clears a single part and is refused by {@link #build()} in a
     *     list part
     * @param <R> the record type
     * @return this builder
     */
    public <R extends Keyed> Builder add(ExaminationPart<R> part, R record) {
      List<Keyed> records = parts.computeIfAbsent(part, p -> new ArrayList<>());
      if (part.single()) {
        records.clear();
      }
      records.add(record);
      return this;
    }

    @SafeVarargs
    private <R extends Keyed> Builder addAll(ExaminationPart<R> part, R... records) {
      for (R record : records) {
        add(part, record);
      }
      return this;
    }

    private <R extends Keyed> R one(ExaminationPart<R> part) {
      List<Keyed> records = parts.getOrDefault(part, List.of());
      return records.isEmpty() ? null : part.recordType().cast(records.get(0));
    }

    private <R extends Keyed> List<R> all(ExaminationPart<R> part) {
      List<R> records = new ArrayList<>();
      // A null element stays, for the record to refuse.
      parts.getOrDefault(part, List.of()).forEach(r -> records.add(part.recordType().cast(r)));
      return records;
    }

    /** The client (required). */
    public Builder client(Client value) {
      return add(ExaminationPart.CLIENT, value);
    }

    /** The examination encounter (required). */
    public Builder encounter(ExaminationEncounter value) {
      return add(ExaminationPart.ENCOUNTER, value);
    }

    /** Adds organisations. */
    public Builder organisations(Organisation... values) {
      return addAll(ExaminationPart.ORGANISATIONS, values);
    }

    /** Adds professionals. */
    public Builder professionals(Professional... values) {
      return addAll(ExaminationPart.PROFESSIONALS, values);
    }

    /** Adds roles. */
    public Builder roles(ProfessionalRole... values) {
      return addAll(ExaminationPart.ROLES, values);
    }

    /** The service path. */
    public Builder episode(WorkAbilitySupportEpisode value) {
      return add(ExaminationPart.EPISODE, value);
    }

    /** The multi-agency network. */
    public Builder network(WorkAbilitySupportNetwork value) {
      return add(ExaminationPart.NETWORK, value);
    }

    /** The employment status. */
    public Builder employmentStatus(EmploymentStatus value) {
      return add(ExaminationPart.EMPLOYMENT_STATUS, value);
    }

    /** The duration of unemployment. */
    public Builder unemploymentDuration(UnemploymentDuration value) {
      return add(ExaminationPart.UNEMPLOYMENT_DURATION, value);
    }

    /** The job seeker registration. */
    public Builder jobSeekerRegistration(RegisteredJobSeeker value) {
      return add(ExaminationPart.REGISTERED_JOB_SEEKER, value);
    }

    /** The health care coverage. */
    public Builder healthCareCoverage(HealthCareCoverage value) {
      return add(ExaminationPart.HEALTH_CARE_COVERAGE, value);
    }

    /** Adds questionnaire responses. */
    public Builder questionnaireAnswers(QuestionnaireAnswers... values) {
      return addAll(ExaminationPart.QUESTIONNAIRE_ANSWERS, values);
    }

    /** Adds scores. */
    public Builder scores(ScoreMeasure... values) {
      return addAll(ExaminationPart.SCORES, values);
    }

    /** The Work Ability Index. */
    public Builder workAbilityIndex(WorkAbilityIndexMeasure value) {
      return add(ExaminationPart.WORK_ABILITY_INDEX, value);
    }

    /** The 3X10D profile. */
    public Builder threeXTenD(ThreeXTenDMeasure value) {
      return add(ExaminationPart.THREE_X_TEN_D, value);
    }

    /** Adds vital signs. */
    public Builder vitalSigns(VitalSign... values) {
      return addAll(ExaminationPart.VITAL_SIGNS, values);
    }

    /** The eligibility check. */
    public Builder teamEligibility(TeamEligibility value) {
      return add(ExaminationPart.TEAM_ELIGIBILITY, value);
    }

    /** The work-ability assessment. */
    public Builder assessment(WorkAbilityAssessment value) {
      return add(ExaminationPart.ASSESSMENT, value);
    }

    /** Adds diagnoses. */
    public Builder diagnoses(WorkAbilityCondition... values) {
      return addAll(ExaminationPart.DIAGNOSES, values);
    }

    /** Adds goals. */
    public Builder goals(WorkAbilityGoal... values) {
      return addAll(ExaminationPart.GOALS, values);
    }

    /** The support plan. */
    public Builder plan(WorkAbilitySupportPlan value) {
      return add(ExaminationPart.PLAN, value);
    }

    /** Adds referrals. */
    public Builder referrals(WorkAbilityReferral... values) {
      return addAll(ExaminationPart.REFERRALS, values);
    }

    /** Adds follow-up tasks. */
    public Builder tasks(WorkAbilityFollowUpTask... values) {
      return addAll(ExaminationPart.TASKS, values);
    }

    /** Adds employment outcomes. */
    public Builder outcomes(EmploymentOutcome... values) {
      return addAll(ExaminationPart.OUTCOMES, values);
    }

    /**
     * When the source system last changed the examination's records; default the encounter's end,
     * or its start if it has none. Set it when resending an examination whose records changed after
     * the visit, or the server keeps the version it has.
     */
    public Builder sourceChanged(Instant value) {
      this.sourceChanged = value;
      return this;
    }

    /**
     * When the source system last changed one part, if not at {@link #sourceChanged(Instant)}; the
     * part must be one the submission updates (not the client, an organisation, a professional, a
     * role or the encounter). A later call for the same part replaces the earlier.
     */
    public Builder sourceChanged(Keyed part, Instant changed) {
      SourceChange change = SourceChange.of(part, changed);
      this.sourceChanges.removeIf(other -> other.isOf(part));
      this.sourceChanges.add(change);
      return this;
    }

    /**
     * Builds the examination.
     *
     * @throws InvalidRecordException if the client or encounter is missing, two records would be
     *     stored under the same identifier, or a source change names no part the submission updates
     */
    public Examination build() {
      return new Examination(
          one(ExaminationPart.CLIENT),
          one(ExaminationPart.ENCOUNTER),
          all(ExaminationPart.ORGANISATIONS),
          all(ExaminationPart.PROFESSIONALS),
          all(ExaminationPart.ROLES),
          one(ExaminationPart.EPISODE),
          one(ExaminationPart.NETWORK),
          one(ExaminationPart.EMPLOYMENT_STATUS),
          one(ExaminationPart.UNEMPLOYMENT_DURATION),
          one(ExaminationPart.REGISTERED_JOB_SEEKER),
          one(ExaminationPart.HEALTH_CARE_COVERAGE),
          all(ExaminationPart.QUESTIONNAIRE_ANSWERS),
          all(ExaminationPart.SCORES),
          one(ExaminationPart.WORK_ABILITY_INDEX),
          one(ExaminationPart.THREE_X_TEN_D),
          all(ExaminationPart.VITAL_SIGNS),
          one(ExaminationPart.TEAM_ELIGIBILITY),
          one(ExaminationPart.ASSESSMENT),
          all(ExaminationPart.DIAGNOSES),
          all(ExaminationPart.GOALS),
          one(ExaminationPart.PLAN),
          all(ExaminationPart.REFERRALS),
          all(ExaminationPart.TASKS),
          all(ExaminationPart.OUTCOMES),
          sourceChanged,
          sourceChanges);
    }
  }
}
