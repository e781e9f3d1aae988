package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.EmploymentStatus;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.HealthCareCoverage;
import fi.tyokyky.model.record.Keyed;
import fi.tyokyky.model.record.ObservationRecord;
import fi.tyokyky.model.record.RegisteredJobSeeker;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.TeamEligibility;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.model.record.UnemploymentDuration;
import fi.tyokyky.model.record.VitalSign;
import fi.tyokyky.model.record.WorkAbilityAssessment;
import fi.tyokyky.model.record.WorkAbilityIndexMeasure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * Turns an {@link Examination} into the package's submission form, a transaction Bundle of profile
 * {@code unemployed-health-examination-bundle}, and back.
 *
 * <h2>The submission</h2>
 *
 * <ul>
 *   <li>Every entry's {@code fullUrl} is a {@code urn:uuid} derived from the record's resource type
 *       and business key ({@link SubmissionKeys#fullUrl}), so a resend produces the same bundle.
 *   <li>References between records of the examination point at those {@code urn:uuid}s and also
 *       name the target's type and business identifier; references to records outside the
 *       examination are logical (type and identifier).
 *   <li>Organizations, Practitioners, PractitionerRoles and the Patient are conditional creates:
 *       {@code POST <Type>} with {@code ifNoneExist: identifier=<system>|<value>}, so an existing
 *       person or organisation is reused and not changed (the patient is keyed on the henkilötunnus
 *       when there is one). Every other record is a conditional update, {@code PUT
 *       <Type>?identifier=<system>|<value>}, so a resend updates it in place. Each of these
 *       resources carries the {@code source-changed} extension ({@link SourceChangedExtension}),
 *       {@link Examination#sourceChanged(Keyed)}: the server keeps a stored version that is at
 *       least as new, so a late or repeated submission changes nothing.
 * </ul>
 *
 * <p>Entries come in a fixed order: organisations, professionals, roles, the client, the service
 * path, the network, the encounter, questionnaire responses, observations (see {@link
 * Examination#observations()}), diagnoses, goals, the plan, referrals, tasks.
 *
 * <p>Reading takes the examination's {@link Examination#sourceChanged()} from the encounter's
 * stamp, and a {@link fi.tyokyky.model.record.SourceChange} for every other part stamped at another
 * time; without stamps the defaults apply. So {@code fromBundle(toBundle(e))} equals {@code e}.
 *
 * <p>Reading accepts any bundle whose resources the records can hold, also one produced elsewhere
 * whose references are only {@code urn:uuid}s. A resource of a type the examination has no place
 * for is refused rather than silently dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExaminationBundleMapper {

  /** The profile id of the submission. */
  public static final String PROFILE = "unemployed-health-examination-bundle";

  private static final ClientMapper CLIENT = new ClientMapper();
  private static final OrganisationMapper ORGANISATION = new OrganisationMapper();
  private static final ProfessionalMapper PROFESSIONAL = new ProfessionalMapper();
  private static final ProfessionalRoleMapper ROLE = new ProfessionalRoleMapper();
  private static final EncounterMapper ENCOUNTER = new EncounterMapper();
  private static final WorkAbilitySupportEpisodeMapper EPISODE =
      new WorkAbilitySupportEpisodeMapper();
  private static final WorkAbilitySupportNetworkMapper NETWORK =
      new WorkAbilitySupportNetworkMapper();
  private static final QuestionnaireAnswersMapper ANSWERS = new QuestionnaireAnswersMapper();
  private static final WorkAbilityConditionMapper DIAGNOSIS = new WorkAbilityConditionMapper();
  private static final WorkAbilityGoalMapper GOAL = new WorkAbilityGoalMapper();
  private static final WorkAbilitySupportPlanMapper PLAN = new WorkAbilitySupportPlanMapper();
  private static final WorkAbilityReferralMapper REFERRAL = new WorkAbilityReferralMapper();
  private static final WorkAbilityFollowUpTaskMapper TASK = new WorkAbilityFollowUpTaskMapper();
  private static final ObservationRecordMapper OBSERVATION = new ObservationRecordMapper();

  /**
   * The submission of an examination.
   *
   * @param examination the examination; not null
   * @return a new transaction Bundle; never null
   */
  public Bundle toBundle(Examination examination) {
    List<Pending> pending = pendingEntries(examination);
    Set<String> fullUrls = new LinkedHashSet<>();
    pending.forEach(p -> fullUrls.add(p.fullUrl()));
    BundleReferences references =
        new BundleReferences(
            fullUrls,
            SubmissionKeys.fullUrl(ResourceType.Patient, examination.client().key()),
            SubmissionKeys.fullUrl(ResourceType.Encounter, examination.encounter().key()));

    Bundle bundle = FixedCodes.stamp(new Bundle(), PROFILE);
    bundle.setType(Bundle.BundleType.TRANSACTION);
    for (Pending entry : pending) {
      DomainResource resource = entry.writer().apply(references);
      BundleEntryComponent component =
          bundle.addEntry().setFullUrl(entry.fullUrl()).setResource(resource);
      String query = SubmissionKeys.identifierQuery(entry.key());
      if (entry.conditionalCreate()) {
        component
            .getRequest()
            .setMethod(HTTPVerb.POST)
            .setUrl(entry.type().name())
            .setIfNoneExist(query);
      } else {
        SourceChangedExtension.stamp(resource, examination.sourceChanged(entry.record()));
        component.getRequest().setMethod(HTTPVerb.PUT).setUrl(entry.type().name() + "?" + query);
      }
    }
    return bundle;
  }

  /**
   * The examination of a submission.
   *
   * @param bundle a bundle with exactly one Patient and one Encounter; not null
   * @return the examination; never null
   * @throws FhirReadException if the bundle lacks the client or encounter, has two of a part the
   *     examination holds once, or holds a resource the examination has no place for
   * @throws fi.tyokyky.model.record.InvalidRecordException if a record's content is impossible
   */
  public Examination fromBundle(Bundle bundle) {
    BundleReferenceReader references = new BundleReferenceReader(bundle);
    Parts parts = new Parts();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Resource resource = bundle.getEntry().get(i).getResource();
      String location = "Bundle.entry[" + i + "].resource";
      if (resource == null) {
        throw new FhirReadException(location, "is missing");
      }
      read(resource, location, references, parts);
    }
    if (parts.client == null || parts.encounter == null) {
      throw new FhirReadException("Bundle.entry", "needs one Patient and one Encounter");
    }
    Examination examination = parts.builder.client(parts.client).encounter(parts.encounter).build();
    return withSourceChanges(examination, bundle, parts.builder);
  }

  /**
   * The examination with the stamps of the bundle's resources: the encounter's as the examination's
   * own, every other updated part's where it has one.
   */
  private static Examination withSourceChanges(
      Examination examination, Bundle bundle, Examination.Builder builder) {
    Map<String, DomainResource> stamped = new HashMap<>();
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof DomainResource resource
          && SourceChangedExtension.read(resource) != null) {
        BusinessIdentifier key = SubmissionKeys.keyOf(resource);
        if (key != null) {
          stamped.put(SubmissionKeys.fullUrl(resource.getResourceType(), key), resource);
        }
      }
    }
    if (stamped.isEmpty()) {
      return examination;
    }
    DomainResource encounter =
        stamped.get(SubmissionKeys.fullUrl(ResourceType.Encounter, examination.encounter().key()));
    if (encounter != null) {
      builder.sourceChanged(SourceChangedExtension.read(encounter));
    }
    for (Pending part : pendingEntries(examination)) {
      DomainResource resource = stamped.get(part.fullUrl());
      if (!part.conditionalCreate() && part.type() != ResourceType.Encounter && resource != null) {
        builder.sourceChanged(part.record(), SourceChangedExtension.read(resource));
      }
    }
    return builder.build();
  }

  private static void read(
      Resource resource, String location, ReferenceReader references, Parts parts) {
    Examination.Builder builder = parts.builder;
    if (resource instanceof Patient patient) {
      parts.client = once(parts.client, CLIENT.fromFhir(patient, references), location);
    } else if (resource instanceof Encounter encounter) {
      parts.encounter = once(parts.encounter, ENCOUNTER.fromFhir(encounter, references), location);
    } else if (resource instanceof Organization organization) {
      builder.organisations(ORGANISATION.fromFhir(organization, references));
    } else if (resource instanceof Practitioner practitioner) {
      builder.professionals(PROFESSIONAL.fromFhir(practitioner, references));
    } else if (resource instanceof PractitionerRole role) {
      builder.roles(ROLE.fromFhir(role, references));
    } else if (resource instanceof EpisodeOfCare episode) {
      parts.once(location, "episode", () -> builder.episode(EPISODE.fromFhir(episode, references)));
    } else if (resource instanceof CareTeam team) {
      parts.once(location, "network", () -> builder.network(NETWORK.fromFhir(team, references)));
    } else if (resource instanceof CarePlan plan) {
      parts.once(location, "plan", () -> builder.plan(PLAN.fromFhir(plan, references)));
    } else if (resource instanceof QuestionnaireResponse response) {
      builder.questionnaireAnswers(ANSWERS.fromFhir(response, references));
    } else if (resource instanceof Condition condition) {
      builder.diagnoses(DIAGNOSIS.fromFhir(condition, references));
    } else if (resource instanceof Goal goal) {
      builder.goals(GOAL.fromFhir(goal, references));
    } else if (resource instanceof ServiceRequest request) {
      builder.referrals(REFERRAL.fromFhir(request, references));
    } else if (resource instanceof Task task) {
      builder.tasks(TASK.fromFhir(task, references));
    } else if (resource instanceof Observation observation) {
      OBSERVATION.read(observation, location, references, parts);
    } else {
      throw new FhirReadException(
          location, "is a " + resource.fhirType() + ", which an examination has no place for");
    }
  }

  private static <T> T once(T existing, T value, String location) {
    if (existing != null) {
      throw new FhirReadException(
          location, "is a second " + value.getClass().getSimpleName() + "; an examination has one");
    }
    return value;
  }

  private static List<Pending> pendingEntries(Examination examination) {
    List<Pending> pending = new ArrayList<>();
    examination
        .organisations()
        .forEach(
            o -> pending.add(create(ResourceType.Organization, o, refs -> ORGANISATION.toFhir(o))));
    examination
        .professionals()
        .forEach(
            p -> pending.add(create(ResourceType.Practitioner, p, refs -> PROFESSIONAL.toFhir(p))));
    examination
        .roles()
        .forEach(
            r ->
                pending.add(
                    create(ResourceType.PractitionerRole, r, refs -> ROLE.toFhir(r, refs))));
    pending.add(
        create(
            ResourceType.Patient,
            examination.client(),
            refs -> CLIENT.toFhir(examination.client())));
    addUpdate(
        pending,
        ResourceType.EpisodeOfCare,
        examination.episode(),
        (e, refs) -> EPISODE.toFhir(e, refs));
    addUpdate(
        pending,
        ResourceType.CareTeam,
        examination.network(),
        (n, refs) -> NETWORK.toFhir(n, refs));
    addUpdate(
        pending,
        ResourceType.Encounter,
        examination.encounter(),
        (e, refs) -> ENCOUNTER.toFhir(e, refs));
    examination
        .questionnaireAnswers()
        .forEach(a -> addUpdate(pending, ResourceType.QuestionnaireResponse, a, ANSWERS::toFhir));
    for (ObservationRecord observation : examination.observations()) {
      addUpdate(pending, ResourceType.Observation, observation, OBSERVATION::toFhir);
    }
    examination
        .diagnoses()
        .forEach(d -> addUpdate(pending, ResourceType.Condition, d, DIAGNOSIS::toFhir));
    examination.goals().forEach(g -> addUpdate(pending, ResourceType.Goal, g, GOAL::toFhir));
    addUpdate(pending, ResourceType.CarePlan, examination.plan(), PLAN::toFhir);
    examination
        .referrals()
        .forEach(r -> addUpdate(pending, ResourceType.ServiceRequest, r, REFERRAL::toFhir));
    examination.tasks().forEach(t -> addUpdate(pending, ResourceType.Task, t, TASK::toFhir));
    return pending;
  }

  private static Pending create(
      ResourceType type, Keyed record, Function<ReferenceContext, DomainResource> writer) {
    return new Pending(type, record, true, writer);
  }

  private static <R extends Keyed> void addUpdate(
      List<Pending> pending,
      ResourceType type,
      R record,
      BiFunction<R, ReferenceContext, ? extends DomainResource> writer) {
    if (record != null) {
      pending.add(new Pending(type, record, false, refs -> writer.apply(record, refs)));
    }
  }

  /** One entry to write once every entry's full URL is known. */
  private record Pending(
      ResourceType type,
      Keyed record,
      boolean conditionalCreate,
      Function<ReferenceContext, DomainResource> writer) {
    BusinessIdentifier key() {
      return record.key();
    }

    String fullUrl() {
      return SubmissionKeys.fullUrl(type, key());
    }
  }

  /** What has been read so far. */
  static final class Parts {
    final Examination.Builder builder = Examination.builder();
    Client client;
    ExaminationEncounter encounter;
    private final Set<String> seen = new HashSet<>();

    /** Runs the setter unless the part was already read; a second one is refused. */
    void once(String location, String part, Runnable setter) {
      if (!seen.add(part)) {
        throw new FhirReadException(location, "is a second " + part + "; an examination has one");
      }
      setter.run();
    }
  }

  /**
   * Writes and reads every kind of observation record, telling them apart by {@code
   * Observation.code} (the fixed code of each profile).
   */
  static final class ObservationRecordMapper {
    private final EmploymentStatusMapper employmentStatus = new EmploymentStatusMapper();
    private final UnemploymentDurationMapper unemploymentDuration =
        new UnemploymentDurationMapper();
    private final RegisteredJobSeekerMapper jobSeeker = new RegisteredJobSeekerMapper();
    private final HealthCareCoverageMapper coverage = new HealthCareCoverageMapper();
    private final ScoreMeasureMapper score = new ScoreMeasureMapper();
    private final WorkAbilityIndexMapper workAbilityIndex = new WorkAbilityIndexMapper();
    private final ThreeXTenDMapper threeXTenD = new ThreeXTenDMapper();
    private final TeamEligibilityMapper eligibility = new TeamEligibilityMapper();
    private final WorkAbilityAssessmentMapper assessment = new WorkAbilityAssessmentMapper();
    private final EmploymentOutcomeMapper outcome = new EmploymentOutcomeMapper();
    private final VitalSignMapper vitalSign = new VitalSignMapper();
    private final Map<String, BiConsumer<Observation, Context>> readers = new HashMap<>();

    private record Context(ReferenceReader references, Parts parts, String location) {}

    ObservationRecordMapper() {
      reader(
          EmploymentStatusMapper.PROFILE,
          (o, c) ->
              c.parts.once(
                  c.location,
                  "employment status",
                  () ->
                      c.parts.builder.employmentStatus(
                          employmentStatus.fromFhir(o, c.references))));
      reader(
          UnemploymentDurationMapper.PROFILE,
          (o, c) ->
              c.parts.once(
                  c.location,
                  "unemployment duration",
                  () ->
                      c.parts.builder.unemploymentDuration(
                          unemploymentDuration.fromFhir(o, c.references))));
      reader(
          RegisteredJobSeekerMapper.PROFILE,
          (o, c) ->
              c.parts.once(
                  c.location,
                  "job seeker registration",
                  () ->
                      c.parts.builder.jobSeekerRegistration(jobSeeker.fromFhir(o, c.references))));
      reader(
          HealthCareCoverageMapper.PROFILE,
          (o, c) ->
              c.parts.once(
                  c.location,
                  "health care coverage",
                  () -> c.parts.builder.healthCareCoverage(coverage.fromFhir(o, c.references))));
      for (ScoreMeasure.Instrument instrument : ScoreMeasure.Instrument.values()) {
        reader(
            instrument.profileId(),
            (o, c) -> c.parts.builder.scores(score.fromFhir(o, c.references)));
      }
      reader(
          WorkAbilityIndexMapper.PROFILE,
          (o, c) ->
              c.parts.once(
                  c.location,
                  "Work Ability Index",
                  () ->
                      c.parts.builder.workAbilityIndex(
                          workAbilityIndex.fromFhir(o, c.references))));
      reader(
          ThreeXTenDMapper.PROFILE,
          (o, c) ->
              c.parts.once(
                  c.location,
                  "3X10D",
                  () -> c.parts.builder.threeXTenD(threeXTenD.fromFhir(o, c.references))));
      reader(
          TeamEligibilityMapper.PROFILE,
          (o, c) ->
              c.parts.once(
                  c.location,
                  "eligibility check",
                  () -> c.parts.builder.teamEligibility(eligibility.fromFhir(o, c.references))));
      reader(
          WorkAbilityAssessmentMapper.PROFILE,
          (o, c) ->
              c.parts.once(
                  c.location,
                  "work-ability assessment",
                  () -> c.parts.builder.assessment(assessment.fromFhir(o, c.references))));
      reader(
          EmploymentOutcomeMapper.PROFILE,
          (o, c) -> c.parts.builder.outcomes(outcome.fromFhir(o, c.references)));
      for (VitalSign.Kind kind : VitalSign.Kind.values()) {
        readers.put(
            VitalSignMapper.LOINC + "|" + kind.loinc(),
            (o, c) -> c.parts.builder.vitalSigns(vitalSign.fromFhir(o, c.references)));
      }
    }

    private void reader(String profileId, BiConsumer<Observation, Context> reader) {
      Coding code = FixedCodes.of(profileId, "Observation.code");
      readers.put(code.getSystem() + "|" + code.getCode(), reader);
    }

    DomainResource toFhir(ObservationRecord record, ReferenceContext references) {
      if (record instanceof EmploymentStatus r) {
        return employmentStatus.toFhir(r, references);
      } else if (record instanceof UnemploymentDuration r) {
        return unemploymentDuration.toFhir(r, references);
      } else if (record instanceof RegisteredJobSeeker r) {
        return jobSeeker.toFhir(r, references);
      } else if (record instanceof HealthCareCoverage r) {
        return coverage.toFhir(r, references);
      } else if (record instanceof ScoreMeasure r) {
        return score.toFhir(r, references);
      } else if (record instanceof WorkAbilityIndexMeasure r) {
        return workAbilityIndex.toFhir(r, references);
      } else if (record instanceof ThreeXTenDMeasure r) {
        return threeXTenD.toFhir(r, references);
      } else if (record instanceof TeamEligibility r) {
        return eligibility.toFhir(r, references);
      } else if (record instanceof WorkAbilityAssessment r) {
        return assessment.toFhir(r, references);
      } else if (record instanceof EmploymentOutcome r) {
        return outcome.toFhir(r, references);
      } else if (record instanceof VitalSign r) {
        return vitalSign.toFhir(r, references);
      }
      throw new IllegalArgumentException("No mapper for " + record.getClass().getSimpleName());
    }

    void read(Observation observation, String location, ReferenceReader references, Parts parts) {
      for (Coding coding : observation.getCode().getCoding()) {
        BiConsumer<Observation, Context> reader =
            readers.get(coding.getSystem() + "|" + coding.getCode());
        if (reader != null) {
          reader.accept(observation, new Context(references, parts, location));
          return;
        }
      }
      throw new FhirReadException(
          location + ".code", "is not the code of an observation profile an examination holds");
    }
  }
}
