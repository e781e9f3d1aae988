package fi.tyokyky.model.record;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of part of an {@link Examination}, and the table of all of them: what {@link
 * Examination} checks, what its builder collects, and what {@code ExaminationBundleMapper} writes,
 * orders and reads back all walk {@link #all()}. A new part is one constant here (plus its record
 * component, accessor and builder setter in {@link Examination}, and its mapper in {@code
 * ExaminationPartMappers}).
 *
 * <p>The constants are declared in submission order, which {@link #all()} keeps: the order of the
 * entries of the submission Bundle, which is also the order of {@link Examination#observations()}
 * and of the examination's source changes.
 *
 * @param <R> the record type of the part
 */
public final class ExaminationPart<R extends Keyed> {

  /** How many records of a part an examination holds. */
  public enum Cardinality {
    /** Exactly one. */
    REQUIRED,
    /** None or one; null when not recorded. */
    OPTIONAL,
    /** Any number; never null, may be empty. */
    LIST
  }

  // Filled by the constructor, so the constants below are in it in their order of declaration.
  private static final List<ExaminationPart<?>> ALL = new ArrayList<>();

  /** The organisations referred to; created, never updated. */
  public static final ExaminationPart<Organisation> ORGANISATIONS =
      created("organisations", Organisation.class, "Organization", Examination::organisations);

  /** The professionals referred to; created, never updated. */
  public static final ExaminationPart<Professional> PROFESSIONALS =
      created("professionals", Professional.class, "Practitioner", Examination::professionals);

  /** The professionals' roles referred to; created, never updated. */
  public static final ExaminationPart<ProfessionalRole> ROLES =
      created("roles", ProfessionalRole.class, "PractitionerRole", Examination::roles);

  /** The client; created, never updated. */
  public static final ExaminationPart<Client> CLIENT =
      new ExaminationPart<>(
          "client", Client.class, "Patient", Cardinality.REQUIRED, false, Examination::client);

  /** The client's service path. */
  public static final ExaminationPart<WorkAbilitySupportEpisode> EPISODE =
      optional("episode", WorkAbilitySupportEpisode.class, "EpisodeOfCare", Examination::episode);

  /** The client's multi-agency network. */
  public static final ExaminationPart<WorkAbilitySupportNetwork> NETWORK =
      optional("network", WorkAbilitySupportNetwork.class, "CareTeam", Examination::network);

  /** The examination encounter; its stamp is the examination's own source change. */
  public static final ExaminationPart<ExaminationEncounter> ENCOUNTER =
      new ExaminationPart<>(
          "encounter",
          ExaminationEncounter.class,
          "Encounter",
          Cardinality.REQUIRED,
          true,
          Examination::encounter);

  /** The questionnaire responses. */
  public static final ExaminationPart<QuestionnaireAnswers> QUESTIONNAIRE_ANSWERS =
      list(
          "questionnaireAnswers",
          QuestionnaireAnswers.class,
          "QuestionnaireResponse",
          Examination::questionnaireAnswers);

  /** The employment status. */
  public static final ExaminationPart<EmploymentStatus> EMPLOYMENT_STATUS =
      observation("employmentStatus", EmploymentStatus.class, Examination::employmentStatus);

  /** The duration of unemployment. */
  public static final ExaminationPart<UnemploymentDuration> UNEMPLOYMENT_DURATION =
      observation(
          "unemploymentDuration", UnemploymentDuration.class, Examination::unemploymentDuration);

  /** Whether the client is a registered job seeker. */
  public static final ExaminationPart<RegisteredJobSeeker> REGISTERED_JOB_SEEKER =
      observation(
          "jobSeekerRegistration", RegisteredJobSeeker.class, Examination::jobSeekerRegistration);

  /** Whether occupational or student health care covers the client. */
  public static final ExaminationPart<HealthCareCoverage> HEALTH_CARE_COVERAGE =
      observation("healthCareCoverage", HealthCareCoverage.class, Examination::healthCareCoverage);

  /** The questionnaire total scores. */
  public static final ExaminationPart<ScoreMeasure> SCORES =
      list("scores", ScoreMeasure.class, "Observation", Examination::scores);

  /** The Work Ability Index. */
  public static final ExaminationPart<WorkAbilityIndexMeasure> WORK_ABILITY_INDEX =
      observation("workAbilityIndex", WorkAbilityIndexMeasure.class, Examination::workAbilityIndex);

  /** The 3X10D profile. */
  public static final ExaminationPart<ThreeXTenDMeasure> THREE_X_TEN_D =
      observation("threeXTenD", ThreeXTenDMeasure.class, Examination::threeXTenD);

  /** The vital signs. */
  public static final ExaminationPart<VitalSign> VITAL_SIGNS =
      list("vitalSigns", VitalSign.class, "Observation", Examination::vitalSigns);

  /** The check of the support team's client criteria. */
  public static final ExaminationPart<TeamEligibility> TEAM_ELIGIBILITY =
      observation("teamEligibility", TeamEligibility.class, Examination::teamEligibility);

  /** The work-ability assessment. */
  public static final ExaminationPart<WorkAbilityAssessment> ASSESSMENT =
      observation("assessment", WorkAbilityAssessment.class, Examination::assessment);

  /** The employment outcomes. */
  public static final ExaminationPart<EmploymentOutcome> OUTCOMES =
      list("outcomes", EmploymentOutcome.class, "Observation", Examination::outcomes);

  /** The diagnoses affecting work ability. */
  public static final ExaminationPart<WorkAbilityCondition> DIAGNOSES =
      list("diagnoses", WorkAbilityCondition.class, "Condition", Examination::diagnoses);

  /** The goals. */
  public static final ExaminationPart<WorkAbilityGoal> GOALS =
      list("goals", WorkAbilityGoal.class, "Goal", Examination::goals);

  /** The support plan. */
  public static final ExaminationPart<WorkAbilitySupportPlan> PLAN =
      optional("plan", WorkAbilitySupportPlan.class, "CarePlan", Examination::plan);

  /** The onward referrals. */
  public static final ExaminationPart<WorkAbilityReferral> REFERRALS =
      list("referrals", WorkAbilityReferral.class, "ServiceRequest", Examination::referrals);

  /** The follow-up tasks. */
  public static final ExaminationPart<WorkAbilityFollowUpTask> TASKS =
      list("tasks", WorkAbilityFollowUpTask.class, "Task", Examination::tasks);

  private final String name;
  private final Class<R> recordType;
  private final String resourceType;
  private final Cardinality cardinality;
  private final boolean updated;
  private final Function<Examination, ?> accessor;

  private ExaminationPart(
      String name,
      Class<R> recordType,
      String resourceType,
      Cardinality cardinality,
      boolean updated,
      Function<Examination, ?> accessor) {
    this.name = name;
    this.recordType = recordType;
    this.resourceType = resourceType;
    this.cardinality = cardinality;
    this.updated = updated;
    this.accessor = accessor;
    ALL.add(this);
  }

  private static <R extends Keyed> ExaminationPart<R> created(
      String name, Class<R> type, String resourceType, Function<Examination, List<R>> accessor) {
    return new ExaminationPart<>(name, type, resourceType, Cardinality.LIST, false, accessor);
  }

  private static <R extends Keyed> ExaminationPart<R> list(
      String name, Class<R> type, String resourceType, Function<Examination, List<R>> accessor) {
    return new ExaminationPart<>(name, type, resourceType, Cardinality.LIST, true, accessor);
  }

  private static <R extends Keyed> ExaminationPart<R> optional(
      String name, Class<R> type, String resourceType, Function<Examination, R> accessor) {
    return new ExaminationPart<>(name, type, resourceType, Cardinality.OPTIONAL, true, accessor);
  }

  private static <R extends ObservationRecord> ExaminationPart<R> observation(
      String name, Class<R> type, Function<Examination, R> accessor) {
    return optional(name, type, "Observation", accessor);
  }

  /**
   * Every part, in submission order.
   *
   * @return never null, unmodifiable
   */
  public static List<ExaminationPart<?>> all() {
    return Collections.unmodifiableList(ALL);
  }

  /**
   * The part a record belongs to; every record type is the type of one part.
   *
   * @param recordType a record type; not null
   * @return the part; never null
   * @throws IllegalArgumentException if no part holds records of that type
   */
  public static ExaminationPart<?> holding(Class<?> recordType) {
    for (ExaminationPart<?> part : ALL) {
      if (part.recordType.equals(recordType)) {
        return part;
      }
    }
    throw new IllegalArgumentException(
        "An examination has no part of type " + recordType.getSimpleName());
  }

  /** The name of the part: the record component of {@link Examination} that holds it. */
  public String name() {
    return name;
  }

  /** The record type. */
  public Class<R> recordType() {
    return recordType;
  }

  /** The FHIR resource type it is submitted as, e.g. {@code "Observation"}. */
  public String resourceType() {
    return resourceType;
  }

  /** How many of it an examination holds. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** Whether an examination holds at most one of it. */
  public boolean single() {
    return cardinality != Cardinality.LIST;
  }

  /**
   * Whether the submission updates it (a conditional update stamped with when the source system
   * changed it); false for the parts only created (conditional create), which never overwrite.
   */
  public boolean updated() {
    return updated;
  }

  /**
   * Whether its records are observations; their identifiers share one namespace, as they are all
   * stored as Observations.
   */
  public boolean observation() {
    return ObservationRecord.class.isAssignableFrom(recordType);
  }

  /**
   * The records of this part in an examination.
   *
   * @param examination the examination; not null
   * @return the records, in order; never null, empty when the part is not recorded
   */
  public List<R> in(Examination examination) {
    Object value = accessor.apply(Objects.requireNonNull(examination, "examination"));
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> records) {
      return records.stream().map(recordType::cast).toList();
    }
    return List.of(recordType.cast(value));
  }

  @Override
  public String toString() {
    return name;
  }
}
