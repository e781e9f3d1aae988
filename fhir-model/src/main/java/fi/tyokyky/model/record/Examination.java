package fi.tyokyky.model.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One submitted examination: the client, the encounter and everything recorded in it, with the
 * organisations and professionals it refers to. {@code ExaminationBundleMapper} turns it into the
 * package's submission form (a transaction Bundle) and back.
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
    @NotNull @Valid Client client,
    @NotNull @Valid ExaminationEncounter encounter,
    List<@Valid @NotNull Organisation> organisations,
    List<@Valid @NotNull Professional> professionals,
    List<@Valid @NotNull ProfessionalRole> roles,
    @Valid WorkAbilitySupportEpisode episode,
    @Valid WorkAbilitySupportNetwork network,
    @Valid EmploymentStatus employmentStatus,
    @Valid UnemploymentDuration unemploymentDuration,
    @Valid RegisteredJobSeeker jobSeekerRegistration,
    @Valid HealthCareCoverage healthCareCoverage,
    List<@Valid @NotNull QuestionnaireAnswers> questionnaireAnswers,
    List<@Valid @NotNull ScoreMeasure> scores,
    @Valid WorkAbilityIndexMeasure workAbilityIndex,
    @Valid ThreeXTenDMeasure threeXTenD,
    List<@Valid @NotNull VitalSign> vitalSigns,
    @Valid TeamEligibility teamEligibility,
    @Valid WorkAbilityAssessment assessment,
    List<@Valid @NotNull WorkAbilityCondition> diagnoses,
    List<@Valid @NotNull WorkAbilityGoal> goals,
    @Valid WorkAbilitySupportPlan plan,
    List<@Valid @NotNull WorkAbilityReferral> referrals,
    List<@Valid @NotNull WorkAbilityFollowUpTask> tasks,
    List<@Valid @NotNull EmploymentOutcome> outcomes,
    @NotNull Instant sourceChanged,
    List<@Valid @NotNull SourceChange> sourceChanges) {

  private static final String RECORD = "Examination";

  /** Checks the parts; see the class description. */
  public Examination {
    Check.required(client, RECORD, "client");
    Check.required(encounter, RECORD, "encounter");
    organisations = Check.list(organisations, RECORD, "organisations");
    professionals = Check.list(professionals, RECORD, "professionals");
    roles = Check.list(roles, RECORD, "roles");
    questionnaireAnswers = Check.list(questionnaireAnswers, RECORD, "questionnaireAnswers");
    scores = Check.list(scores, RECORD, "scores");
    vitalSigns = Check.list(vitalSigns, RECORD, "vitalSigns");
    diagnoses = Check.list(diagnoses, RECORD, "diagnoses");
    goals = Check.list(goals, RECORD, "goals");
    referrals = Check.list(referrals, RECORD, "referrals");
    tasks = Check.list(tasks, RECORD, "tasks");
    outcomes = Check.list(outcomes, RECORD, "outcomes");
    Check.distinct(organisations, Keyed::key, RECORD, "organisations");
    Check.distinct(professionals, Keyed::key, RECORD, "professionals");
    Check.distinct(roles, Keyed::key, RECORD, "roles");
    Check.distinct(questionnaireAnswers, Keyed::key, RECORD, "questionnaireAnswers");
    Check.distinct(diagnoses, Keyed::key, RECORD, "diagnoses");
    Check.distinct(goals, Keyed::key, RECORD, "goals");
    Check.distinct(referrals, Keyed::key, RECORD, "referrals");
    Check.distinct(tasks, Keyed::key, RECORD, "tasks");
    // Every observation record becomes an Observation: their identifiers share one namespace.
    List<ObservationRecord> observations =
        Stream.of(
                Stream.of(
                    employmentStatus,
                    unemploymentDuration,
                    jobSeekerRegistration,
                    healthCareCoverage),
                scores.stream(),
                Stream.of(workAbilityIndex, threeXTenD),
                vitalSigns.stream(),
                Stream.of(teamEligibility, assessment),
                outcomes.stream())
            .flatMap(s -> s)
            .filter(o -> o != null)
            .map(ObservationRecord.class::cast)
            .toList();
    Check.distinct(observations, Keyed::key, RECORD, "observations");
    if (sourceChanged == null) {
      sourceChanged = (encounter.end() != null ? encounter.end() : encounter.start()).toInstant();
    }
    sourceChanged = sourceChanged.truncatedTo(ChronoUnit.MILLIS);
    sourceChanges =
        inSubmissionOrder(
            Check.list(sourceChanges, RECORD, "sourceChanges"),
            sourceChanged,
            updatedParts(
                episode,
                network,
                questionnaireAnswers,
                observations,
                diagnoses,
                goals,
                plan,
                referrals,
                tasks));
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
  private static List<Keyed> updatedParts(
      WorkAbilitySupportEpisode episode,
      WorkAbilitySupportNetwork network,
      List<QuestionnaireAnswers> questionnaireAnswers,
      List<ObservationRecord> observations,
      List<WorkAbilityCondition> diagnoses,
      List<WorkAbilityGoal> goals,
      WorkAbilitySupportPlan plan,
      List<WorkAbilityReferral> referrals,
      List<WorkAbilityFollowUpTask> tasks) {
    return Stream.of(
            Stream.of(episode, network),
            questionnaireAnswers.stream(),
            observations.stream(),
            diagnoses.stream(),
            goals.stream(),
            Stream.of(plan),
            referrals.stream(),
            tasks.stream())
        .flatMap(s -> s)
        .filter(part -> part != null)
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
    List<ObservationRecord> all = new ArrayList<>();
    Stream.of(employmentStatus, unemploymentDuration, jobSeekerRegistration, healthCareCoverage)
        .filter(o -> o != null)
        .forEach(all::add);
    all.addAll(scores);
    Stream.of(workAbilityIndex, threeXTenD).filter(o -> o != null).forEach(all::add);
    all.addAll(vitalSigns);
    Stream.of(teamEligibility, assessment).filter(o -> o != null).forEach(all::add);
    all.addAll(outcomes);
    return List.copyOf(all);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Examination}; adders append, setters replace. */
  public static final class Builder {
    private Client client;
    private ExaminationEncounter encounter;
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Professional> professionals = new ArrayList<>();
    private final List<ProfessionalRole> roles = new ArrayList<>();
    private WorkAbilitySupportEpisode episode;
    private WorkAbilitySupportNetwork network;
    private EmploymentStatus employmentStatus;
    private UnemploymentDuration unemploymentDuration;
    private RegisteredJobSeeker jobSeekerRegistration;
    private HealthCareCoverage healthCareCoverage;
    private final List<QuestionnaireAnswers> questionnaireAnswers = new ArrayList<>();
    private final List<ScoreMeasure> scores = new ArrayList<>();
    private WorkAbilityIndexMeasure workAbilityIndex;
    private ThreeXTenDMeasure threeXTenD;
    private final List<VitalSign> vitalSigns = new ArrayList<>();
    private TeamEligibility teamEligibility;
    private WorkAbilityAssessment assessment;
    private final List<WorkAbilityCondition> diagnoses = new ArrayList<>();
    private final List<WorkAbilityGoal> goals = new ArrayList<>();
    private WorkAbilitySupportPlan plan;
    private final List<WorkAbilityReferral> referrals = new ArrayList<>();
    private final List<WorkAbilityFollowUpTask> tasks = new ArrayList<>();
    private final List<EmploymentOutcome> outcomes = new ArrayList<>();
    private Instant sourceChanged;
    private final List<SourceChange> sourceChanges = new ArrayList<>();

    private Builder() {}

    /** The client (required). */
    public Builder client(Client value) {
      this.client = value;
      return this;
    }

    /** The examination encounter (required). */
    public Builder encounter(ExaminationEncounter value) {
      this.encounter = value;
      return this;
    }

    /** Adds organisations. */
    public Builder organisations(Organisation... values) {
      this.organisations.addAll(List.of(values));
      return this;
    }

    /** Adds professionals. */
    public Builder professionals(Professional... values) {
      this.professionals.addAll(List.of(values));
      return this;
    }

    /** Adds roles. */
    public Builder roles(ProfessionalRole... values) {
      this.roles.addAll(List.of(values));
      return this;
    }

    /** The service path. */
    public Builder episode(WorkAbilitySupportEpisode value) {
      this.episode = value;
      return this;
    }

    /** The multi-agency network. */
    public Builder network(WorkAbilitySupportNetwork value) {
      this.network = value;
      return this;
    }

    /** The employment status. */
    public Builder employmentStatus(EmploymentStatus value) {
      this.employmentStatus = value;
      return this;
    }

    /** The duration of unemployment. */
    public Builder unemploymentDuration(UnemploymentDuration value) {
      this.unemploymentDuration = value;
      return this;
    }

    /** The job seeker registration. */
    public Builder jobSeekerRegistration(RegisteredJobSeeker value) {
      this.jobSeekerRegistration = value;
      return this;
    }

    /** The health care coverage. */
    public Builder healthCareCoverage(HealthCareCoverage value) {
      this.healthCareCoverage = value;
      return this;
    }

    /** Adds questionnaire responses. */
    public Builder questionnaireAnswers(QuestionnaireAnswers... values) {
      this.questionnaireAnswers.addAll(List.of(values));
      return this;
    }

    /** Adds scores. */
    public Builder scores(ScoreMeasure... values) {
      this.scores.addAll(List.of(values));
      return this;
    }

    /** The Work Ability Index. */
    public Builder workAbilityIndex(WorkAbilityIndexMeasure value) {
      this.workAbilityIndex = value;
      return this;
    }

    /** The 3X10D profile. */
    public Builder threeXTenD(ThreeXTenDMeasure value) {
      this.threeXTenD = value;
      return this;
    }

    /** Adds vital signs. */
    public Builder vitalSigns(VitalSign... values) {
      this.vitalSigns.addAll(List.of(values));
      return this;
    }

    /** The eligibility check. */
    public Builder teamEligibility(TeamEligibility value) {
      this.teamEligibility = value;
      return this;
    }

    /** The work-ability assessment. */
    public Builder assessment(WorkAbilityAssessment value) {
      this.assessment = value;
      return this;
    }

    /** Adds diagnoses. */
    public Builder diagnoses(WorkAbilityCondition... values) {
      this.diagnoses.addAll(List.of(values));
      return this;
    }

    /** Adds goals. */
    public Builder goals(WorkAbilityGoal... values) {
      this.goals.addAll(List.of(values));
      return this;
    }

    /** The support plan. */
    public Builder plan(WorkAbilitySupportPlan value) {
      this.plan = value;
      return this;
    }

    /** Adds referrals. */
    public Builder referrals(WorkAbilityReferral... values) {
      this.referrals.addAll(List.of(values));
      return this;
    }

    /** Adds follow-up tasks. */
    public Builder tasks(WorkAbilityFollowUpTask... values) {
      this.tasks.addAll(List.of(values));
      return this;
    }

    /** Adds employment outcomes. */
    public Builder outcomes(EmploymentOutcome... values) {
      this.outcomes.addAll(List.of(values));
      return this;
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
          client,
          encounter,
          organisations,
          professionals,
          roles,
          episode,
          network,
          employmentStatus,
          unemploymentDuration,
          jobSeekerRegistration,
          healthCareCoverage,
          questionnaireAnswers,
          scores,
          workAbilityIndex,
          threeXTenD,
          vitalSigns,
          teamEligibility,
          assessment,
          diagnoses,
          goals,
          plan,
          referrals,
          tasks,
          outcomes,
          sourceChanged,
          sourceChanges);
    }
  }
}
