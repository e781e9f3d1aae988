package fi.tyokyky.server.load;

import fi.tyokyky.model.code.CriterionStatusCode;
import fi.tyokyky.model.code.EligibilityCriterionCode;
import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.FollowUpTaskCode;
import fi.tyokyky.model.code.GoalCategoryCode;
import fi.tyokyky.model.code.HealthCareCoverageCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.code.ReferralServiceCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.code.ThreeXTenDDimensionCode;
import fi.tyokyky.model.code.WorkAbilityConclusionCode;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.ConditionVerificationStatus;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.EmploymentStatus;
import fi.tyokyky.model.record.EncounterClass;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.GoalAchievement;
import fi.tyokyky.model.record.HealthCareCoverage;
import fi.tyokyky.model.record.Limitation;
import fi.tyokyky.model.record.NetworkParticipant;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.Professional;
import fi.tyokyky.model.record.ProfessionalRole;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.RegisteredJobSeeker;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.TaskFocus;
import fi.tyokyky.model.record.TeamEligibility;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.model.record.UnemploymentDuration;
import fi.tyokyky.model.record.VitalSign;
import fi.tyokyky.model.record.WorkAbilityAssessment;
import fi.tyokyky.model.record.WorkAbilityCondition;
import fi.tyokyky.model.record.WorkAbilityFollowUpTask;
import fi.tyokyky.model.record.WorkAbilityGoal;
import fi.tyokyky.model.record.WorkAbilityIndexMeasure;
import fi.tyokyky.model.record.WorkAbilityReferral;
import fi.tyokyky.model.record.WorkAbilitySupportEpisode;
import fi.tyokyky.model.record.WorkAbilitySupportNetwork;
import fi.tyokyky.model.record.WorkAbilitySupportPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Builds distinct, complete, fictitious examinations with the library's records and maps them to
 * the submission Bundle: every record kind the library has, 37 resources per Bundle (2
 * organisations, 2 professionals, 2 roles, the client, the encounter, the service path, the
 * network, 2 questionnaire responses, 19 observations with waist circumference, a diagnosis, a
 * goal, a plan, a referral, 2 tasks).
 *
 * <p>Examination {@code n} of a generator has its own client, whose henkilötunnus uses an
 * individual number in the test range 900–999 with the correct check character, and its own
 * business identifiers for everything it records. The health centres and their staff come from a
 * small pool shared by all examinations of the generator, as in real use, where one health centre
 * submits many examinations.
 *
 * <p>Thread-safe.
 */
public final class ExaminationGenerator {

  /** How many health centres the examinations are spread over by default. */
  public static final int HEALTH_CENTRES = 5;

  /**
   * The health centre of the server's first demo client ({@code centre-a-submitter}), the package
   * examples' health centre: the one a load run or a process test submits as, since a submitting
   * system may only submit its own organisation's records.
   */
  public static final SoteOrganisationOid DEMO_CENTRE =
      SoteOrganisationOid.parse("1.2.246.10.99999991.10.0");

  private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1962, 1, 1);
  private static final int BIRTH_DATES = 36 * 365;
  private static final OffsetDateTime FIRST_VISIT =
      OffsetDateTime.of(2025, 1, 7, 8, 0, 0, 0, ZoneOffset.ofHours(2));

  private final String runId;
  private final int clientOffset;
  private final List<SoteOrganisationOid> centres;
  private final ExaminationBundleMapper mapper = new ExaminationBundleMapper();

  /**
   * A generator whose business identifiers carry {@code runId} (letters, digits and hyphens) and
   * whose clients start at {@code clientOffset}: two generators with different run ids and offsets
   * that far apart produce no common examination or client.
   */
  public ExaminationGenerator(String runId, int clientOffset) {
    this(runId, clientOffset, defaultCentres());
  }

  /**
   * A generator as above whose examinations are spread over the health centres {@code centres}
   * (examination {@code n} at centre {@code n mod size}) instead of the default five.
   */
  public ExaminationGenerator(String runId, int clientOffset, List<SoteOrganisationOid> centres) {
    if (!runId.matches("[A-Za-z0-9-]+")) {
      throw new IllegalArgumentException("The run id may hold letters, digits and hyphens only");
    }
    if (centres.isEmpty()) {
      throw new IllegalArgumentException("At least one health centre is needed");
    }
    this.runId = runId;
    this.clientOffset = clientOffset;
    this.centres = List.copyOf(centres);
  }

  private static List<SoteOrganisationOid> defaultCentres() {
    return IntStream.range(0, HEALTH_CENTRES)
        .mapToObj(centre -> SoteOrganisationOid.parse("1.2.246.10.9999990" + centre + ".10.0"))
        .toList();
  }

  /** Examination {@code n} (0 or more) as its submission Bundle. */
  public Bundle bundle(int n) {
    return mapper.toBundle(examination(n));
  }

  /**
   * The henkilötunnus of examination {@code n}'s client: individual number 900–999, a birth date
   * between 1962 and 1997 (the 1900s, century sign '-'), the mod-31 check character.
   */
  public String henkilotunnus(int n) {
    int client = clientOffset + n;
    LocalDate birthDate = FIRST_BIRTH_DATE.plusDays(Math.floorMod(client / 100, BIRTH_DATES));
    String ddmmyy =
        String.format(
            "%02d%02d%02d",
            birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100);
    String individual = Integer.toString(900 + Math.floorMod(client, 100));
    return ddmmyy + "-" + individual + Henkilotunnus.checkCharacter(ddmmyy + individual);
  }

  /** The business identifier of examination {@code n}'s encounter. */
  public BusinessIdentifier encounterKey(int n) {
    return id(centreOid(n), "4", recordId(n, "visit"));
  }

  /** Examination {@code n} (0 or more). */
  public Examination examination(int n) {
    return new Builder(n).examination();
  }

  private int centreOf(int n) {
    return Math.floorMod(n, centres.size());
  }

  /** The OID of the health centre examination {@code n} belongs to. */
  public SoteOrganisationOid centreOid(int n) {
    return centres.get(centreOf(n));
  }

  private String recordId(int n, String kind) {
    return runId + "-" + n + "-" + kind;
  }

  private static BusinessIdentifier id(SoteOrganisationOid centre, String arc, String value) {
    return BusinessIdentifier.underOrganisation(centre, arc, value);
  }

  /** The records of one examination, built once each. */
  private final class Builder {

    private final int n;
    private final int centre;
    private final SoteOrganisationOid centreOid;
    private final OffsetDateTime start;
    private final LocalDate day;
    private final Organisation healthCentre;
    private final Organisation employmentServices;
    private final Professional physician;
    private final Professional coordinator;
    private final ProfessionalRole physicianRole;
    private final ProfessionalRole coordinatorRole;

    Builder(int n) {
      this.n = n;
      this.centre = centreOf(n);
      this.centreOid = centres.get(centre);
      this.start = FIRST_VISIT.plusDays(n % 300).plusMinutes(15L * (n % 32));
      this.day = start.toLocalDate();
      this.healthCentre =
          Organisation.builder()
              .soteOid(centreOid)
              .name("Testilän terveysasema " + (centre + 1))
              .type(OrganisationTypeCode.PRIMARY_HEALTH_CARE)
              .build();
      this.employmentServices =
          Organisation.builder()
              .identifier(id(centreOid, "14", "employment-services"))
              .name("Testilän työllisyyspalvelut " + (centre + 1))
              .type(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
              .build();
      this.physician =
          Professional.builder()
              .terhikkiNumber(TerhikkiNumber.parse("1009999990" + centre))
              .familyName("Lääkäri")
              .givenNames("Liisa")
              .build();
      this.coordinator =
          Professional.builder()
              .identifier(id(centreOid, "2", "coordinator-1"))
              .familyName("Koordinaattori")
              .givenNames("Kalle")
              .build();
      this.physicianRole =
          ProfessionalRole.builder()
              .identifier(id(centreOid, "3", "role-physician-1"))
              .professional(physician.key())
              .organisation(healthCentre.key())
              .role(ProfessionalRoleCode.PHYSICIAN)
              .build();
      this.coordinatorRole =
          ProfessionalRole.builder()
              .identifier(id(centreOid, "3", "role-coordinator-1"))
              .professional(coordinator.key())
              .organisation(healthCentre.key())
              .role(ProfessionalRoleCode.WORK_ABILITY_COORDINATOR)
              .build();
    }

    private BusinessIdentifier key(String arc, String kind) {
      return id(centreOid, arc, recordId(n, kind));
    }

    Examination examination() {
      Henkilotunnus hetu = Henkilotunnus.parse(henkilotunnus(n));
      Client client =
          Client.builder()
              .henkilotunnus(hetu)
              .identifier(key("1", "client"))
              .familyName("Testaaja")
              .givenNames("Tiina")
              .gender(Gender.FEMALE)
              .birthDate(hetu.birthDate())
              .municipalityCode("091")
              .build();
      WorkAbilitySupportNetwork network =
          WorkAbilitySupportNetwork.builder()
              .identifier(key("6", "network"))
              .name("Asiakkaan verkosto")
              .start(day)
              .participant(
                  NetworkParticipant.professional(
                      OrganisationTypeCode.PRIMARY_HEALTH_CARE,
                      ProfessionalRoleCode.WORK_ABILITY_COORDINATOR,
                      coordinatorRole.key()))
              .participant(
                  NetworkParticipant.organisation(
                      OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, employmentServices.key()))
              .managingOrganisation(healthCentre.key())
              .build();
      WorkAbilitySupportEpisode episode =
          WorkAbilitySupportEpisode.builder()
              .identifier(key("5", "path"))
              .phase(ServicePathPhaseCode.values()[n % ServicePathPhaseCode.values().length])
              .referralSource(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
              .start(day.minusDays(20))
              .managingOrganisation(healthCentre.key())
              .careManager(coordinatorRole.key())
              .network(network.key())
              .build();
      ExaminationEncounter encounter =
          ExaminationEncounter.builder()
              .identifier(encounterKey(n))
              .type(EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION)
              .encounterClass(EncounterClass.VISIT)
              .start(start)
              .end(start.plusHours(1))
              .participant(physicianRole.key())
              .participant(coordinatorRole.key())
              .serviceProvider(healthCentre.key())
              .episode(episode.key())
              .build();
      QuestionnaireAnswers phq9Answers = phq9Answers();
      QuestionnaireAnswers wasAnswers =
          QuestionnaireAnswers.builder()
              .identifier(key("8", "qr-was"))
              .questionnaireId("work-ability-score")
              .authored(start.plusMinutes(6))
              .timepoint(MeasurementTimepointCode.BASELINE)
              .answer(Answer.integer("was", n % 11))
              .build();
      ScoreMeasure phq9 =
          ScoreMeasure.builder()
              .identifier(key("7", "obs-phq9"))
              .effective(start.plusMinutes(5))
              .timepoint(MeasurementTimepointCode.BASELINE)
              .performedByClient()
              .instrument(ScoreMeasure.Instrument.PHQ_9)
              .value(8)
              .derivedFrom(phq9Answers.key())
              .build();
      ScoreMeasure workAbilityScore =
          ScoreMeasure.builder()
              .identifier(key("7", "obs-was"))
              .effective(start.plusMinutes(6))
              .timepoint(MeasurementTimepointCode.BASELINE)
              .instrument(ScoreMeasure.Instrument.WORK_ABILITY_SCORE)
              .value(n % 11)
              .derivedFrom(wasAnswers.key())
              .build();
      WorkAbilityIndexMeasure workAbilityIndex =
          WorkAbilityIndexMeasure.builder()
              .identifier(key("7", "obs-wai"))
              .effective(start)
              .performer(Actor.role(physicianRole.key()))
              .total(7 + n % 43)
              .build();
      VitalSign weight = vital("obs-weight", VitalSign.Kind.BODY_WEIGHT, new BigDecimal("78.4"));
      VitalSign height = vital("obs-height", VitalSign.Kind.BODY_HEIGHT, new BigDecimal("174"));
      WorkAbilitySupportPlan.Builder plan = WorkAbilitySupportPlan.builder();
      BusinessIdentifier planKey = key("11", "plan");
      BusinessIdentifier referralKey = key("12", "referral");
      WorkAbilityCondition diagnosis =
          WorkAbilityCondition.builder()
              .identifier(key("9", "diagnosis"))
              .icd10Code("F32.1")
              .text("Keskivaikea masennustila")
              .verificationStatus(ConditionVerificationStatus.CONFIRMED)
              .recordedDate(day)
              .asserter(physicianRole.key())
              .build();
      WorkAbilityGoal goal =
          WorkAbilityGoal.builder()
              .identifier(key("10", "goal"))
              .categories(GoalCategoryCode.EMPLOYMENT, GoalCategoryCode.WORK_ABILITY)
              .description("Osa-aikatyö tuetusti puolen vuoden kuluessa")
              .start(day)
              .dueDate(day.plusMonths(6))
              .achievement(GoalAchievement.IN_PROGRESS)
              .expressedBy(Actor.client())
              .statusDate(day)
              .build();
      WorkAbilityReferral referral =
          WorkAbilityReferral.builder()
              .identifier(referralKey)
              .service(ReferralServiceCode.IPS_SUPPORTED_EMPLOYMENT)
              .authoredOn(day)
              .requester(coordinatorRole.key())
              .performerType(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
              .performer(employmentServices.key())
              .plan(planKey)
              .reason(diagnosis.key())
              .build();
      TeamEligibility.Builder eligibility =
          TeamEligibility.builder()
              .identifier(key("7", "obs-eligibility"))
              .effective(start.plusMinutes(50))
              .performer(Actor.role(coordinatorRole.key()));
      for (EligibilityCriterionCode criterion : EligibilityCriterionCode.values()) {
        eligibility.criterion(criterion, CriterionStatusCode.MET);
      }
      ThreeXTenDMeasure.Builder threeXTenD =
          ThreeXTenDMeasure.builder()
              .identifier(key("7", "obs-3x10d"))
              .effective(start.plusMinutes(8))
              .timepoint(MeasurementTimepointCode.BASELINE);
      ThreeXTenDDimensionCode[] dimensions = ThreeXTenDDimensionCode.values();
      for (int i = 0; i < dimensions.length; i++) {
        threeXTenD.dimension(dimensions[i], (i + n) % 11);
      }
      return Examination.builder()
          .client(client)
          .encounter(encounter)
          .organisations(healthCentre, employmentServices)
          .professionals(physician, coordinator)
          .roles(physicianRole, coordinatorRole)
          .episode(episode)
          .network(network)
          .employmentStatus(
              EmploymentStatus.builder()
                  .identifier(key("7", "obs-employment-status"))
                  .effective(start)
                  .performer(Actor.role(coordinatorRole.key()))
                  .timepoint(MeasurementTimepointCode.BASELINE)
                  .value(EmploymentStatusCode.UNEMPLOYED_JOBSEEKER)
                  .build())
          .unemploymentDuration(
              UnemploymentDuration.builder()
                  .identifier(key("7", "obs-unemployment-duration"))
                  .effective(start)
                  .months(new BigDecimal(6 + n % 48))
                  .build())
          .jobSeekerRegistration(
              RegisteredJobSeeker.builder()
                  .identifier(key("7", "obs-job-seeker"))
                  .effective(start)
                  .registered(true)
                  .build())
          .healthCareCoverage(
              HealthCareCoverage.builder()
                  .identifier(key("7", "obs-coverage"))
                  .effective(start)
                  .value(HealthCareCoverageCode.NONE)
                  .build())
          .questionnaireAnswers(phq9Answers, wasAnswers)
          .scores(
              phq9,
              workAbilityScore,
              score("obs-gad7", ScoreMeasure.Instrument.GAD_7, new BigDecimal(n % 22)),
              score("obs-audit-c", ScoreMeasure.Instrument.AUDIT_C, new BigDecimal(n % 13)),
              score(
                  "obs-participation",
                  ScoreMeasure.Instrument.PARTICIPATION_INDICATOR,
                  new BigDecimal("62.5")))
          .workAbilityIndex(workAbilityIndex)
          .threeXTenD(threeXTenD.build())
          .vitalSigns(
              VitalSign.builder()
                  .identifier(key("7", "obs-bp"))
                  .effective(start.plusMinutes(35))
                  .performer(Actor.role(physicianRole.key()))
                  .bloodPressure(110 + n % 40, 70 + n % 20)
                  .build(),
              weight,
              height,
              VitalSign.builder()
                  .identifier(key("7", "obs-bmi"))
                  .effective(start.plusMinutes(35))
                  .performer(Actor.role(physicianRole.key()))
                  .measurement(VitalSign.Kind.BMI, new BigDecimal("25.9"))
                  .derivedFrom(weight.key())
                  .derivedFrom(height.key())
                  .build(),
              vital(
                  "obs-waist", VitalSign.Kind.WAIST_CIRCUMFERENCE, BigDecimal.valueOf(80 + n % 40)))
          .teamEligibility(eligibility.build())
          .assessment(
              WorkAbilityAssessment.builder()
                  .identifier(key("7", "obs-assessment"))
                  .effective(start.plusMinutes(55))
                  .performer(Actor.role(physicianRole.key()))
                  .conclusion(WorkAbilityConclusionCode.PARTIALLY_ABLE)
                  .limitation(Limitation.icf("b152", "Mieliala vaihtelee"))
                  .recommendations(ReferralServiceCode.IPS_SUPPORTED_EMPLOYMENT)
                  .derivedFrom(phq9)
                  .derivedFrom(workAbilityIndex)
                  .build())
          .diagnoses(diagnosis)
          .goals(goal)
          .plan(
              plan.identifier(planKey)
                  .title("Työkyvyn tuen suunnitelma")
                  .start(day)
                  .end(day.plusMonths(6))
                  .created(day)
                  .author(coordinatorRole.key())
                  .network(network.key())
                  .goal(goal.key())
                  .referral(referralKey)
                  .addresses(diagnosis.key())
                  .build())
          .referrals(referral)
          .tasks(
              WorkAbilityFollowUpTask.builder()
                  .identifier(key("13", "task-referral"))
                  .code(FollowUpTaskCode.TRACK_REFERRAL)
                  .focus(TaskFocus.referral(referralKey))
                  .authoredOn(day)
                  .owner(coordinatorRole.key())
                  .dueDate(day.plusWeeks(4))
                  .build(),
              WorkAbilityFollowUpTask.builder()
                  .identifier(key("13", "task-outcome"))
                  .code(FollowUpTaskCode.OUTCOME_MEASUREMENT)
                  .focus(TaskFocus.goal(goal.key()))
                  .authoredOn(day)
                  .dueDate(day.plusMonths(6))
                  .build())
          .outcomes(
              EmploymentOutcome.builder()
                  .identifier(key("7", "obs-outcome"))
                  .effective(start.plusDays(1))
                  .timepoint(MeasurementTimepointCode.FOLLOW_UP_6_MONTHS)
                  .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
                  .wageSubsidy(true)
                  .interrupted(false)
                  .build())
          .build();
    }

    private QuestionnaireAnswers phq9Answers() {
      QuestionnaireAnswers.Builder answers =
          QuestionnaireAnswers.builder()
              .identifier(key("8", "qr-phq9"))
              .questionnaireId("phq-9")
              .authored(start.plusMinutes(5))
              .timepoint(MeasurementTimepointCode.BASELINE)
              .source(Actor.client());
      String[] options = {
        "LA6569-3",
        "LA6570-1",
        "LA6569-3",
        "LA6569-3",
        "LA6568-5",
        "LA6570-1",
        "LA6569-3",
        "LA6568-5",
        "LA6568-5"
      };
      String[] displays = {
        "Several days",
        "More than half the days",
        "Several days",
        "Several days",
        "Not at all",
        "More than half the days",
        "Several days",
        "Not at all",
        "Not at all"
      };
      for (int i = 0; i < options.length; i++) {
        answers.answer(
            Answer.coding(
                "phq9-" + (i + 1),
                new Answer.AnswerCoding("http://loinc.org", options[i], displays[i])));
      }
      return answers.build();
    }

    private ScoreMeasure score(String kind, ScoreMeasure.Instrument instrument, BigDecimal value) {
      return ScoreMeasure.builder()
          .identifier(key("7", kind))
          .effective(start.plusMinutes(7))
          .timepoint(MeasurementTimepointCode.BASELINE)
          .instrument(instrument)
          .value(value)
          .build();
    }

    private VitalSign vital(String kind, VitalSign.Kind vitalKind, BigDecimal value) {
      return VitalSign.builder()
          .identifier(key("7", kind))
          .effective(start.plusMinutes(35))
          .performer(Actor.role(physicianRole.key()))
          .measurement(vitalKind, value)
          .build();
    }
  }
}
