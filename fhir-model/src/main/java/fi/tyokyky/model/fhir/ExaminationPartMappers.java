package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.ExaminationPart;
import fi.tyokyky.model.record.Keyed;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.VitalSign;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * The mapper of every {@link ExaminationPart}, the profiles it writes, and how a resource of a
 * bundle is recognised as that part: by its resource type, or for an Observation by its code (the
 * fixed code of each observation profile; the LOINC code for the core vital-signs profiles). One
 * line per part; a test checks that every part has a line and every profile of the package one Java
 * type.
 */
final class ExaminationPartMappers {

  private static final List<PartMapper<?, ?>> MAPPERS =
      List.of(
          of(
              ExaminationPart.ORGANISATIONS,
              Organization.class,
              new OrganisationMapper(),
              OrganisationMapper.PROFILE),
          of(
              ExaminationPart.PROFESSIONALS,
              Practitioner.class,
              new ProfessionalMapper(),
              ProfessionalMapper.PROFILE),
          of(
              ExaminationPart.ROLES,
              PractitionerRole.class,
              new ProfessionalRoleMapper(),
              ProfessionalRoleMapper.PROFILE),
          of(ExaminationPart.CLIENT, Patient.class, new ClientMapper(), ClientMapper.PROFILE),
          of(
              ExaminationPart.EPISODE,
              EpisodeOfCare.class,
              new WorkAbilitySupportEpisodeMapper(),
              WorkAbilitySupportEpisodeMapper.PROFILE),
          of(
              ExaminationPart.NETWORK,
              CareTeam.class,
              new WorkAbilitySupportNetworkMapper(),
              WorkAbilitySupportNetworkMapper.PROFILE),
          of(
              ExaminationPart.ENCOUNTER,
              Encounter.class,
              new EncounterMapper(),
              EncounterMapper.PROFILE),
          of(
              ExaminationPart.QUESTIONNAIRE_ANSWERS,
              QuestionnaireResponse.class,
              new QuestionnaireAnswersMapper(),
              QuestionnaireAnswersMapper.PROFILE),
          observation(
              ExaminationPart.EMPLOYMENT_STATUS,
              new EmploymentStatusMapper(),
              EmploymentStatusMapper.PROFILE),
          observation(
              ExaminationPart.UNEMPLOYMENT_DURATION,
              new UnemploymentDurationMapper(),
              UnemploymentDurationMapper.PROFILE),
          observation(
              ExaminationPart.REGISTERED_JOB_SEEKER,
              new RegisteredJobSeekerMapper(),
              RegisteredJobSeekerMapper.PROFILE),
          observation(
              ExaminationPart.HEALTH_CARE_COVERAGE,
              new HealthCareCoverageMapper(),
              HealthCareCoverageMapper.PROFILE),
          observation(
              ExaminationPart.SCORES,
              new ScoreMeasureMapper(),
              Arrays.stream(ScoreMeasure.Instrument.values())
                  .map(ScoreMeasure.Instrument::profileId)
                  .toArray(String[]::new)),
          observation(
              ExaminationPart.WORK_ABILITY_INDEX,
              new WorkAbilityIndexMapper(),
              WorkAbilityIndexMapper.PROFILE),
          observation(
              ExaminationPart.THREE_X_TEN_D, new ThreeXTenDMapper(), ThreeXTenDMapper.PROFILE),
          new PartMapper<>(
              ExaminationPart.VITAL_SIGNS,
              Observation.class,
              new VitalSignMapper(),
              Arrays.stream(VitalSign.Kind.values()).map(VitalSign.Kind::profileUrl).toList(),
              Arrays.stream(VitalSign.Kind.values())
                  .map(kind -> VitalSignMapper.LOINC + "|" + kind.loinc())
                  .toList()),
          observation(
              ExaminationPart.TEAM_ELIGIBILITY,
              new TeamEligibilityMapper(),
              TeamEligibilityMapper.PROFILE),
          observation(
              ExaminationPart.ASSESSMENT,
              new WorkAbilityAssessmentMapper(),
              WorkAbilityAssessmentMapper.PROFILE),
          observation(
              ExaminationPart.OUTCOMES,
              new EmploymentOutcomeMapper(),
              EmploymentOutcomeMapper.PROFILE),
          of(
              ExaminationPart.DIAGNOSES,
              Condition.class,
              new WorkAbilityConditionMapper(),
              WorkAbilityConditionMapper.PROFILE),
          of(
              ExaminationPart.GOALS,
              Goal.class,
              new WorkAbilityGoalMapper(),
              WorkAbilityGoalMapper.PROFILE),
          of(
              ExaminationPart.PLAN,
              CarePlan.class,
              new WorkAbilitySupportPlanMapper(),
              WorkAbilitySupportPlanMapper.PROFILE),
          of(
              ExaminationPart.REFERRALS,
              ServiceRequest.class,
              new WorkAbilityReferralMapper(),
              WorkAbilityReferralMapper.PROFILE),
          of(
              ExaminationPart.TASKS,
              Task.class,
              new WorkAbilityFollowUpTaskMapper(),
              WorkAbilityFollowUpTaskMapper.PROFILE));

  private static final Map<ExaminationPart<?>, PartMapper<?, ?>> BY_PART = new HashMap<>();
  private static final Map<Class<?>, PartMapper<?, ?>> BY_RESOURCE_CLASS = new HashMap<>();
  private static final Map<String, PartMapper<?, ?>> BY_OBSERVATION_CODE = new HashMap<>();

  static {
    for (PartMapper<?, ?> mapper : MAPPERS) {
      BY_PART.put(mapper.part(), mapper);
      if (mapper.resourceClass() == Observation.class) {
        mapper.codes().forEach(code -> BY_OBSERVATION_CODE.put(code, mapper));
      } else {
        BY_RESOURCE_CLASS.put(mapper.resourceClass(), mapper);
      }
    }
  }

  private ExaminationPartMappers() {}

  /** Every part's mapper, in submission order. */
  static List<PartMapper<?, ?>> all() {
    return MAPPERS;
  }

  /** The mapper of a part. */
  static PartMapper<?, ?> of(ExaminationPart<?> part) {
    PartMapper<?, ?> mapper = BY_PART.get(part);
    if (mapper == null) {
      throw new IllegalStateException("No mapper for the part " + part);
    }
    return mapper;
  }

  /**
   * The mapper that reads a resource; empty for a resource of a type, or an Observation of a code,
   * that an examination has no place for.
   */
  static Optional<PartMapper<?, ?>> reading(Resource resource) {
    if (resource instanceof Observation observation) {
      return observation.getCode().getCoding().stream()
          .map(coding -> BY_OBSERVATION_CODE.get(coding.getSystem() + "|" + coding.getCode()))
          .filter(mapper -> mapper != null)
          .<PartMapper<?, ?>>map(mapper -> mapper)
          .findFirst();
    }
    return Optional.ofNullable(BY_RESOURCE_CLASS.get(resource.getClass()));
  }

  private static <R extends Keyed, F extends DomainResource> PartMapper<R, F> of(
      ExaminationPart<R> part,
      Class<F> resourceClass,
      ResourceMapper<R, F> mapper,
      String profile) {
    return new PartMapper<>(part, resourceClass, mapper, List.of(profile), List.of());
  }

  private static <R extends Keyed> PartMapper<R, Observation> observation(
      ExaminationPart<R> part, ResourceMapper<R, Observation> mapper, String... profiles) {
    List<String> codes =
        Arrays.stream(profiles)
            .map(
                profile -> {
                  Coding code = FixedCodes.of(profile, "Observation.code");
                  return code.getSystem() + "|" + code.getCode();
                })
            .toList();
    return new PartMapper<>(part, Observation.class, mapper, List.of(profiles), codes);
  }

  /**
   * The mapper of one part.
   *
   * @param part the part
   * @param resourceClass the HAPI resource class it is written as
   * @param mapper writes and reads it
   * @param profiles the profiles it writes: ids of the package's, canonical URLs of HL7's core
   *     vital signs
   * @param codes for an Observation part, the {@code system|code} of {@code Observation.code} that
   *     say a resource is this part; empty for other parts
   */
  record PartMapper<R extends Keyed, F extends DomainResource>(
      ExaminationPart<R> part,
      Class<F> resourceClass,
      ResourceMapper<R, F> mapper,
      List<String> profiles,
      List<String> codes) {

    /** The resource of a record of this part. */
    DomainResource write(Keyed record, ReferenceContext references) {
      return mapper.toFhir(part.recordType().cast(record), references);
    }

    /** The record of a resource of this part. */
    R read(Resource resource, ReferenceReader references) {
      return mapper.fromFhir(resourceClass.cast(resource), references);
    }
  }
}
