package fi.tyokyky.server;

import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.FollowUpTaskCode;
import fi.tyokyky.model.code.GoalCategoryCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.code.ReferralServiceCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.EpisodeStatus;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.GoalAchievement;
import fi.tyokyky.model.record.GoalLifecycleStatus;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.Professional;
import fi.tyokyky.model.record.ProfessionalRole;
import fi.tyokyky.model.record.RequestStatus;
import fi.tyokyky.model.record.TaskFocus;
import fi.tyokyky.model.record.TaskStatus;
import fi.tyokyky.model.record.WorkAbilityFollowUpTask;
import fi.tyokyky.model.record.WorkAbilityGoal;
import fi.tyokyky.model.record.WorkAbilityReferral;
import fi.tyokyky.model.record.WorkAbilitySupportEpisode;
import fi.tyokyky.model.record.WorkAbilitySupportPlan;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One client's service path as four visit submissions built with the library, each carrying the
 * records that live across visits as they stood after that visit:
 *
 * <ol>
 *   <li>nurse's health examination: the path opens in phase 1 (need identified);
 *   <li>physician's visit: phase 2, a goal in progress, the support plan;
 *   <li>coordinator's visit: phase 4, an IPS referral and a task to track it (requested);
 *   <li>follow-up six months later: phase 6 and the path finished, the goal achieved, plan and
 *       referral completed, the task completed, an employment outcome.
 * </ol>
 *
 * <p>Every record is stamped with its visit's end ({@code source-changed}, the library's default).
 * Path {@code n} of a run has its own client (henkilötunnus with an individual number 900–998, born
 * in the 2000s so no other scenario's client shares it) and its own record ids.
 */
final class ClientPath {

  /** How many visits a path has. */
  static final int VISITS = 4;

  private static final OffsetDateTime FIRST_VISIT =
      OffsetDateTime.of(2026, 1, 12, 9, 0, 0, 0, ZoneOffset.ofHours(2));
  private static final SoteOrganisationOid CENTRE =
      SoteOrganisationOid.parse("1.2.246.10.99999997.10.0");

  private final String runId;
  private final int n;
  private final List<Examination> visits = new ArrayList<>();

  /** Path {@code n} (0–4999) of run {@code runId} (letters, digits, hyphens). */
  ClientPath(String runId, int n) {
    this.runId = runId;
    this.n = n;
    build();
  }

  /** The path's visits in order. */
  ClientVisits visits() {
    return new ClientVisits(visits);
  }

  private BusinessIdentifier key(String arc, String kind) {
    return BusinessIdentifier.underOrganisation(CENTRE, arc, runId + "-" + n + "-" + kind);
  }

  private String henkilotunnus() {
    LocalDate birth = LocalDate.of(2000 + n % 8, 1 + (n / 8) % 12, 1 + (n / 96) % 28);
    String ddmmyy =
        String.format(
            "%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
    // Even individual numbers: the code's sex agrees with the client's gender.
    String individual = Integer.toString(900 + 2 * ((n / 2688) % 50));
    return ddmmyy + "A" + individual + Henkilotunnus.checkCharacter(ddmmyy + individual);
  }

  private void build() {
    Organisation centre =
        Organisation.builder()
            .soteOid(CENTRE)
            .name("Polkulan terveysasema")
            .type(OrganisationTypeCode.PRIMARY_HEALTH_CARE)
            .build();
    Organisation employment =
        Organisation.builder()
            .identifier(BusinessIdentifier.underOrganisation(CENTRE, "14", "employment-services"))
            .name("Polkulan työllisyyspalvelut")
            .type(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
            .build();
    Professional nurse = professional("nurse", "Hoitaja");
    Professional physician = professional("physician", "Lääkäri");
    Professional coordinator = professional("coordinator", "Koordinaattori");
    ProfessionalRole nurseRole = role("nurse", nurse, centre, ProfessionalRoleCode.NURSE);
    ProfessionalRole physicianRole =
        role("physician", physician, centre, ProfessionalRoleCode.PHYSICIAN);
    ProfessionalRole coordinatorRole =
        role("coordinator", coordinator, centre, ProfessionalRoleCode.WORK_ABILITY_COORDINATOR);
    Henkilotunnus hetu = Henkilotunnus.parse(henkilotunnus());
    Client client =
        Client.builder()
            .henkilotunnus(hetu)
            .identifier(key("1", "client"))
            .familyName("Polkulainen")
            .givenNames("Paula")
            .gender(Gender.FEMALE)
            .birthDate(hetu.birthDate())
            .build();

    OffsetDateTime[] starts = {
      FIRST_VISIT, FIRST_VISIT.plusDays(14), FIRST_VISIT.plusDays(28), FIRST_VISIT.plusMonths(6)
    };
    EncounterTypeCode[] types = {
      EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION, EncounterTypeCode.TEAM_PHYSICIAN_VISIT,
      EncounterTypeCode.COORDINATOR_VISIT, EncounterTypeCode.FOLLOW_UP_VISIT
    };
    ProfessionalRole[] seenBy = {nurseRole, physicianRole, coordinatorRole, coordinatorRole};
    ServicePathPhaseCode[] phases = {
      ServicePathPhaseCode.NEED_IDENTIFIED, ServicePathPhaseCode.GOALS_SET,
      ServicePathPhaseCode.SUPPORT_IN_PROGRESS, ServicePathPhaseCode.GOAL_ACHIEVED
    };
    LocalDate opened = starts[0].toLocalDate();
    LocalDate finished = starts[3].toLocalDate();
    BusinessIdentifier goalKey = key("10", "goal");
    BusinessIdentifier planKey = key("11", "plan");
    BusinessIdentifier referralKey = key("12", "referral");

    for (int v = 0; v < VISITS; v++) {
      boolean last = v == VISITS - 1;
      WorkAbilitySupportEpisode.Builder episode =
          WorkAbilitySupportEpisode.builder()
              .identifier(key("5", "path"))
              .phase(phases[v])
              .referralSource(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
              .start(opened)
              .managingOrganisation(centre.key())
              .careManager(coordinatorRole.key());
      if (last) {
        episode.status(EpisodeStatus.FINISHED).end(finished);
      }
      ExaminationEncounter encounter =
          ExaminationEncounter.builder()
              .identifier(key("4", "visit-" + (v + 1)))
              .type(types[v])
              .start(starts[v])
              .end(starts[v].plusMinutes(45))
              .participant(seenBy[v].key())
              .serviceProvider(centre.key())
              .episode(episode.build().key())
              .build();
      Examination.Builder visit =
          Examination.builder()
              .client(client)
              .encounter(encounter)
              .organisations(centre, employment)
              .professionals(nurse, physician, coordinator)
              .roles(nurseRole, physicianRole, coordinatorRole)
              .episode(episode.build());
      if (v >= 1) {
        visit.goals(
            WorkAbilityGoal.builder()
                .identifier(goalKey)
                .lifecycleStatus(last ? GoalLifecycleStatus.COMPLETED : GoalLifecycleStatus.ACTIVE)
                .achievement(last ? GoalAchievement.ACHIEVED : GoalAchievement.IN_PROGRESS)
                .categories(GoalCategoryCode.EMPLOYMENT)
                .description("Työ tuetusti puolen vuoden kuluessa")
                .start(starts[1].toLocalDate())
                .expressedBy(Actor.client())
                .statusDate(starts[v].toLocalDate())
                .build());
        WorkAbilitySupportPlan.Builder plan =
            WorkAbilitySupportPlan.builder()
                .identifier(planKey)
                .status(last ? RequestStatus.COMPLETED : RequestStatus.ACTIVE)
                .title("Työkyvyn tuen suunnitelma")
                .start(starts[1].toLocalDate())
                .created(starts[1].toLocalDate())
                .author(physicianRole.key())
                .goal(goalKey);
        if (v >= 2) {
          plan.referral(referralKey);
        }
        visit.plan(plan.build());
      }
      if (v >= 2) {
        visit.referrals(
            WorkAbilityReferral.builder()
                .identifier(referralKey)
                .status(last ? RequestStatus.COMPLETED : RequestStatus.ACTIVE)
                .service(ReferralServiceCode.IPS_SUPPORTED_EMPLOYMENT)
                .authoredOn(starts[2].toLocalDate())
                .requester(coordinatorRole.key())
                .performerType(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
                .performer(employment.key())
                .plan(planKey)
                .build());
        visit.tasks(
            WorkAbilityFollowUpTask.builder()
                .identifier(key("13", "task-referral"))
                .status(last ? TaskStatus.COMPLETED : TaskStatus.REQUESTED)
                .code(FollowUpTaskCode.TRACK_REFERRAL)
                .focus(TaskFocus.referral(referralKey))
                .authoredOn(starts[2].toLocalDate())
                .owner(coordinatorRole.key())
                .dueDate(starts[2].toLocalDate().plusWeeks(6))
                .build());
      }
      if (last) {
        visit.outcomes(
            EmploymentOutcome.builder()
                .identifier(key("7", "outcome"))
                .effective(finished)
                .timepoint(MeasurementTimepointCode.FOLLOW_UP_6_MONTHS)
                .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
                .wageSubsidy(true)
                .interrupted(false)
                .build());
      }
      visits.add(visit.build());
    }
  }

  private Professional professional(String kind, String familyName) {
    return Professional.builder()
        .identifier(BusinessIdentifier.underOrganisation(CENTRE, "2", kind))
        .familyName(familyName)
        .givenNames("Testi")
        .build();
  }

  private static ProfessionalRole role(
      String kind, Professional professional, Organisation centre, ProfessionalRoleCode code) {
    return ProfessionalRole.builder()
        .identifier(BusinessIdentifier.underOrganisation(CENTRE, "3", "role-" + kind))
        .professional(professional.key())
        .organisation(centre.key())
        .role(code)
        .build();
  }
}
