package fi.tyokyky.model.record;

import fi.tyokyky.model.code.AgreementCode;
import fi.tyokyky.model.code.CopingChangeCode;
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
import fi.tyokyky.model.code.ParticipationAnswerCode;
import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.code.ReferralServiceCode;
import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.code.ThreeXTenDDimensionCode;
import fi.tyokyky.model.code.WorkAbilityConclusionCode;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The three kinds of client of the seeds (see {@code domain.md}), each as the visits a work-ability
 * team records, one {@link Examination} per visit, built with the library's records and builders
 * alone:
 *
 * <ul>
 *   <li>{@link #longTermUnemployedOnFullPath}: a man unemployed for over three years, referred by
 *       the municipal employment services, seen by the nurse, the team physician and the
 *       coordinator, referred to IPS supported employment and physiotherapy, with a network, a
 *       six-month follow-up with PROM and PREM, supported-employment outcomes by month and the path
 *       finished with its phase history;
 *   <li>{@link #youngClientLostToFollowUp}: a woman of 23, unemployed for seven months, whom the TE
 *       office consulted the team about; the six-month outcome measurement was never done;
 *   <li>{@link #ineligibleClient}: a laid-off man still in occupational health care and in a
 *       specialist-care process, found not to be a client of the team: no service path.
 * </ul>
 *
 * Every visit's records are stamped with the visit's end (the library's default). Records that live
 * across visits (path, network, goal, plan, referrals, tasks) are carried by each visit that
 * changes them, as they stand after it. Each visit names only the organisations, professionals and
 * roles its records refer to, listed in the order of the visit in which each first appears: that is
 * the order in which a server first stores them and returns them on a read of the visit.
 *
 * <p>Client {@code n} of a run has its own henkilötunnus (individual number 900–999, century signs
 * of the 2023 reform so that no other test's client shares it) and its own record ids; the health
 * centre is the same for all, its other organisations and its professionals are those of the run.
 */
public final class SeedClients {

  private static final SoteOrganisationOid CENTRE_OID =
      SoteOrganisationOid.parse("1.2.246.10.99999996.10.0");
  private static final ZoneOffset SUMMER = ZoneOffset.ofHours(3);
  private static final ZoneOffset WINTER = ZoneOffset.ofHours(2);

  /** The answer codes of PHQ-9 by weight 0–3 (LOINC), with the questionnaire's displays. */
  private static final String[][] PHQ9_OPTIONS = {
    {"LA6568-5", "Not at all"},
    {"LA6569-3", "Several days"},
    {"LA6570-1", "More than half the days"},
    {"LA6571-9", "Nearly every day"}
  };

  private final String run;
  private final int n;

  private final Organisation centre;
  private final Organisation employmentServices;
  private final Organisation socialServices;
  private final Organisation kela;
  private final Professional nurse;
  private final Professional physician;
  private final Professional coordinator;
  private final ProfessionalRole nurseRole;
  private final ProfessionalRole physicianRole;
  private final ProfessionalRole coordinatorRole;

  private SeedClients(String run, int n) {
    if (!run.matches("[A-Za-z0-9-]+") || n < 0 || n > 4999) {
      throw new IllegalArgumentException("run: letters, digits, hyphens; n: 0–4999");
    }
    this.run = run;
    this.n = n;
    centre =
        Organisation.builder()
            .soteOid(CENTRE_OID)
            .name("Seutulan terveysasema")
            .type(OrganisationTypeCode.PRIMARY_HEALTH_CARE)
            .build();
    employmentServices =
        organisation(
            "employment",
            "Seutulan työllisyyspalvelut",
            OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES);
    socialServices =
        organisation(
            "social",
            "Seutulan työikäisten sosiaalipalvelut",
            OrganisationTypeCode.SOCIAL_SERVICES);
    kela = organisation("kela", "Kela, Seutulan palvelupiste", OrganisationTypeCode.KELA);
    nurse = professional("nurse", "Terveydenhoitaja");
    physician = professional("physician", "Tiimilääkäri");
    coordinator = professional("coordinator", "Työkykykoordinaattori");
    nurseRole = role("nurse", nurse, ProfessionalRoleCode.NURSE);
    physicianRole = role("physician", physician, ProfessionalRoleCode.PHYSICIAN);
    coordinatorRole =
        role("coordinator", coordinator, ProfessionalRoleCode.WORK_ABILITY_COORDINATOR);
  }

  /**
   * Client (a) of run {@code run} (letters, digits, hyphens), number {@code n} (0–4999): five
   * visits in order (nurse's health examination, team physician, coordinator, six-month follow-up,
   * path finished).
   */
  public static List<Examination> longTermUnemployedOnFullPath(String run, int n) {
    return new SeedClients(run, n).fullPath();
  }

  /**
   * Client (b): four visits in order (the TE office's consultation contact, nurse's health
   * examination, coordinator, the team meeting that finds the follow-up not done).
   */
  public static List<Examination> youngClientLostToFollowUp(String run, int n) {
    return new SeedClients(run, n).lostToFollowUp();
  }

  /** Client (c): the nurse's health examination, which finds the client not eligible. */
  public static List<Examination> ineligibleClient(String run, int n) {
    return new SeedClients(run, n).ineligible();
  }

  // ---------------------------------------------------------------------------------------------
  // (a) Long-term unemployed, full path

  private List<Examination> fullPath() {
    Client client =
        client(
            "a",
            LocalDate.of(1988, 1 + n % 12, 1 + (n / 12) % 28),
            'Y',
            true,
            "Pitkänen",
            "Pekka",
            "091");
    String c = "a";
    OffsetDateTime[] start = {
      OffsetDateTime.of(2024, 9, 10, 9, 0, 0, 0, SUMMER),
      OffsetDateTime.of(2024, 9, 24, 10, 0, 0, 0, SUMMER),
      OffsetDateTime.of(2024, 10, 8, 13, 0, 0, 0, SUMMER),
      OffsetDateTime.of(2025, 3, 11, 9, 0, 0, 0, WINTER),
      OffsetDateTime.of(2025, 6, 17, 10, 0, 0, 0, SUMMER)
    };
    LocalDate referred = LocalDate.of(2024, 9, 3);
    LocalDate[] day = new LocalDate[start.length];
    for (int v = 0; v < start.length; v++) {
      day[v] = start[v].toLocalDate();
    }
    LocalDate servicesStarted = LocalDate.of(2024, 10, 22);
    BusinessIdentifier pathKey = key(c, "5", "path");
    BusinessIdentifier networkKey = key(c, "6", "network");
    BusinessIdentifier goalKey = key(c, "10", "goal");
    BusinessIdentifier planKey = key(c, "11", "plan");
    BusinessIdentifier ipsKey = key(c, "12", "referral-ips");
    BusinessIdentifier physioKey = key(c, "12", "referral-physiotherapy");
    BusinessIdentifier diagnosisKey = key(c, "9", "diagnosis-depression");
    BusinessIdentifier backPainKey = key(c, "9", "diagnosis-back-pain");
    List<Examination> visits = new ArrayList<>();

    // 1. The nurse's health examination: the path opens, baseline PROM, the team's criteria met.
    ScoreMeasure phq9 =
        score(
            c,
            "v1-phq9",
            start[0].plusMinutes(10),
            MeasurementTimepointCode.BASELINE,
            ScoreMeasure.Instrument.PHQ_9,
            new BigDecimal("12"),
            key(c, "8", "v1-qr-phq9"),
            ScoreBandCode.MODERATE);
    visits.add(
        visit(
                client,
                c,
                1,
                EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION,
                start[0],
                nurseRole,
                pathKey)
            .organisations(centre, employmentServices)
            .professionals(nurse, coordinator)
            .roles(nurseRole, coordinatorRole)
            .episode(
                path(pathKey, referred, OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
                    .phase(ServicePathPhaseCode.NEED_IDENTIFIED)
                    .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, referred, null)
                    .build())
            .employmentStatus(
                employmentStatus(
                    c,
                    "v1-employment-status",
                    start[0],
                    nurseRole,
                    MeasurementTimepointCode.BASELINE,
                    EmploymentStatusCode.UNEMPLOYED_JOBSEEKER))
            .unemploymentDuration(
                UnemploymentDuration.builder()
                    .identifier(key(c, "7", "v1-unemployment-duration"))
                    .effective(start[0])
                    .performer(Actor.role(nurseRole.key()))
                    .months(40)
                    .build())
            .jobSeekerRegistration(
                RegisteredJobSeeker.builder()
                    .identifier(key(c, "7", "v1-job-seeker"))
                    .effective(start[0])
                    .performer(Actor.role(nurseRole.key()))
                    .registered(true)
                    .employmentService(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
                    .employmentServiceOrganisation(employmentServices.key())
                    .build())
            .healthCareCoverage(coverage(c, "v1-coverage", start[0], HealthCareCoverageCode.NONE))
            .questionnaireAnswers(
                workAbilityScoreAnswers(
                    c, "v1-qr-was", start[0].plusMinutes(5), MeasurementTimepointCode.BASELINE, 4),
                participationAnswers(
                    c,
                    "v1-qr-participation",
                    start[0].plusMinutes(6),
                    MeasurementTimepointCode.BASELINE,
                    ParticipationAnswerCode.CODE_3),
                threeXTenDAnswers(
                    c,
                    "v1-qr-3x10d",
                    start[0].plusMinutes(8),
                    MeasurementTimepointCode.BASELINE,
                    new int[] {5, 4, 6, 3, 5, 4, 6, 5, 4, 3}),
                phq9Answers(
                    c,
                    "v1-qr-phq9",
                    start[0].plusMinutes(10),
                    MeasurementTimepointCode.BASELINE,
                    new int[] {2, 2, 1, 1, 2, 1, 1, 1, 1}),
                auditCAnswers(c, "v1-qr-audit-c", start[0].plusMinutes(12)))
            .scores(
                score(
                    c,
                    "v1-was",
                    start[0].plusMinutes(5),
                    MeasurementTimepointCode.BASELINE,
                    ScoreMeasure.Instrument.WORK_ABILITY_SCORE,
                    new BigDecimal("4"),
                    key(c, "8", "v1-qr-was"),
                    null),
                score(
                    c,
                    "v1-participation",
                    start[0].plusMinutes(6),
                    MeasurementTimepointCode.BASELINE,
                    ScoreMeasure.Instrument.PARTICIPATION_INDICATOR,
                    new BigDecimal("50.0"),
                    key(c, "8", "v1-qr-participation"),
                    null),
                phq9,
                score(
                    c,
                    "v1-audit-c",
                    start[0].plusMinutes(12),
                    MeasurementTimepointCode.BASELINE,
                    ScoreMeasure.Instrument.AUDIT_C,
                    new BigDecimal("5"),
                    key(c, "8", "v1-qr-audit-c"),
                    ScoreBandCode.AT_RISK))
            .threeXTenD(
                threeXTenD(
                    c,
                    "v1-3x10d",
                    start[0].plusMinutes(8),
                    MeasurementTimepointCode.BASELINE,
                    new int[] {5, 4, 6, 3, 5, 4, 6, 5, 4, 3},
                    key(c, "8", "v1-qr-3x10d")))
            .vitalSigns(
                VitalSign.builder()
                    .identifier(key(c, "7", "v1-blood-pressure"))
                    .effective(start[0].plusMinutes(20))
                    .performer(Actor.role(nurseRole.key()))
                    .bloodPressure(138, 88)
                    .build(),
                vital(
                    c,
                    "v1-weight",
                    start[0].plusMinutes(20),
                    VitalSign.Kind.BODY_WEIGHT,
                    new BigDecimal("96.2")),
                vital(
                    c,
                    "v1-height",
                    start[0].plusMinutes(20),
                    VitalSign.Kind.BODY_HEIGHT,
                    new BigDecimal("181")),
                VitalSign.builder()
                    .identifier(key(c, "7", "v1-bmi"))
                    .effective(start[0].plusMinutes(20))
                    .performer(Actor.role(nurseRole.key()))
                    .measurement(VitalSign.Kind.BMI, new BigDecimal("29.4"))
                    .derivedFrom(key(c, "7", "v1-weight"))
                    .derivedFrom(key(c, "7", "v1-height"))
                    .build(),
                vital(
                    c,
                    "v1-waist",
                    start[0].plusMinutes(20),
                    VitalSign.Kind.WAIST_CIRCUMFERENCE,
                    new BigDecimal("104.5")),
                vital(
                    c,
                    "v1-heart-rate",
                    start[0].plusMinutes(20),
                    VitalSign.Kind.HEART_RATE,
                    new BigDecimal("76")))
            .teamEligibility(
                eligibility(c, "v1-eligibility", start[0].plusMinutes(50), nurseRole, List.of()))
            .build());

    // 2. The team physician: work ability assessed, diagnoses, the goal and the plan.
    WorkAbilityIndexMeasure wai =
        WorkAbilityIndexMeasure.builder()
            .identifier(key(c, "7", "v2-wai"))
            .effective(start[1].plusMinutes(15))
            .performer(Actor.role(physicianRole.key()))
            .timepoint(MeasurementTimepointCode.BASELINE)
            .total(27)
            .build();
    WorkAbilityGoal goalSet =
        goal(goalKey, day[1], GoalLifecycleStatus.ACTIVE, GoalAchievement.IN_PROGRESS, day[1]);
    visits.add(
        visit(
                client,
                c,
                2,
                EncounterTypeCode.TEAM_PHYSICIAN_VISIT,
                start[1],
                physicianRole,
                pathKey)
            .organisations(centre)
            .professionals(coordinator, physician)
            .roles(coordinatorRole, physicianRole)
            .episode(
                path(pathKey, referred, OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
                    .phase(ServicePathPhaseCode.GOALS_SET)
                    .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, referred, day[1])
                    .phaseHistory(ServicePathPhaseCode.GOALS_SET, day[1], null)
                    .build())
            .workAbilityIndex(wai)
            .assessment(
                WorkAbilityAssessment.builder()
                    .identifier(key(c, "7", "v2-assessment"))
                    .effective(start[1].plusMinutes(40))
                    .performer(Actor.role(physicianRole.key()))
                    .conclusion(WorkAbilityConclusionCode.PARTIALLY_ABLE)
                    .limitation(Limitation.icf("b152", "Mieliala matala, jaksaminen heikkoa"))
                    .limitation(Limitation.icf("b280", "Alaselkäkipu pitkässä seisomisessa"))
                    .recommendations(
                        ReferralServiceCode.IPS_SUPPORTED_EMPLOYMENT,
                        ReferralServiceCode.PHYSIOTHERAPY)
                    .note("Osatyökykyinen; tuettu työllistyminen ja fysioterapia suositeltavia.")
                    .derivedFrom(phq9)
                    .derivedFrom(wai)
                    .build())
            .diagnoses(
                diagnosis(diagnosisKey, "F32.1", "Keskivaikea masennustila", day[1]),
                diagnosis(backPainKey, "M54.5", "Alaselän kipu", day[1]))
            .goals(goalSet)
            .plan(
                plan(planKey, day[1], RequestStatus.ACTIVE, goalKey, diagnosisKey, null, List.of()))
            .build());

    // 3. The coordinator: the network, referrals to IPS and physiotherapy, follow-up tasks.
    WorkAbilitySupportNetwork network = network(networkKey, day[2], null, CareTeamStatus.ACTIVE);
    visits.add(
        visit(client, c, 3, EncounterTypeCode.COORDINATOR_VISIT, start[2], coordinatorRole, pathKey)
            .organisations(centre, employmentServices, socialServices, kela)
            .professionals(coordinator, physician)
            .roles(coordinatorRole, physicianRole)
            .episode(
                path(pathKey, referred, OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
                    .phase(ServicePathPhaseCode.SERVICES_PLANNED)
                    .network(networkKey)
                    .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, referred, day[1])
                    .phaseHistory(ServicePathPhaseCode.GOALS_SET, day[1], day[2])
                    .phaseHistory(ServicePathPhaseCode.SERVICES_PLANNED, day[2], null)
                    .build())
            .network(network)
            .plan(
                plan(
                    planKey,
                    day[1],
                    RequestStatus.ACTIVE,
                    goalKey,
                    diagnosisKey,
                    networkKey,
                    List.of(ipsKey, physioKey)))
            .referrals(
                referral(
                    ipsKey,
                    ReferralServiceCode.IPS_SUPPORTED_EMPLOYMENT,
                    day[2],
                    RequestStatus.ACTIVE,
                    OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES,
                    employmentServices.key(),
                    planKey,
                    "IPS-työhönvalmennus kunnan työllisyyspalveluihin"),
                referral(
                    physioKey,
                    ReferralServiceCode.PHYSIOTHERAPY,
                    day[2],
                    RequestStatus.ACTIVE,
                    OrganisationTypeCode.PRIMARY_HEALTH_CARE,
                    centre.key(),
                    planKey,
                    null))
            .tasks(
                task(
                    key(c, "13", "task-track-ips"),
                    FollowUpTaskCode.TRACK_REFERRAL,
                    TaskFocus.referral(ipsKey),
                    day[2],
                    day[2].plusWeeks(6),
                    TaskStatus.REQUESTED,
                    null),
                task(
                    key(c, "13", "task-six-months"),
                    FollowUpTaskCode.OUTCOME_MEASUREMENT,
                    TaskFocus.goal(goalKey),
                    day[2],
                    day[0].plusMonths(6),
                    TaskStatus.REQUESTED,
                    null))
            .build());

    // 4. Six months on: PROM and PREM at follow-up, outcomes by month, the tasks done.
    visits.add(
        visit(client, c, 4, EncounterTypeCode.FOLLOW_UP_VISIT, start[3], coordinatorRole, pathKey)
            .organisations(centre)
            .professionals(coordinator)
            .roles(coordinatorRole)
            .episode(
                path(pathKey, referred, OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
                    .phase(ServicePathPhaseCode.ONWARD_REFERRAL_FOLLOW_UP)
                    .network(networkKey)
                    .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, referred, day[1])
                    .phaseHistory(ServicePathPhaseCode.GOALS_SET, day[1], day[2])
                    .phaseHistory(ServicePathPhaseCode.SERVICES_PLANNED, day[2], servicesStarted)
                    .phaseHistory(ServicePathPhaseCode.SUPPORT_IN_PROGRESS, servicesStarted, day[3])
                    .phaseHistory(ServicePathPhaseCode.ONWARD_REFERRAL_FOLLOW_UP, day[3], null)
                    .build())
            .employmentStatus(
                employmentStatus(
                    c,
                    "v4-employment-status",
                    start[3],
                    coordinatorRole,
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    EmploymentStatusCode.SUBSIDISED_EMPLOYMENT))
            .questionnaireAnswers(
                workAbilityScoreAnswers(
                    c,
                    "v4-qr-was",
                    start[3].plusMinutes(5),
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    7),
                participationAnswers(
                    c,
                    "v4-qr-participation",
                    start[3].plusMinutes(6),
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    ParticipationAnswerCode.CODE_4),
                threeXTenDAnswers(
                    c,
                    "v4-qr-3x10d",
                    start[3].plusMinutes(8),
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    new int[] {7, 6, 7, 6, 7, 6, 8, 7, 6, 6}),
                phq9Answers(
                    c,
                    "v4-qr-phq9",
                    start[3].plusMinutes(10),
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    new int[] {1, 1, 1, 1, 1, 1, 0, 0, 0}),
                premAnswers(c, "v4-qr-prem", start[3].plusMinutes(15)))
            .scores(
                score(
                    c,
                    "v4-was",
                    start[3].plusMinutes(5),
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    ScoreMeasure.Instrument.WORK_ABILITY_SCORE,
                    new BigDecimal("7"),
                    key(c, "8", "v4-qr-was"),
                    null),
                score(
                    c,
                    "v4-participation",
                    start[3].plusMinutes(6),
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    ScoreMeasure.Instrument.PARTICIPATION_INDICATOR,
                    new BigDecimal("75.0"),
                    key(c, "8", "v4-qr-participation"),
                    null),
                score(
                    c,
                    "v4-phq9",
                    start[3].plusMinutes(10),
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    ScoreMeasure.Instrument.PHQ_9,
                    new BigDecimal("6"),
                    key(c, "8", "v4-qr-phq9"),
                    ScoreBandCode.MILD))
            .threeXTenD(
                threeXTenD(
                    c,
                    "v4-3x10d",
                    start[3].plusMinutes(8),
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    new int[] {7, 6, 7, 6, 7, 6, 8, 7, 6, 6},
                    key(c, "8", "v4-qr-3x10d")))
            .goals(
                goal(
                    goalKey, day[1], GoalLifecycleStatus.ACTIVE, GoalAchievement.IMPROVING, day[3]))
            .tasks(
                task(
                    key(c, "13", "task-track-ips"),
                    FollowUpTaskCode.TRACK_REFERRAL,
                    TaskFocus.referral(ipsKey),
                    day[2],
                    day[2].plusWeeks(6),
                    TaskStatus.COMPLETED,
                    PointInTime.of(day[3])),
                task(
                    key(c, "13", "task-six-months"),
                    FollowUpTaskCode.OUTCOME_MEASUREMENT,
                    TaskFocus.goal(goalKey),
                    day[2],
                    day[0].plusMonths(6),
                    TaskStatus.COMPLETED,
                    PointInTime.of(start[3].plusMinutes(45))))
            .outcomes(
                EmploymentOutcome.builder()
                    .identifier(key(c, "7", "outcome-work-trial"))
                    .effective(PointInTime.of(YearMonth.of(2024, 12)))
                    .effectiveEnd(PointInTime.of(YearMonth.of(2025, 1)))
                    .performer(Actor.role(coordinatorRole.key()))
                    .outcome(EmploymentOutcomeCode.WORK_TRIAL)
                    .note("Työkokeilu varastotyössä")
                    .build(),
                EmploymentOutcome.builder()
                    .identifier(key(c, "7", "outcome-contract"))
                    .effective(PointInTime.of(YearMonth.of(2025, 2)))
                    .performer(Actor.role(coordinatorRole.key()))
                    .timepoint(MeasurementTimepointCode.FOLLOW_UP_6_MONTHS)
                    .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
                    .wageSubsidy(true)
                    .interrupted(false)
                    .build())
            .build());

    // 5. The path finished: goal achieved, plan and referrals completed, the network closed.
    visits.add(
        visit(client, c, 5, EncounterTypeCode.COORDINATOR_VISIT, start[4], coordinatorRole, pathKey)
            .organisations(centre, employmentServices, socialServices, kela)
            .professionals(coordinator, physician)
            .roles(coordinatorRole, physicianRole)
            .episode(
                path(pathKey, referred, OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
                    .phase(ServicePathPhaseCode.GOAL_ACHIEVED)
                    .status(EpisodeStatus.FINISHED)
                    .end(day[4])
                    .network(networkKey)
                    .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, referred, day[1])
                    .phaseHistory(ServicePathPhaseCode.GOALS_SET, day[1], day[2])
                    .phaseHistory(ServicePathPhaseCode.SERVICES_PLANNED, day[2], servicesStarted)
                    .phaseHistory(ServicePathPhaseCode.SUPPORT_IN_PROGRESS, servicesStarted, day[3])
                    .phaseHistory(ServicePathPhaseCode.ONWARD_REFERRAL_FOLLOW_UP, day[3], day[4])
                    .phaseHistory(ServicePathPhaseCode.GOAL_ACHIEVED, day[4], day[4])
                    .build())
            .network(network(networkKey, day[2], day[4], CareTeamStatus.INACTIVE))
            .goals(
                goal(
                    goalKey,
                    day[1],
                    GoalLifecycleStatus.COMPLETED,
                    GoalAchievement.ACHIEVED,
                    day[4]))
            .plan(
                plan(
                    planKey,
                    day[1],
                    RequestStatus.COMPLETED,
                    goalKey,
                    diagnosisKey,
                    networkKey,
                    List.of(ipsKey, physioKey)))
            .referrals(
                referral(
                    ipsKey,
                    ReferralServiceCode.IPS_SUPPORTED_EMPLOYMENT,
                    day[2],
                    RequestStatus.COMPLETED,
                    OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES,
                    employmentServices.key(),
                    planKey,
                    "IPS-työhönvalmennus kunnan työllisyyspalveluihin"),
                referral(
                    physioKey,
                    ReferralServiceCode.PHYSIOTHERAPY,
                    day[2],
                    RequestStatus.COMPLETED,
                    OrganisationTypeCode.PRIMARY_HEALTH_CARE,
                    centre.key(),
                    planKey,
                    null))
            .outcomes(
                EmploymentOutcome.builder()
                    .identifier(key(c, "7", "outcome-end-of-service"))
                    .effective(PointInTime.of(YearMonth.of(2025, 6)))
                    .performer(Actor.role(coordinatorRole.key()))
                    .timepoint(MeasurementTimepointCode.END_OF_SERVICE)
                    .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
                    .wageSubsidy(true)
                    .interrupted(false)
                    .note("Palkkatuettu työsuhde jatkuu")
                    .build())
            .build());
    return visits;
  }

  // ---------------------------------------------------------------------------------------------
  // (b) Young client, lost to follow-up

  private List<Examination> lostToFollowUp() {
    Client client =
        client(
            "b",
            LocalDate.of(2001, 1 + n % 12, 1 + (n / 12) % 28),
            'B',
            false,
            "Nuorela",
            "Noora",
            "049");
    String c = "b";
    OffsetDateTime consulted = OffsetDateTime.of(2025, 1, 8, 14, 0, 0, 0, WINTER);
    OffsetDateTime examined = OffsetDateTime.of(2025, 1, 14, 9, 0, 0, 0, WINTER);
    OffsetDateTime planned = OffsetDateTime.of(2025, 1, 28, 13, 0, 0, 0, WINTER);
    OffsetDateTime reviewed = OffsetDateTime.of(2025, 9, 2, 12, 0, 0, 0, SUMMER);
    LocalDate referred = consulted.toLocalDate();
    BusinessIdentifier pathKey = key(c, "5", "path");
    BusinessIdentifier goalKey = key(c, "10", "goal");
    BusinessIdentifier planKey = key(c, "11", "plan");
    BusinessIdentifier referralKey = key(c, "12", "referral-job-coaching");
    BusinessIdentifier contactTaskKey = key(c, "13", "task-contact");
    BusinessIdentifier sixMonthsKey = key(c, "13", "task-six-months");
    LocalDate sixMonthsDue = examined.toLocalDate().plusMonths(6);
    List<Examination> visits = new ArrayList<>();

    // 1. The TE office consults the coordinator: a consultation contact, which opens the path.
    visits.add(
        Examination.builder()
            .client(client)
            .encounter(
                encounter(
                        c,
                        1,
                        EncounterTypeCode.CONSULTATION_CONTACT,
                        consulted,
                        coordinatorRole,
                        pathKey)
                    .encounterClass(EncounterClass.VIRTUAL)
                    .contactOrganisationType(OrganisationTypeCode.TE_OFFICE)
                    .build())
            .organisations(centre)
            .professionals(coordinator)
            .roles(coordinatorRole)
            .episode(
                path(pathKey, referred, OrganisationTypeCode.TE_OFFICE)
                    .phase(ServicePathPhaseCode.NEED_IDENTIFIED)
                    .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, referred, null)
                    .build())
            .build());

    // 2. The nurse's health examination, baseline PROM; in the narrower target group (18–35,
    // unemployed under 12 months).
    visits.add(
        visit(
                client,
                c,
                2,
                EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION,
                examined,
                nurseRole,
                pathKey)
            .organisations(centre)
            .professionals(coordinator, nurse)
            .roles(coordinatorRole, nurseRole)
            .episode(
                path(pathKey, referred, OrganisationTypeCode.TE_OFFICE)
                    .phase(ServicePathPhaseCode.NEED_IDENTIFIED)
                    .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, referred, null)
                    .build())
            .employmentStatus(
                employmentStatus(
                    c,
                    "v2-employment-status",
                    examined,
                    nurseRole,
                    MeasurementTimepointCode.BASELINE,
                    EmploymentStatusCode.UNEMPLOYED_JOBSEEKER))
            .unemploymentDuration(
                UnemploymentDuration.builder()
                    .identifier(key(c, "7", "v2-unemployment-duration"))
                    .effective(examined)
                    .performer(Actor.role(nurseRole.key()))
                    .months(7)
                    .build())
            .jobSeekerRegistration(
                RegisteredJobSeeker.builder()
                    .identifier(key(c, "7", "v2-job-seeker"))
                    .effective(examined)
                    .performer(Actor.role(nurseRole.key()))
                    .registered(true)
                    .employmentService(OrganisationTypeCode.TE_OFFICE)
                    .build())
            .healthCareCoverage(coverage(c, "v2-coverage", examined, HealthCareCoverageCode.NONE))
            .questionnaireAnswers(
                workAbilityScoreAnswers(
                    c, "v2-qr-was", examined.plusMinutes(5), MeasurementTimepointCode.BASELINE, 6),
                participationAnswers(
                    c,
                    "v2-qr-participation",
                    examined.plusMinutes(6),
                    MeasurementTimepointCode.BASELINE,
                    ParticipationAnswerCode.CODE_2),
                phq9Answers(
                    c,
                    "v2-qr-phq9",
                    examined.plusMinutes(10),
                    MeasurementTimepointCode.BASELINE,
                    new int[] {1, 1, 1, 1, 1, 1, 1, 0, 0}))
            .scores(
                score(
                    c,
                    "v2-was",
                    examined.plusMinutes(5),
                    MeasurementTimepointCode.BASELINE,
                    ScoreMeasure.Instrument.WORK_ABILITY_SCORE,
                    new BigDecimal("6"),
                    key(c, "8", "v2-qr-was"),
                    null),
                score(
                    c,
                    "v2-participation",
                    examined.plusMinutes(6),
                    MeasurementTimepointCode.BASELINE,
                    ScoreMeasure.Instrument.PARTICIPATION_INDICATOR,
                    new BigDecimal("25.0"),
                    key(c, "8", "v2-qr-participation"),
                    null),
                score(
                    c,
                    "v2-phq9",
                    examined.plusMinutes(10),
                    MeasurementTimepointCode.BASELINE,
                    ScoreMeasure.Instrument.PHQ_9,
                    new BigDecimal("7"),
                    key(c, "8", "v2-qr-phq9"),
                    ScoreBandCode.MILD))
            .vitalSigns(
                VitalSign.builder()
                    .identifier(key(c, "7", "v2-blood-pressure"))
                    .effective(examined.plusMinutes(20))
                    .performer(Actor.role(nurseRole.key()))
                    .bloodPressure(118, 76)
                    .build())
            .teamEligibility(
                eligibility(c, "v2-eligibility", examined.plusMinutes(40), nurseRole, List.of()))
            .build());

    // 3. The coordinator: goal, plan, job coaching, a contact in six weeks and the six-month
    // outcome measurement.
    visits.add(
        visit(client, c, 3, EncounterTypeCode.COORDINATOR_VISIT, planned, coordinatorRole, pathKey)
            .organisations(centre)
            .professionals(coordinator)
            .roles(coordinatorRole)
            .episode(
                path(pathKey, referred, OrganisationTypeCode.TE_OFFICE)
                    .phase(ServicePathPhaseCode.SERVICES_PLANNED)
                    .phaseHistory(
                        ServicePathPhaseCode.NEED_IDENTIFIED, referred, planned.toLocalDate())
                    .phaseHistory(
                        ServicePathPhaseCode.GOALS_SET,
                        planned.toLocalDate(),
                        planned.toLocalDate())
                    .phaseHistory(
                        ServicePathPhaseCode.SERVICES_PLANNED, planned.toLocalDate(), null)
                    .build())
            .goals(
                WorkAbilityGoal.builder()
                    .identifier(goalKey)
                    .categories(GoalCategoryCode.EDUCATION, GoalCategoryCode.EMPLOYMENT)
                    .description("Ammatillinen koulutus tai työ vuoden kuluessa")
                    .start(planned.toLocalDate())
                    .dueDate(planned.toLocalDate().plusYears(1))
                    .achievement(GoalAchievement.IN_PROGRESS)
                    .expressedBy(Actor.client())
                    .statusDate(planned.toLocalDate())
                    .build())
            .plan(
                WorkAbilitySupportPlan.builder()
                    .identifier(planKey)
                    .title("Työkyvyn tuen suunnitelma")
                    .start(planned.toLocalDate())
                    .created(planned.toLocalDate())
                    .author(coordinatorRole.key())
                    .goal(goalKey)
                    .referral(referralKey)
                    .build())
            .referrals(
                referral(
                    referralKey,
                    ReferralServiceCode.JOB_COACHING,
                    planned.toLocalDate(),
                    RequestStatus.ACTIVE,
                    OrganisationTypeCode.THIRD_SECTOR,
                    null,
                    planKey,
                    "Nuorten työhönvalmennus"))
            .tasks(
                task(
                    contactTaskKey,
                    FollowUpTaskCode.FOLLOW_UP_CONTACT,
                    TaskFocus.plan(planKey),
                    planned.toLocalDate(),
                    planned.toLocalDate().plusWeeks(6),
                    TaskStatus.REQUESTED,
                    null),
                task(
                    sixMonthsKey,
                    FollowUpTaskCode.OUTCOME_MEASUREMENT,
                    TaskFocus.goal(goalKey),
                    planned.toLocalDate(),
                    sixMonthsDue,
                    TaskStatus.REQUESTED,
                    null))
            .build());

    // 4. Eight months after the examination the team finds that the client was never reached:
    // the contact and the six-month measurement not done, no follow-up PROM.
    visits.add(
        visit(client, c, 4, EncounterTypeCode.TEAM_MEETING, reviewed, coordinatorRole, pathKey)
            .organisations(centre)
            .professionals(coordinator)
            .roles(coordinatorRole)
            // Nothing changed on the path, but the meeting's encounter belongs to it: the path as
            // it stands comes with the visit, as the server's read of the visit returns it.
            .episode(
                path(pathKey, referred, OrganisationTypeCode.TE_OFFICE)
                    .phase(ServicePathPhaseCode.SERVICES_PLANNED)
                    .phaseHistory(
                        ServicePathPhaseCode.NEED_IDENTIFIED, referred, planned.toLocalDate())
                    .phaseHistory(
                        ServicePathPhaseCode.GOALS_SET,
                        planned.toLocalDate(),
                        planned.toLocalDate())
                    .phaseHistory(
                        ServicePathPhaseCode.SERVICES_PLANNED, planned.toLocalDate(), null)
                    .build())
            .tasks(
                task(
                    contactTaskKey,
                    FollowUpTaskCode.FOLLOW_UP_CONTACT,
                    TaskFocus.plan(planKey),
                    planned.toLocalDate(),
                    planned.toLocalDate().plusWeeks(6),
                    TaskStatus.FAILED,
                    PointInTime.of(reviewed.toLocalDate())),
                task(
                    sixMonthsKey,
                    FollowUpTaskCode.OUTCOME_MEASUREMENT,
                    TaskFocus.goal(goalKey),
                    planned.toLocalDate(),
                    sixMonthsDue,
                    TaskStatus.FAILED,
                    PointInTime.of(reviewed.toLocalDate())))
            .build());
    return visits;
  }

  // ---------------------------------------------------------------------------------------------
  // (c) Not eligible

  private List<Examination> ineligible() {
    Client client =
        client(
            "c",
            LocalDate.of(1969, 1 + n % 12, 1 + (n / 12) % 28),
            'Y',
            true,
            "Erkkilä",
            "Esko",
            "837");
    String c = "c";
    OffsetDateTime examined = OffsetDateTime.of(2025, 2, 4, 10, 0, 0, 0, WINTER);
    return List.of(
        visit(
                client,
                c,
                1,
                EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION,
                examined,
                nurseRole,
                null)
            .organisations(centre)
            .professionals(nurse)
            .roles(nurseRole)
            .employmentStatus(
                employmentStatus(
                    c,
                    "v1-employment-status",
                    examined,
                    nurseRole,
                    MeasurementTimepointCode.BASELINE,
                    EmploymentStatusCode.LAID_OFF))
            .healthCareCoverage(
                coverage(c, "v1-coverage", examined, HealthCareCoverageCode.OCCUPATIONAL))
            .vitalSigns(
                VitalSign.builder()
                    .identifier(key(c, "7", "v1-blood-pressure"))
                    .effective(examined.plusMinutes(15))
                    .performer(Actor.role(nurseRole.key()))
                    .bloodPressure(132, 84)
                    .build())
            .teamEligibility(
                eligibility(
                    c,
                    "v1-eligibility",
                    examined.plusMinutes(30),
                    nurseRole,
                    List.of(
                        EligibilityCriterionCode.OUTSIDE_OCCUPATIONAL_STUDENT_HEALTH_CARE,
                        EligibilityCriterionCode.NO_ONGOING_SPECIALIST_PROCESS)))
            .referrals(
                referral(
                    key(c, "12", "referral-occupational-health"),
                    ReferralServiceCode.OTHER,
                    examined.toLocalDate(),
                    RequestStatus.ACTIVE,
                    OrganisationTypeCode.OCCUPATIONAL_HEALTH_CARE,
                    null,
                    null,
                    "Työkyvyn tuki jatkuu työterveyshuollossa"))
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // Records

  private BusinessIdentifier key(String client, String arc, String kind) {
    return BusinessIdentifier.underOrganisation(
        CENTRE_OID, arc, run + "-" + n + "-" + client + "-" + kind);
  }

  private Organisation organisation(String kind, String name, OrganisationTypeCode type) {
    return Organisation.builder()
        .identifier(BusinessIdentifier.underOrganisation(CENTRE_OID, "14", run + "-" + kind))
        .name(name)
        .type(type)
        .build();
  }

  private Professional professional(String kind, String familyName) {
    return Professional.builder()
        .identifier(BusinessIdentifier.underOrganisation(CENTRE_OID, "2", run + "-" + kind))
        .familyName(familyName)
        .givenNames("Testi")
        .build();
  }

  private ProfessionalRole role(String kind, Professional professional, ProfessionalRoleCode code) {
    return ProfessionalRole.builder()
        .identifier(BusinessIdentifier.underOrganisation(CENTRE_OID, "3", run + "-role-" + kind))
        .professional(professional.key())
        .organisation(centre.key())
        .role(code)
        .build();
  }

  /** A client born on {@code birth}, henkilötunnus with century sign {@code sign}. */
  private Client client(
      String c,
      LocalDate birth,
      char sign,
      boolean male,
      String family,
      String given,
      String municipality) {
    String ddmmyy =
        String.format(
            "%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
    // Odd individual numbers are men's, even women's; 900–999 is the test range.
    int individual = 900 + 2 * ((n / 336) % 50) + (male ? 1 : 0);
    String digits = ddmmyy + individual;
    Henkilotunnus hetu =
        Henkilotunnus.parse(ddmmyy + sign + individual + Henkilotunnus.checkCharacter(digits));
    return Client.builder()
        .henkilotunnus(hetu)
        .identifier(key(c, "1", "client"))
        .familyName(family)
        .givenNames(given)
        .gender(male ? Gender.MALE : Gender.FEMALE)
        .birthDate(hetu.birthDate())
        .municipalityCode(municipality)
        .build();
  }

  private ExaminationEncounter.Builder encounter(
      String c,
      int visit,
      EncounterTypeCode type,
      OffsetDateTime start,
      ProfessionalRole seenBy,
      BusinessIdentifier path) {
    ExaminationEncounter.Builder encounter =
        ExaminationEncounter.builder()
            .identifier(key(c, "4", "visit-" + visit))
            .type(type)
            .start(start)
            .end(start.plusMinutes(45))
            .participant(seenBy.key())
            .serviceProvider(centre.key());
    if (path != null) {
      encounter.episode(path);
    }
    return encounter;
  }

  /**
   * A visit to the health centre. The caller adds the organisations, professionals and roles that
   * the visit's records refer to, and only those: the server's read of an examination returns no
   * actor that nothing of it refers to.
   */
  private Examination.Builder visit(
      Client client,
      String c,
      int visit,
      EncounterTypeCode type,
      OffsetDateTime start,
      ProfessionalRole seenBy,
      BusinessIdentifier path) {
    return Examination.builder()
        .client(client)
        .encounter(encounter(c, visit, type, start, seenBy, path).build());
  }

  private WorkAbilitySupportEpisode.Builder path(
      BusinessIdentifier key, LocalDate referred, OrganisationTypeCode source) {
    return WorkAbilitySupportEpisode.builder()
        .identifier(key)
        .referralSource(source)
        .start(referred)
        .managingOrganisation(centre.key())
        .careManager(coordinatorRole.key());
  }

  private WorkAbilitySupportNetwork network(
      BusinessIdentifier key, LocalDate start, LocalDate end, CareTeamStatus status) {
    return WorkAbilitySupportNetwork.builder()
        .identifier(key)
        .status(status)
        .name("Asiakkaan monialainen verkosto")
        .start(start)
        .end(end)
        .participant(
            NetworkParticipant.professional(
                OrganisationTypeCode.PRIMARY_HEALTH_CARE,
                ProfessionalRoleCode.WORK_ABILITY_COORDINATOR,
                coordinatorRole.key()))
        .participant(
            NetworkParticipant.organisation(
                OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, employmentServices.key()))
        .participant(
            NetworkParticipant.organisation(
                OrganisationTypeCode.SOCIAL_SERVICES, socialServices.key()))
        .participant(NetworkParticipant.organisation(OrganisationTypeCode.KELA, kela.key()))
        .managingOrganisation(centre.key())
        .build();
  }

  private WorkAbilityGoal goal(
      BusinessIdentifier key,
      LocalDate start,
      GoalLifecycleStatus status,
      GoalAchievement achievement,
      LocalDate statusDate) {
    return WorkAbilityGoal.builder()
        .identifier(key)
        .lifecycleStatus(status)
        .achievement(achievement)
        .categories(GoalCategoryCode.EMPLOYMENT, GoalCategoryCode.WORK_ABILITY)
        .description("Palkkatuettu työ tuetusti puolen vuoden kuluessa")
        .start(start)
        .dueDate(start.plusMonths(9))
        .expressedBy(Actor.client())
        .statusDate(statusDate)
        .build();
  }

  private WorkAbilitySupportPlan plan(
      BusinessIdentifier key,
      LocalDate created,
      RequestStatus status,
      BusinessIdentifier goal,
      BusinessIdentifier diagnosis,
      BusinessIdentifier network,
      List<BusinessIdentifier> referrals) {
    WorkAbilitySupportPlan.Builder plan =
        WorkAbilitySupportPlan.builder()
            .identifier(key)
            .status(status)
            .title("Työkyvyn tuen suunnitelma")
            .description("Tuettu työllistyminen (IPS), fysioterapia ja mielialan hoito")
            .start(created)
            .created(created)
            .author(physicianRole.key())
            .goal(goal)
            .addresses(diagnosis);
    if (network != null) {
      plan.network(network);
    }
    referrals.forEach(plan::referral);
    return plan.build();
  }

  private WorkAbilityReferral referral(
      BusinessIdentifier key,
      ReferralServiceCode service,
      LocalDate authored,
      RequestStatus status,
      OrganisationTypeCode performerType,
      BusinessIdentifier performer,
      BusinessIdentifier plan,
      String note) {
    WorkAbilityReferral.Builder referral =
        WorkAbilityReferral.builder()
            .identifier(key)
            .status(status)
            .service(service)
            .authoredOn(authored)
            .requester(coordinatorRole.key())
            .performerType(performerType)
            .note(note);
    if (performer != null) {
      referral.performer(performer);
    }
    if (plan != null) {
      referral.plan(plan);
    }
    return referral.build();
  }

  private WorkAbilityFollowUpTask task(
      BusinessIdentifier key,
      FollowUpTaskCode code,
      TaskFocus focus,
      LocalDate authored,
      LocalDate due,
      TaskStatus status,
      PointInTime done) {
    WorkAbilityFollowUpTask.Builder task =
        WorkAbilityFollowUpTask.builder()
            .identifier(key)
            .status(status)
            .code(code)
            .focus(focus)
            .authoredOn(authored)
            .owner(coordinatorRole.key())
            .dueDate(due);
    if (done != null) {
      task.executionEnd(done).lastModified(done);
    }
    return task.build();
  }

  private WorkAbilityCondition diagnosis(
      BusinessIdentifier key, String icd10, String text, LocalDate recorded) {
    return WorkAbilityCondition.builder()
        .identifier(key)
        .icd10Code(icd10)
        .text(text)
        .verificationStatus(ConditionVerificationStatus.CONFIRMED)
        .recordedDate(recorded)
        .asserter(physicianRole.key())
        .build();
  }

  private EmploymentStatus employmentStatus(
      String c,
      String id,
      OffsetDateTime at,
      ProfessionalRole by,
      MeasurementTimepointCode timepoint,
      EmploymentStatusCode value) {
    return EmploymentStatus.builder()
        .identifier(key(c, "7", id))
        .effective(at)
        .performer(Actor.role(by.key()))
        .timepoint(timepoint)
        .value(value)
        .build();
  }

  private HealthCareCoverage coverage(
      String c, String id, OffsetDateTime at, HealthCareCoverageCode value) {
    return HealthCareCoverage.builder()
        .identifier(key(c, "7", id))
        .effective(at)
        .performer(Actor.role(nurseRole.key()))
        .value(value)
        .build();
  }

  private VitalSign vital(
      String c, String id, OffsetDateTime at, VitalSign.Kind kind, BigDecimal value) {
    return VitalSign.builder()
        .identifier(key(c, "7", id))
        .effective(at)
        .performer(Actor.role(nurseRole.key()))
        .measurement(kind, value)
        .build();
  }

  /** The team's criteria, each met but those in {@code notMet}. */
  private TeamEligibility eligibility(
      String c,
      String id,
      OffsetDateTime at,
      ProfessionalRole by,
      List<EligibilityCriterionCode> notMet) {
    TeamEligibility.Builder eligibility =
        TeamEligibility.builder()
            .identifier(key(c, "7", id))
            .effective(at)
            .performer(Actor.role(by.key()));
    for (EligibilityCriterionCode criterion : EligibilityCriterionCode.values()) {
      eligibility.criterion(
          criterion,
          notMet.contains(criterion) ? CriterionStatusCode.NOT_MET : CriterionStatusCode.MET);
    }
    return eligibility.build();
  }

  private ScoreMeasure score(
      String c,
      String id,
      OffsetDateTime at,
      MeasurementTimepointCode timepoint,
      ScoreMeasure.Instrument instrument,
      BigDecimal value,
      BusinessIdentifier response,
      ScoreBandCode band) {
    return ScoreMeasure.builder()
        .identifier(key(c, "7", id))
        .effective(at)
        .timepoint(timepoint)
        .performedByClient()
        .instrument(instrument)
        .value(value)
        .derivedFrom(response)
        .band(band)
        .build();
  }

  private ThreeXTenDMeasure threeXTenD(
      String c,
      String id,
      OffsetDateTime at,
      MeasurementTimepointCode timepoint,
      int[] values,
      BusinessIdentifier response) {
    ThreeXTenDMeasure.Builder measure =
        ThreeXTenDMeasure.builder()
            .identifier(key(c, "7", id))
            .effective(at)
            .timepoint(timepoint)
            .performedByClient()
            .derivedFrom(response);
    ThreeXTenDDimensionCode[] dimensions = ThreeXTenDDimensionCode.values();
    for (int i = 0; i < dimensions.length; i++) {
      measure.dimension(dimensions[i], values[i]);
    }
    return measure.build();
  }

  private QuestionnaireAnswers.Builder answers(
      String c,
      String id,
      String questionnaire,
      OffsetDateTime authored,
      MeasurementTimepointCode timepoint) {
    return QuestionnaireAnswers.builder()
        .identifier(key(c, "8", id))
        .questionnaireId(questionnaire)
        .authored(authored)
        .timepoint(timepoint)
        .source(Actor.client());
  }

  private QuestionnaireAnswers workAbilityScoreAnswers(
      String c,
      String id,
      OffsetDateTime authored,
      MeasurementTimepointCode timepoint,
      int points) {
    return answers(c, id, "work-ability-score", authored, timepoint)
        .answer(Answer.integer("was", points))
        .build();
  }

  /** The participation indicator with every item answered {@code each}. */
  private QuestionnaireAnswers participationAnswers(
      String c,
      String id,
      OffsetDateTime authored,
      MeasurementTimepointCode timepoint,
      ParticipationAnswerCode each) {
    QuestionnaireAnswers.Builder answers =
        answers(c, id, "participation-indicator", authored, timepoint);
    for (int item = 1; item <= 8; item++) {
      answers.answer(Answer.coding("pi-" + item, each));
    }
    return answers.build();
  }

  private QuestionnaireAnswers threeXTenDAnswers(
      String c,
      String id,
      OffsetDateTime authored,
      MeasurementTimepointCode timepoint,
      int[] values) {
    QuestionnaireAnswers.Builder answers = answers(c, id, "three-x-ten-d", authored, timepoint);
    for (int i = 0; i < values.length; i++) {
      answers.answer(Answer.integer("d" + (i + 1), values[i]));
    }
    return answers.build();
  }

  private QuestionnaireAnswers phq9Answers(
      String c,
      String id,
      OffsetDateTime authored,
      MeasurementTimepointCode timepoint,
      int[] weights) {
    QuestionnaireAnswers.Builder answers = answers(c, id, "phq-9", authored, timepoint);
    for (int i = 0; i < weights.length; i++) {
      String[] option = PHQ9_OPTIONS[weights[i]];
      answers.answer(
          Answer.coding(
              "phq9-" + (i + 1),
              new Answer.AnswerCoding("http://loinc.org", option[0], option[1])));
    }
    return answers.build();
  }

  /** AUDIT-C totalling 5 (2 + 1 + 2): at risk for a man. */
  private QuestionnaireAnswers auditCAnswers(String c, String id, OffsetDateTime authored) {
    return answers(c, id, "audit-c", authored, MeasurementTimepointCode.BASELINE)
        .answer(
            Answer.coding(
                "auditc-1",
                new Answer.AnswerCoding("http://loinc.org", "LA18927-6", "2-4 times a month")))
        .answer(
            Answer.coding(
                "auditc-2", new Answer.AnswerCoding("http://loinc.org", "LA15695-2", "3 or 4")))
        .answer(
            Answer.coding(
                "auditc-3", new Answer.AnswerCoding("http://loinc.org", "LA18876-5", "Monthly")))
        .build();
  }

  /** The experience survey (PREM) at follow-up. */
  private QuestionnaireAnswers premAnswers(String c, String id, OffsetDateTime authored) {
    return answers(
            c, id, "service-experience", authored, MeasurementTimepointCode.FOLLOW_UP_6_MONTHS)
        .answer(Answer.coding("prem-1", CopingChangeCode.BETTER))
        .answer(Answer.coding("prem-2", AgreementCode.STRONGLY_AGREE))
        .answer(Answer.coding("prem-3", AgreementCode.AGREE))
        .answer(Answer.coding("prem-4", AgreementCode.STRONGLY_AGREE))
        .answer(Answer.coding("prem-5", AgreementCode.AGREE))
        .build();
  }
}
