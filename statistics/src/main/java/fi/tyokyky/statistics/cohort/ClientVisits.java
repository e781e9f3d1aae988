package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.HealthCareCoverageCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.EncounterClass;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.HealthCareCoverage;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.PointInTime;
import fi.tyokyky.model.record.ProfessionalRole;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.TaskStatus;
import fi.tyokyky.model.record.UnemploymentDuration;
import fi.tyokyky.model.scoring.ScoringService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The visits of one client, one {@link Examination} each, in time order: the consultation contacts
 * (the first on the referral day, one a day), the nurse's examination a week after the referral,
 * the physician's visit a week later, coordinator visits from three weeks after the referral, two
 * weeks apart (the first setting up the network, the last carrying the PREM answers and the
 * outcomes), and the follow-up visit six months after the examination. Each visit carries the
 * client's service path as it stands after it.
 */
final class ClientVisits {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private static final int COORDINATOR_FIRST_DAY = 21;
  private static final int COORDINATOR_INTERVAL_DAYS = 14;

  private final Assignments assign;
  private final int i;
  private final HealthCentre centre;
  private final ClientKeys keys;
  private final LocalDate referred;
  private final LocalDate examined;
  private final Client client;
  private final ServicePath path;
  private final SupportNetwork network;
  private final Questionnaires questionnaires;
  private final OutcomeRecords outcomes;
  private final List<Examination> visits = new ArrayList<>();
  private int visitNumber;

  ClientVisits(
      Assignments assign,
      HealthCentre centre,
      SyntheticClients clients,
      ScoringService scoring,
      int i) {
    this.assign = assign;
    this.i = i;
    this.centre = centre;
    this.keys = new ClientKeys(centre, i);
    this.referred = assign.referralDay(i);
    this.examined = referred.plusDays(7);
    this.network =
        assign.isNetworkClient(i)
            ? new SupportNetwork(centre, keys.of("6", "network"), assign.networkTypes(i))
            : null;
    this.path =
        new ServicePath(
            centre,
            keys.of("5", "path"),
            assign.referralSource(i),
            referred,
            network == null ? null : network.key());
    this.client = clients.client(i, referred, keys.of("1", "client"));
    this.questionnaires = new Questionnaires(scoring, assign, keys, client.gender());
    this.outcomes = new OutcomeRecords(assign, keys, examined);
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

  private void contact(int k) {
    // Spread over the week before the examination, so that the visits stay in time order.
    int contacts = assign.contacts(i);
    OffsetDateTime at =
        at(referred.plusDays(7L * k / contacts), LocalTime.of(14, 0)).plusMinutes(k);
    path.reach(ServicePathPhaseCode.NEED_IDENTIFIED, referred);
    ExaminationEncounter encounter =
        encounter(EncounterTypeCode.CONSULTATION_CONTACT, at, centre.coordinatorRole)
            .encounterClass(EncounterClass.VIRTUAL)
            .contactOrganisationType(assign.contactSource(i, k))
            .build();
    visits.add(visit(encounter).build());
  }

  private void nurseExamination() {
    OffsetDateTime at = at(examined, LocalTime.of(9, 0));
    path.reach(ServicePathPhaseCode.NEED_IDENTIFIED, referred);
    Examination.Builder visit =
        visit(
                encounter(EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION, at, centre.nurseRole)
                    .build())
            .unemploymentDuration(
                UnemploymentDuration.builder()
                    .identifier(keys.of("7", "unemployment-duration"))
                    .effective(at)
                    .performer(Actor.role(centre.nurseRole.key()))
                    .months(assign.unemploymentMonths(i))
                    .build())
            .healthCareCoverage(
                HealthCareCoverage.builder()
                    .identifier(keys.of("7", "coverage"))
                    .effective(at)
                    .performer(Actor.role(centre.nurseRole.key()))
                    .value(HealthCareCoverageCode.NONE)
                    .build());
    if (assign.isBaselineRespondent(i)) {
      Questionnaires.ScoredProm prom =
          questionnaires.prom(
              "baseline",
              at.plusMinutes(5),
              MeasurementTimepointCode.BASELINE,
              assign.workAbilityBaseline(i),
              assign.participationBaseline(i),
              assign.threeXTenDBaseline(i));
      visit
          .employmentStatus(
              outcomes.employmentStatus(
                  "baseline",
                  at,
                  centre.nurseRole,
                  MeasurementTimepointCode.BASELINE,
                  assign.baselineEmployment(i)))
          .questionnaireAnswers(prom.answers())
          .scores(prom.scores())
          .threeXTenD(prom.threeXTenD())
          .tasks(outcomes.sixMonthTask(TaskStatus.REQUESTED, null));
    }
    visits.add(visit.build());
  }

  private void physicianVisit() {
    LocalDate day = referred.plusDays(14);
    path.reach(ServicePathPhaseCode.GOALS_SET, day);
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
    path.reach(ServicePathPhaseCode.SERVICES_PLANNED, day);
    boolean withNetwork = v == 0 && network != null;
    Examination.Builder visit =
        visit(
            encounter(EncounterTypeCode.COORDINATOR_VISIT, at, centre.coordinatorRole).build(),
            withNetwork);
    if (withNetwork) {
      visit.network(network.network(day));
    }
    if (last) {
      QuestionnaireAnswers prem = questionnaires.prem(at.plusMinutes(40));
      if (prem != null) {
        visit.questionnaireAnswers(prem);
      }
      List<EmploymentOutcome> recorded = outcomes.outcomes(day);
      visit.outcomes(recorded.toArray(EmploymentOutcome[]::new));
    }
    visits.add(visit.build());
  }

  private void followUpVisit() {
    LocalDate day = examined.plusMonths(6);
    OffsetDateTime at = at(day, LocalTime.of(9, 0));
    path.reach(ServicePathPhaseCode.ONWARD_REFERRAL_FOLLOW_UP, day);
    Questionnaires.ScoredProm prom =
        questionnaires.prom(
            "follow-up",
            at.plusMinutes(5),
            MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
            assign.workAbilityFollowUp(i),
            assign.participationFollowUp(i),
            assign.threeXTenDFollowUp(i));
    visits.add(
        visit(encounter(EncounterTypeCode.FOLLOW_UP_VISIT, at, centre.coordinatorRole).build())
            .employmentStatus(
                outcomes.employmentStatus(
                    "follow-up",
                    at,
                    centre.coordinatorRole,
                    MeasurementTimepointCode.FOLLOW_UP_6_MONTHS,
                    assign.followUpEmployment(i)))
            .questionnaireAnswers(prom.answers())
            .scores(prom.scores())
            .threeXTenD(prom.threeXTenD())
            .tasks(outcomes.sixMonthTask(TaskStatus.COMPLETED, PointInTime.of(at.plusMinutes(30))))
            .build());
  }

  private Examination.Builder visit(ExaminationEncounter encounter) {
    return visit(encounter, false);
  }

  /** A visit; with {@code partners}, the organisations of the client's network too. */
  private Examination.Builder visit(ExaminationEncounter encounter, boolean partners) {
    List<Organisation> organisations = new ArrayList<>();
    organisations.add(centre.organisation);
    if (partners) {
      organisations.addAll(network.partners());
    }
    return Examination.builder()
        .client(client)
        .encounter(encounter)
        .organisations(organisations.toArray(Organisation[]::new))
        .professionals(centre.nurse, centre.physician, centre.coordinator)
        .roles(centre.nurseRole, centre.physicianRole, centre.coordinatorRole)
        .episode(path.episode());
  }

  private ExaminationEncounter.Builder encounter(
      EncounterTypeCode type, OffsetDateTime start, ProfessionalRole seenBy) {
    visitNumber++;
    return ExaminationEncounter.builder()
        .identifier(keys.of("4", "visit-" + visitNumber))
        .type(type)
        .start(start)
        .end(start.plusMinutes(45))
        .participant(seenBy.key())
        .serviceProvider(centre.organisation.key())
        .episode(path.key());
  }

  private static OffsetDateTime at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(HELSINKI).toOffsetDateTime();
  }
}
