package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.AgreementCode;
import fi.tyokyky.model.code.CopingChangeCode;
import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.FollowUpTaskCode;
import fi.tyokyky.model.code.HealthCareCoverageCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ParticipationAnswerCode;
import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.code.TyokykyCode;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.CareTeamStatus;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.EmploymentStatus;
import fi.tyokyky.model.record.EncounterClass;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.HealthCareCoverage;
import fi.tyokyky.model.record.NetworkParticipant;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.PointInTime;
import fi.tyokyky.model.record.Professional;
import fi.tyokyky.model.record.ProfessionalRole;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.TaskStatus;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.model.record.UnemploymentDuration;
import fi.tyokyky.model.record.WorkAbilityFollowUpTask;
import fi.tyokyky.model.record.WorkAbilitySupportEpisode;
import fi.tyokyky.model.record.WorkAbilitySupportNetwork;
import fi.tyokyky.model.scoring.CannotScore;
import fi.tyokyky.model.scoring.Score;
import fi.tyokyky.model.scoring.ScoringResult;
import fi.tyokyky.model.scoring.ScoringService;
import fi.tyokyky.model.scoring.ThreeXTenDScore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the records of a synthetic cohort with the library's records and builders alone: for each
 * client of a {@link CohortPlan}, the visits a work-ability team records, one {@link Examination}
 * per visit in time order (consultation contacts, the nurse's health examination, the team
 * physician, the coordinator visits, the six-month follow-up), each carrying the client's service
 * path as it stands after the visit. Scores are computed from the answers by the library's {@link
 * ScoringService}, as a vendor's system would.
 *
 * <p>Which client gets which attribute is decided per client by deterministic permutations of the
 * seed ({@link Permutation}), so a cohort of any size is generated in constant memory, and the same
 * plan yields the same records. The counts of the plan are met exactly; {@link
 * Cohort#knownFigures()} computes the figures from the plan.
 *
 * <p>What the records hold, per client {@code i}:
 *
 * <ul>
 *   <li>a henkilötunnus with individual number 900–999 (the test range) and the check character,
 *       born in January of the year that gives the planned age at the episode start (January is
 *       never a referral month, so age by birth date and by birth year agree); synthetic Finnish
 *       names and a municipality; the address and phone are not part of the library's records and
 *       are added by the NDJSON writer ({@link SyntheticContact});
 *   <li>the episode, starting on the referral day with the referral source;
 *   <li>the consultation contacts (the first on the referral day, one a day), then the nurse's
 *       examination a week after the referral with the unemployment duration and, for PROM
 *       respondents, the baseline employment status, answers, scores and the six-month measurement
 *       task; the physician's visit a week later; coordinator visits from three weeks after the
 *       referral, two weeks apart, the first setting up the network and the last carrying the PREM
 *       answers and the outcomes; the follow-up visit six months after the examination with the
 *       six-month answers and employment status, completing the task.
 * </ul>
 *
 * <p>Thread-safe; a {@link Cohort} it returns is iterated by one thread at a time.
 */
public final class CohortGenerator {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private static final String[] FAMILY_NAMES = {
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
    "Heikkilä", "Kinnunen", "Salonen", "Turunen"
  };
  private static final String[] MALE_NAMES = {
    "Mikko", "Juha", "Timo", "Matti", "Kari", "Jari", "Antti", "Jukka", "Mika", "Pekka"
  };
  private static final String[] FEMALE_NAMES = {
    "Anna", "Maria", "Tiina", "Sari", "Päivi", "Laura", "Minna", "Johanna", "Heidi", "Satu"
  };
  private static final String[] MUNICIPALITIES = {"297", "749", "140", "915", "686"};

  /** Century signs for 1900s births, leaving out those the library's test clients use. */
  private static final char[] SIGNS_1900 = {'-', 'X', 'W', 'V', 'U'};

  /** Century signs for 2000s births, likewise. */
  private static final char[] SIGNS_2000 = {'A', 'C', 'D', 'E', 'F'};

  /** Birth days per January used, so that a birthday is never after a referral day. */
  private static final int BIRTH_DAYS = 28;

  /** Individual numbers 900–999 of one sex: 50. */
  private static final int NUMBERS_PER_SEX = 50;

  private static final int COORDINATOR_FIRST_DAY = 21;
  private static final int COORDINATOR_INTERVAL_DAYS = 14;

  private final ScoringService scoring;

  /** A generator with the package's scoring. */
  public CohortGenerator() {
    this(new ScoringService());
  }

  /**
   * A generator with the given scoring service.
   *
   * @param scoring the scoring of the answers; not null
   */
  public CohortGenerator(ScoringService scoring) {
    this.scoring = java.util.Objects.requireNonNull(scoring, "scoring");
  }

  /**
   * The cohort of {@code plan}: records made as it is iterated.
   *
   * @param plan the plan; not null
   * @return the cohort; never null
   */
  public Cohort cohort(CohortPlan plan) {
    return new Cohort(java.util.Objects.requireNonNull(plan, "plan"), this);
  }

  // ---------------------------------------------------------------------------------------------
  // One run over the clients

  /** The state of one pass over a cohort: the next free henkilötunnus per birth year and sex. */
  final class Run {
    private final CohortPlan plan;
    private final Assignments assign;
    private final List<Centre> centres = new ArrayList<>();
    private final Map<Long, Integer> nextSlot = new HashMap<>();

    Run(CohortPlan plan) {
      this.plan = plan;
      this.assign = new Assignments(plan);
      for (int c = 0; c < plan.centres(); c++) {
        centres.add(new Centre(plan.seed(), c));
      }
    }

    /** The visits of client {@code i}, in time order. Clients must be asked for in order. */
    List<Examination> client(int i) {
      return new ClientVisits(this, i).build();
    }
  }

  /** A health centre and the organisations and staff of its team. */
  static final class Centre {
    final SoteOrganisationOid oid;
    final Organisation organisation;
    final Professional nurse;
    final Professional physician;
    final Professional coordinator;
    final ProfessionalRole nurseRole;
    final ProfessionalRole physicianRole;
    final ProfessionalRole coordinatorRole;
    private final Map<OrganisationTypeCode, Organisation> partners = new HashMap<>();
    private final long seed;

    Centre(long seed, int index) {
      this.seed = seed;
      oid = SoteOrganisationOid.parse("1.2.246.10.99999997." + (index + 1) + ".10.0");
      organisation =
          Organisation.builder()
              .soteOid(oid)
              .name("Synteettinen terveysasema " + (index + 1))
              .type(OrganisationTypeCode.PRIMARY_HEALTH_CARE)
              .build();
      nurse = professional("nurse", "Terveydenhoitaja");
      physician = professional("physician", "Tiimilääkäri");
      coordinator = professional("coordinator", "Työkykykoordinaattori");
      nurseRole = role("nurse", nurse, ProfessionalRoleCode.NURSE);
      physicianRole = role("physician", physician, ProfessionalRoleCode.PHYSICIAN);
      coordinatorRole =
          role("coordinator", coordinator, ProfessionalRoleCode.WORK_ABILITY_COORDINATOR);
    }

    BusinessIdentifier key(String arc, String value) {
      return BusinessIdentifier.underOrganisation(oid, arc, "cohort-" + seed + "-" + value);
    }

    /** The partner organisation of {@code type} in the centre's area (one per type). */
    Organisation partner(OrganisationTypeCode type) {
      return partners.computeIfAbsent(
          type,
          t ->
              Organisation.builder()
                  .identifier(key("14", "org-" + t.code()))
                  .name(t.display() + " (synteettinen)")
                  .type(t)
                  .build());
    }

    private Professional professional(String kind, String familyName) {
      return Professional.builder()
          .identifier(key("2", kind))
          .familyName(familyName)
          .givenNames("Synteettinen")
          .build();
    }

    private ProfessionalRole role(
        String kind, Professional professional, ProfessionalRoleCode code) {
      return ProfessionalRole.builder()
          .identifier(key("3", "role-" + kind))
          .professional(professional.key())
          .organisation(organisation.key())
          .role(code)
          .build();
    }
  }

  /** The visits of one client. */
  private final class ClientVisits {
    private final Run run;
    private final CohortPlan plan;
    private final Assignments assign;
    private final int i;
    private final Centre centre;
    private final LocalDate referred;
    private final LocalDate examined;
    private final Client client;
    private final BusinessIdentifier pathKey;
    private final BusinessIdentifier networkKey;
    private final OrganisationTypeCode source;
    private final List<ServicePathPhaseCode> phases = new ArrayList<>();
    private final List<LocalDate> phaseDays = new ArrayList<>();
    private final List<Examination> visits = new ArrayList<>();
    private int visitNumber;

    ClientVisits(Run run, int i) {
      this.run = run;
      this.plan = run.plan;
      this.assign = run.assign;
      this.i = i;
      this.centre = run.centres.get(i % run.centres.size());
      this.referred = assign.referralDay(i);
      this.examined = referred.plusDays(7);
      this.source = assign.referralSource(i);
      this.pathKey = key("5", "path");
      this.networkKey = assign.isNetworkClient(i) ? key("6", "network") : null;
      this.client = client();
    }

    List<Examination> build() {
      for (int k = 0; k < assign.contacts(i); k++) {
        contact(k);
      }
      nurseExamination();
      if (assign.isPhysicianClient(i)) {
        physicianVisit();
      }
      int coordinatorVisits = assign.coordinatorVisits(i);
      for (int v = 0; v < coordinatorVisits; v++) {
        coordinatorVisit(v, v == coordinatorVisits - 1);
      }
      if (assign.isFollowUpRespondent(i)) {
        followUpVisit();
      }
      return visits;
    }

    private BusinessIdentifier key(String arc, String kind) {
      return centre.key(arc, i + "-" + kind);
    }

    // -- visits ----------------------------------------------------------------------------------

    private void contact(int k) {
      // Spread over the week before the examination, so that the visits stay in time order.
      int contacts = assign.contacts(i);
      OffsetDateTime at =
          at(referred.plusDays(7L * k / contacts), LocalTime.of(14, 0)).plusMinutes(k);
      reach(ServicePathPhaseCode.NEED_IDENTIFIED, referred);
      ExaminationEncounter encounter =
          encounter(EncounterTypeCode.CONSULTATION_CONTACT, at, centre.coordinatorRole)
              .encounterClass(EncounterClass.VIRTUAL)
              .contactOrganisationType(assign.contactSource(i, k))
              .build();
      visits.add(visit(encounter).build());
    }

    private void nurseExamination() {
      OffsetDateTime at = at(examined, LocalTime.of(9, 0));
      reach(ServicePathPhaseCode.NEED_IDENTIFIED, referred);
      Examination.Builder visit =
          visit(
                  encounter(EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION, at, centre.nurseRole)
                      .build())
              .unemploymentDuration(
                  UnemploymentDuration.builder()
                      .identifier(key("7", "unemployment-duration"))
                      .effective(at)
                      .performer(Actor.role(centre.nurseRole.key()))
                      .months(assign.unemploymentMonths(i))
                      .build())
              .healthCareCoverage(
                  HealthCareCoverage.builder()
                      .identifier(key("7", "coverage"))
                      .effective(at)
                      .performer(Actor.role(centre.nurseRole.key()))
                      .value(HealthCareCoverageCode.NONE)
                      .build());
      if (assign.isBaselineRespondent(i)) {
        Prom prom =
            prom(
                "baseline",
                at.plusMinutes(5),
                MeasurementTimepointCode.BASELINE,
                assign.workAbilityBaseline(i),
                assign.participationBaseline(i),
                assign.threeXTenDBaseline(i));
        visit
            .employmentStatus(
                employmentStatus(
                    "baseline",
                    at,
                    centre.nurseRole,
                    MeasurementTimepointCode.BASELINE,
                    assign.baselineEmployment(i)))
            .questionnaireAnswers(prom.answers())
            .scores(prom.scores())
            .threeXTenD(prom.threeXTenD())
            .tasks(sixMonthTask(TaskStatus.REQUESTED, null));
      }
      visits.add(visit.build());
    }

    private void physicianVisit() {
      LocalDate day = referred.plusDays(14);
      reach(ServicePathPhaseCode.GOALS_SET, day);
      visits.add(
          visit(
                  encounter(
                          EncounterTypeCode.TEAM_PHYSICIAN_VISIT,
                          at(day, LocalTime.of(10, 0)),
                          centre.physicianRole)
                      .build())
              .build());
    }

    private void coordinatorVisit(int v, boolean last) {
      LocalDate day = referred.plusDays(COORDINATOR_FIRST_DAY + COORDINATOR_INTERVAL_DAYS * v);
      OffsetDateTime at = at(day, LocalTime.of(13, 0));
      reach(ServicePathPhaseCode.SERVICES_PLANNED, day);
      boolean withNetwork = v == 0 && networkKey != null;
      Examination.Builder visit =
          visit(
              encounter(EncounterTypeCode.COORDINATOR_VISIT, at, centre.coordinatorRole).build(),
              withNetwork);
      if (withNetwork) {
        visit.network(network(day));
      }
      if (last) {
        QuestionnaireAnswers prem = prem(at.plusMinutes(40));
        if (prem != null) {
          visit.questionnaireAnswers(prem);
        }
        List<EmploymentOutcome> outcomes = outcomes(day);
        visit.outcomes(outcomes.toArray(EmploymentOutcome[]::new));
      }
      visits.add(visit.build());
    }

    private void followUpVisit() {
      LocalDate day = examined.plusMonths(6);
      OffsetDateTime at = at(day, LocalTime.of(9, 0));
      reach(ServicePathPhaseCode.ONWARD_REFERRAL_FOLLOW_UP, day);
      Prom prom =
          prom(
              "follow-up",
              at.plusMinutes(5),
              MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
              assign.workAbilityFollowUp(i),
              assign.participationFollowUp(i),
              assign.threeXTenDFollowUp(i));
      visits.add(
          visit(encounter(EncounterTypeCode.FOLLOW_UP_VISIT, at, centre.coordinatorRole).build())
              .employmentStatus(
                  employmentStatus(
                      "follow-up",
                      at,
                      centre.coordinatorRole,
                      MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                      assign.followUpEmployment(i)))
              .questionnaireAnswers(prom.answers())
              .scores(prom.scores())
              .threeXTenD(prom.threeXTenD())
              .tasks(sixMonthTask(TaskStatus.COMPLETED, PointInTime.of(at.plusMinutes(30))))
              .build());
    }

    // -- parts -----------------------------------------------------------------------------------

    private Examination.Builder visit(ExaminationEncounter encounter) {
      return visit(encounter, false);
    }

    /** A visit; with {@code partners}, the organisations of the client's network too. */
    private Examination.Builder visit(ExaminationEncounter encounter, boolean partners) {
      List<Organisation> organisations = new ArrayList<>();
      organisations.add(centre.organisation);
      if (partners) {
        for (OrganisationTypeCode type : assign.networkTypes(i)) {
          organisations.add(centre.partner(type));
        }
      }
      return Examination.builder()
          .client(client)
          .encounter(encounter)
          .organisations(organisations.toArray(Organisation[]::new))
          .professionals(centre.nurse, centre.physician, centre.coordinator)
          .roles(centre.nurseRole, centre.physicianRole, centre.coordinatorRole)
          .episode(episode());
    }

    private ExaminationEncounter.Builder encounter(
        EncounterTypeCode type, OffsetDateTime start, ProfessionalRole seenBy) {
      visitNumber++;
      return ExaminationEncounter.builder()
          .identifier(key("4", "visit-" + visitNumber))
          .type(type)
          .start(start)
          .end(start.plusMinutes(45))
          .participant(seenBy.key())
          .serviceProvider(centre.organisation.key())
          .episode(pathKey);
    }

    /** Moves the path to {@code phase} on {@code day}, unless it is there or further already. */
    private void reach(ServicePathPhaseCode phase, LocalDate day) {
      if (phases.isEmpty() || phases.get(phases.size() - 1).ordinal() < phase.ordinal()) {
        phases.add(phase);
        phaseDays.add(day);
      }
    }

    private WorkAbilitySupportEpisode episode() {
      WorkAbilitySupportEpisode.Builder episode =
          WorkAbilitySupportEpisode.builder()
              .identifier(pathKey)
              .referralSource(source)
              .start(referred)
              .managingOrganisation(centre.organisation.key())
              .careManager(centre.coordinatorRole.key())
              .phase(phases.get(phases.size() - 1));
      if (networkKey != null && phases.contains(ServicePathPhaseCode.SERVICES_PLANNED)) {
        episode.network(networkKey);
      }
      for (int p = 0; p < phases.size(); p++) {
        episode.phaseHistory(
            phases.get(p), phaseDays.get(p), p + 1 < phases.size() ? phaseDays.get(p + 1) : null);
      }
      return episode.build();
    }

    private WorkAbilitySupportNetwork network(LocalDate start) {
      WorkAbilitySupportNetwork.Builder network =
          WorkAbilitySupportNetwork.builder()
              .identifier(networkKey)
              .status(CareTeamStatus.ACTIVE)
              .name("Asiakkaan monialainen verkosto")
              .start(start)
              .managingOrganisation(centre.organisation.key());
      for (OrganisationTypeCode type : assign.networkTypes(i)) {
        network.participant(NetworkParticipant.organisation(type, centre.partner(type).key()));
      }
      return network.build();
    }

    private EmploymentStatus employmentStatus(
        String kind,
        OffsetDateTime at,
        ProfessionalRole by,
        MeasurementTimepointCode timepoint,
        EmploymentStatusCode value) {
      return EmploymentStatus.builder()
          .identifier(key("7", "employment-status-" + kind))
          .effective(at)
          .performer(Actor.role(by.key()))
          .timepoint(timepoint)
          .value(value)
          .build();
    }

    private WorkAbilityFollowUpTask sixMonthTask(TaskStatus status, PointInTime done) {
      WorkAbilityFollowUpTask.Builder task =
          WorkAbilityFollowUpTask.builder()
              .identifier(key("13", "task-six-months"))
              .status(status)
              .code(FollowUpTaskCode.OUTCOME_MEASUREMENT)
              .authoredOn(examined)
              .owner(centre.coordinatorRole.key())
              .dueDate(examined.plusMonths(6));
      if (done != null) {
        task.executionEnd(done).lastModified(done);
      }
      return task.build();
    }

    /** The three PROM instruments answered at one timepoint, with their scores. */
    private Prom prom(
        String kind,
        OffsetDateTime at,
        MeasurementTimepointCode timepoint,
        int workAbility,
        int participationSteps,
        int threeXTenD) {
      QuestionnaireAnswers was =
          answers(kind + "-was", "work-ability-score", at, timepoint)
              .answer(Answer.integer("was", workAbility))
              .build();
      QuestionnaireAnswers.Builder participation =
          answers(kind + "-participation", "participation-indicator", at.plusMinutes(2), timepoint);
      // 8 items, each 1–5: 8 + 4·steps as the sum gives 12.5·steps points exactly.
      int low =
          participationSteps % 2 == 0 ? 1 + participationSteps / 2 : (participationSteps + 1) / 2;
      int high = participationSteps % 2 == 0 ? low : low + 1;
      for (int item = 1; item <= 8; item++) {
        int level = item <= 4 ? low : high;
        participation.answer(
            Answer.coding("pi-" + item, ParticipationAnswerCode.fromCode(String.valueOf(level))));
      }
      QuestionnaireAnswers participationAnswers = participation.build();
      QuestionnaireAnswers.Builder dimensions =
          answers(
              kind + "-3x10d", ThreeXTenDMeasure.QUESTIONNAIRE_ID, at.plusMinutes(4), timepoint);
      for (int d = 1; d <= 10; d++) {
        dimensions.answer(Answer.integer("d" + d, threeXTenD));
      }
      QuestionnaireAnswers dimensionAnswers = dimensions.build();
      return new Prom(
          new QuestionnaireAnswers[] {was, participationAnswers, dimensionAnswers},
          new ScoreMeasure[] {
            scoreOf(scoring.score(was, client.gender())),
            scoreOf(scoring.score(participationAnswers, client.gender()))
          },
          threeXTenDOf(scoring.score(dimensionAnswers, client.gender())));
    }

    /** The PREM answers of client {@code i}, or null if not a respondent. */
    private QuestionnaireAnswers prem(OffsetDateTime at) {
      if (!assign.isPremRespondent(i)) {
        return null;
      }
      QuestionnaireAnswers.Builder answers = answers("prem", "service-experience", at, null);
      for (int item = 0; item < CohortPlan.PREM_ITEMS; item++) {
        Boolean positive = assign.premPositive(i, item);
        if (positive == null) {
          continue;
        }
        boolean strong = (i + item) % 2 == 0;
        TyokykyCode answer;
        if (item == 0) {
          answer =
              positive
                  ? (strong ? CopingChangeCode.MUCH_BETTER : CopingChangeCode.BETTER)
                  : (strong ? CopingChangeCode.SAME : CopingChangeCode.WORSE);
        } else {
          answer =
              positive
                  ? (strong ? AgreementCode.STRONGLY_AGREE : AgreementCode.AGREE)
                  : (strong ? AgreementCode.NEUTRAL : AgreementCode.DISAGREE);
        }
        answers.answer(Answer.coding("prem-" + (item + 1), answer));
      }
      return answers.build();
    }

    /**
     * The outcomes, dated on the day of the visit that records them (a month would read as its
     * first day, which can fall before the reporting period).
     */
    private List<EmploymentOutcome> outcomes(LocalDate day) {
      List<EmploymentOutcome> outcomes = new ArrayList<>();
      int contracts = assign.contracts(i);
      for (int c = 0; c < contracts; c++) {
        outcomes.add(
            EmploymentOutcome.builder()
                .identifier(key("7", "outcome-contract-" + (c + 1)))
                .effective(PointInTime.of(day))
                .performer(Actor.role(centre.coordinatorRole.key()))
                .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
                .wageSubsidy(c == 0 && assign.hasWageSubsidy(i))
                .interrupted(c == 0 && assign.isInterrupted(i))
                .build());
      }
      if (assign.hasWorkTrial(i)) {
        outcomes.add(
            EmploymentOutcome.builder()
                .identifier(key("7", "outcome-work-trial"))
                .effective(PointInTime.of(day))
                .performer(Actor.role(centre.coordinatorRole.key()))
                .outcome(EmploymentOutcomeCode.WORK_TRIAL)
                .build());
      }
      return outcomes;
    }

    private QuestionnaireAnswers.Builder answers(
        String kind, String questionnaire, OffsetDateTime authored, MeasurementTimepointCode when) {
      return QuestionnaireAnswers.builder()
          .identifier(key("8", "qr-" + kind))
          .questionnaireId(questionnaire)
          .authored(authored)
          .timepoint(when)
          .source(Actor.client());
    }

    private Client client() {
      boolean male = assign.gender(i) == Gender.MALE;
      boolean odd =
          assign.gender(i) == Gender.MALE || (assign.gender(i) != Gender.FEMALE && i % 2 == 1);
      int birthYear = referred.getYear() - assign.age(i);
      long counter = birthYear * 2L + (odd ? 1 : 0);
      int slot = run.nextSlot.merge(counter, 1, Integer::sum) - 1;
      int day = 1 + slot % BIRTH_DAYS;
      int number = slot / BIRTH_DAYS;
      int sign = number / NUMBERS_PER_SEX;
      char[] signs = birthYear >= 2000 ? SIGNS_2000 : SIGNS_1900;
      if (birthYear < 1900 || birthYear > 2099 || sign >= signs.length) {
        throw new IllegalStateException(
            "Cohort: no free test henkilötunnus left for a birth year of the plan; use fewer clients");
      }
      int individual = 900 + 2 * (number % NUMBERS_PER_SEX) + (odd ? 1 : 0);
      LocalDate birth = LocalDate.of(birthYear, 1, day);
      String ddmmyy = String.format("%02d01%02d", day, birthYear % 100);
      String digits = ddmmyy + individual;
      Henkilotunnus hetu =
          Henkilotunnus.parse(
              ddmmyy + signs[sign] + individual + Henkilotunnus.checkCharacter(digits));
      String[] given = male || assign.gender(i) != Gender.FEMALE ? MALE_NAMES : FEMALE_NAMES;
      return Client.builder()
          .henkilotunnus(hetu)
          .identifier(key("1", "client"))
          .familyName(FAMILY_NAMES[i % FAMILY_NAMES.length])
          .givenNames(given[(i / FAMILY_NAMES.length) % given.length])
          .gender(assign.gender(i))
          .birthDate(birth)
          .municipalityCode(MUNICIPALITIES[i % MUNICIPALITIES.length])
          .build();
    }

    private OffsetDateTime at(LocalDate day, LocalTime time) {
      return day.atTime(time).atZone(HELSINKI).toOffsetDateTime();
    }
  }

  private static ScoreMeasure scoreOf(ScoringResult result) {
    if (result instanceof Score score) {
      return score.measure();
    }
    throw new IllegalStateException(
        "Cohort: the generated answers could not be scored: "
            + (result instanceof CannotScore cannot ? cannot.message() : result));
  }

  private static ThreeXTenDMeasure threeXTenDOf(ScoringResult result) {
    if (result instanceof ThreeXTenDScore score) {
      return score.measure();
    }
    throw new IllegalStateException(
        "Cohort: the generated 3X10D answers could not be scored: "
            + (result instanceof CannotScore cannot ? cannot.message() : result));
  }

  private record Prom(
      QuestionnaireAnswers[] answers, ScoreMeasure[] scores, ThreeXTenDMeasure threeXTenD) {}
}
