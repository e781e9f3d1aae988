package fi.tyokyky.model.record;

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
import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.code.ThreeXTenDDimensionCode;
import fi.tyokyky.model.code.WorkAbilityConclusionCode;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A complete, fictitious examination for tests: every record kind of the library, built with the
 * public builders. The client's henkilötunnus uses individual number 912 (test range 900–999).
 *
 * <p>Business identifiers follow the documented convention: one OID arc per kind of record under
 * the health centre's SOTE OID.
 */
public final class ExaminationFixtures {

  /** A henkilötunnus in the test range: born 15 March 1985, individual number 912 (female). */
  public static final String HETU = "150385-912E";

  /** The health centre's (fictitious) SOTE organisation OID. */
  public static final SoteOrganisationOid HEALTH_CENTRE_OID =
      SoteOrganisationOid.parse("1.2.246.10.1234567.10.1");

  /** The examination day. */
  public static final LocalDate DAY = LocalDate.of(2025, 3, 4);

  /** The examination start, with the Finnish winter offset. */
  public static final OffsetDateTime START =
      OffsetDateTime.of(2025, 3, 4, 9, 30, 0, 0, ZoneOffset.ofHours(2));

  /** The plan's key; the plan and its referral name each other. */
  public static final BusinessIdentifier PLAN_KEY = id("11", "plan-1");

  /** The referral's key. */
  public static final BusinessIdentifier REFERRAL_KEY = id("12", "ref-ips");

  private ExaminationFixtures() {}

  /** A business identifier under the health centre's OID: arc per record kind, then the id. */
  public static BusinessIdentifier id(String arc, String value) {
    return BusinessIdentifier.underOrganisation(HEALTH_CENTRE_OID, arc, value);
  }

  public static Organisation healthCentre() {
    return Organisation.builder()
        .soteOid(HEALTH_CENTRE_OID)
        .name("Testilän terveyskeskus")
        .type(OrganisationTypeCode.PRIMARY_HEALTH_CARE)
        .build();
  }

  public static Organisation employmentServices() {
    return Organisation.builder()
        .identifier(id("14", "org-employment-services"))
        .name("Testilän kunnan työllisyyspalvelut")
        .type(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
        .build();
  }

  public static Professional physician() {
    return Professional.builder()
        .terhikkiNumber(TerhikkiNumber.parse("10012345678"))
        .familyName("Lääkäri")
        .givenNames("Liisa", "Maria")
        .build();
  }

  public static Professional coordinator() {
    return Professional.builder()
        .identifier(id("2", "coordinator-7"))
        .familyName("Koordinaattori")
        .givenNames("Kalle")
        .build();
  }

  public static ProfessionalRole physicianRole() {
    return ProfessionalRole.builder()
        .identifier(id("3", "role-physician-1"))
        .professional(physician().key())
        .organisation(healthCentre().key())
        .role(ProfessionalRoleCode.PHYSICIAN)
        .build();
  }

  public static ProfessionalRole coordinatorRole() {
    return ProfessionalRole.builder()
        .identifier(id("3", "role-coordinator-7"))
        .professional(coordinator().key())
        .organisation(healthCentre().key())
        .role(ProfessionalRoleCode.WORK_ABILITY_COORDINATOR)
        .build();
  }

  public static Client client() {
    return Client.builder()
        .henkilotunnus(Henkilotunnus.parse(HETU))
        .identifier(id("1", "client-42"))
        .familyName("Testaaja")
        .givenNames("Tiina")
        .gender(Gender.FEMALE)
        .birthDate(LocalDate.of(1985, 3, 15))
        .municipalityCode("091")
        .build();
  }

  public static ExaminationEncounter encounter() {
    return ExaminationEncounter.builder()
        .identifier(id("4", "visit-2025-001"))
        .type(EncounterTypeCode.UNEMPLOYED_HEALTH_EXAMINATION)
        .encounterClass(EncounterClass.VISIT)
        .start(START)
        .end(START.plusHours(1))
        .participant(physicianRole().key())
        .participant(coordinatorRole().key())
        .serviceProvider(healthCentre().key())
        .episode(episode().key())
        .build();
  }

  public static WorkAbilitySupportEpisode episode() {
    return WorkAbilitySupportEpisode.builder()
        .identifier(id("5", "path-42"))
        .phase(ServicePathPhaseCode.SERVICES_PLANNED)
        .referralSource(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
        .start(DAY.minusDays(20))
        .phaseHistory(ServicePathPhaseCode.NEED_IDENTIFIED, DAY.minusDays(20), DAY.minusDays(14))
        .phaseHistory(ServicePathPhaseCode.GOALS_SET, DAY.minusDays(14), DAY.minusDays(2))
        .phaseHistory(ServicePathPhaseCode.SERVICES_PLANNED, DAY.minusDays(2), null)
        .managingOrganisation(healthCentre().key())
        .careManager(coordinatorRole().key())
        .network(network().key())
        .build();
  }

  public static WorkAbilitySupportNetwork network() {
    return WorkAbilitySupportNetwork.builder()
        .identifier(id("6", "network-42"))
        .name("Tiinan verkosto")
        .start(DAY)
        .participant(
            NetworkParticipant.professional(
                OrganisationTypeCode.PRIMARY_HEALTH_CARE,
                ProfessionalRoleCode.WORK_ABILITY_COORDINATOR,
                coordinatorRole().key()))
        .participant(
            NetworkParticipant.organisation(
                OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES, employmentServices().key()))
        .managingOrganisation(healthCentre().key())
        .build();
  }

  public static EmploymentStatus employmentStatus() {
    return EmploymentStatus.builder()
        .identifier(id("7", "obs-employment-status"))
        .effective(START)
        .performer(Actor.role(coordinatorRole().key()))
        .timepoint(MeasurementTimepointCode.BASELINE)
        .value(EmploymentStatusCode.UNEMPLOYED_JOBSEEKER)
        .build();
  }

  public static UnemploymentDuration unemploymentDuration() {
    return UnemploymentDuration.builder()
        .identifier(id("7", "obs-unemployment-duration"))
        .effective(START)
        .performer(Actor.role(coordinatorRole().key()))
        .months(new BigDecimal("14.5"))
        .build();
  }

  public static RegisteredJobSeeker jobSeekerRegistration() {
    return RegisteredJobSeeker.builder()
        .identifier(id("7", "obs-job-seeker"))
        .effective(START)
        .performer(Actor.role(coordinatorRole().key()))
        .registered(true)
        .employmentService(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
        .employmentServiceOrganisation(employmentServices().key())
        .build();
  }

  public static HealthCareCoverage healthCareCoverage() {
    return HealthCareCoverage.builder()
        .identifier(id("7", "obs-coverage"))
        .effective(START)
        .performer(Actor.role(coordinatorRole().key()))
        .value(HealthCareCoverageCode.NONE)
        .build();
  }

  public static QuestionnaireAnswers phq9Answers() {
    QuestionnaireAnswers.Builder answers =
        QuestionnaireAnswers.builder()
            .identifier(id("8", "qr-phq9"))
            .questionnaireId("phq-9")
            .authored(START.plusMinutes(5))
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

  public static QuestionnaireAnswers workAbilityScoreAnswers() {
    return QuestionnaireAnswers.builder()
        .identifier(id("8", "qr-was"))
        .questionnaireId("work-ability-score")
        .authored(START.plusMinutes(6))
        .timepoint(MeasurementTimepointCode.BASELINE)
        .answer(Answer.integer("was", 5))
        .build();
  }

  public static ScoreMeasure phq9() {
    return ScoreMeasure.builder()
        .identifier(id("7", "obs-phq9"))
        .effective(START.plusMinutes(5))
        .timepoint(MeasurementTimepointCode.BASELINE)
        .performedByClient()
        .instrument(ScoreMeasure.Instrument.PHQ_9)
        .value(8)
        .derivedFrom(phq9Answers().key())
        .build();
  }

  public static ScoreMeasure workAbilityScore() {
    return ScoreMeasure.builder()
        .identifier(id("7", "obs-was"))
        .effective(START.plusMinutes(6))
        .timepoint(MeasurementTimepointCode.BASELINE)
        .performedByClient()
        .instrument(ScoreMeasure.Instrument.WORK_ABILITY_SCORE)
        .value(5)
        .derivedFrom(workAbilityScoreAnswers().key())
        .build();
  }

  public static ScoreMeasure gad7() {
    return score("obs-gad7", ScoreMeasure.Instrument.GAD_7, new BigDecimal("6"));
  }

  /** An AUDIT-C with its risk band, which depends on the client's sex and so is given. */
  public static ScoreMeasure auditC() {
    return ScoreMeasure.builder()
        .identifier(id("7", "obs-audit-c"))
        .effective(START.plusMinutes(7))
        .timepoint(MeasurementTimepointCode.BASELINE)
        .performedByClient()
        .instrument(ScoreMeasure.Instrument.AUDIT_C)
        .value(3)
        .band(ScoreBandCode.LOW_RISK)
        .build();
  }

  public static ScoreMeasure participation() {
    return score(
        "obs-participation",
        ScoreMeasure.Instrument.PARTICIPATION_INDICATOR,
        new BigDecimal("62.5"));
  }

  private static ScoreMeasure score(
      String id, ScoreMeasure.Instrument instrument, BigDecimal value) {
    return ScoreMeasure.builder()
        .identifier(id("7", id))
        .effective(START.plusMinutes(7))
        .timepoint(MeasurementTimepointCode.BASELINE)
        .performedByClient()
        .instrument(instrument)
        .value(value)
        .build();
  }

  public static WorkAbilityIndexMeasure workAbilityIndex() {
    return WorkAbilityIndexMeasure.builder()
        .identifier(id("7", "obs-wai"))
        .effective(START)
        .performer(Actor.role(physicianRole().key()))
        .total(31)
        .build();
  }

  public static ThreeXTenDMeasure threeXTenD() {
    ThreeXTenDMeasure.Builder builder =
        ThreeXTenDMeasure.builder()
            .identifier(id("7", "obs-3x10d"))
            .effective(START.plusMinutes(8))
            .timepoint(MeasurementTimepointCode.BASELINE)
            .performedByClient();
    ThreeXTenDDimensionCode[] dimensions = ThreeXTenDDimensionCode.values();
    for (int i = 0; i < dimensions.length; i++) {
      builder.dimension(dimensions[i], i % 11);
    }
    return builder.build();
  }

  public static TeamEligibility teamEligibility() {
    TeamEligibility.Builder builder =
        TeamEligibility.builder()
            .identifier(id("7", "obs-eligibility"))
            .effective(START.plusMinutes(50))
            .performer(Actor.role(coordinatorRole().key()));
    for (EligibilityCriterionCode criterion : EligibilityCriterionCode.values()) {
      builder.criterion(criterion, CriterionStatusCode.MET);
    }
    return builder
        .criterion(
            EligibilityCriterionCode.EARLIER_SERVICES_NO_SOLUTION, CriterionStatusCode.UNKNOWN)
        .build();
  }

  public static WorkAbilityAssessment assessment() {
    return WorkAbilityAssessment.builder()
        .identifier(id("7", "obs-assessment"))
        .effective(START.plusMinutes(55))
        .performer(Actor.role(physicianRole().key()))
        .conclusion(WorkAbilityConclusionCode.PARTIALLY_ABLE)
        .limitation(Limitation.icf("b152", "Mieliala vaihtelee"))
        .limitation(Limitation.text("Pitkät työpäivät kuormittavat"))
        .recommendations(
            ReferralServiceCode.IPS_SUPPORTED_EMPLOYMENT,
            ReferralServiceCode.MENTAL_HEALTH_SERVICES)
        .note("Työkyky osittain alentunut; tuettu työllistyminen suositeltavaa.")
        .derivedFrom(phq9())
        .derivedFrom(workAbilityIndex())
        .build();
  }

  public static WorkAbilityCondition diagnosis() {
    return WorkAbilityCondition.builder()
        .identifier(id("9", "dg-1"))
        .icd10Code("F32.1")
        .text("Keskivaikea masennustila")
        .verificationStatus(ConditionVerificationStatus.CONFIRMED)
        .recordedDate(DAY)
        .asserter(physicianRole().key())
        .build();
  }

  public static WorkAbilityGoal goal() {
    return WorkAbilityGoal.builder()
        .identifier(id("10", "goal-1"))
        .categories(GoalCategoryCode.EMPLOYMENT, GoalCategoryCode.WORK_ABILITY)
        .description("Osa-aikatyö tuetusti puolen vuoden kuluessa")
        .start(DAY)
        .dueDate(DAY.plusMonths(6))
        .achievement(GoalAchievement.IN_PROGRESS)
        .expressedBy(Actor.client())
        .statusDate(DAY)
        .statusReason("Tavoite asetettu yhdessä asiakkaan kanssa")
        .build();
  }

  public static WorkAbilitySupportPlan plan() {
    return WorkAbilitySupportPlan.builder()
        .identifier(PLAN_KEY)
        .title("Työkyvyn tuen suunnitelma")
        .start(DAY)
        .end(DAY.plusMonths(6))
        .created(DAY)
        .author(coordinatorRole().key())
        .network(network().key())
        .goal(goal().key())
        .referral(REFERRAL_KEY)
        .addresses(diagnosis().key())
        .description("Tuettu työllistyminen ja mielenterveyden tuki")
        .build();
  }

  public static WorkAbilityReferral referral() {
    return WorkAbilityReferral.builder()
        .identifier(REFERRAL_KEY)
        .service(ReferralServiceCode.IPS_SUPPORTED_EMPLOYMENT)
        .authoredOn(DAY)
        .requester(coordinatorRole().key())
        .performerType(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
        .performer(employmentServices().key())
        .plan(PLAN_KEY)
        .note("IPS-työhönvalmennus kunnan työllisyyspalveluihin")
        .reason(diagnosis().key())
        .build();
  }

  /** A referral to physiotherapy, a service of its own code rather than "other". */
  public static WorkAbilityReferral physiotherapyReferral() {
    return WorkAbilityReferral.builder()
        .identifier(id("12", "referral-physio"))
        .service(ReferralServiceCode.PHYSIOTHERAPY)
        .authoredOn(DAY)
        .requester(physicianRole().key())
        .performerType(OrganisationTypeCode.PRIMARY_HEALTH_CARE)
        .build();
  }

  public static WorkAbilityFollowUpTask task() {
    return WorkAbilityFollowUpTask.builder()
        .identifier(id("13", "task-1"))
        .code(FollowUpTaskCode.TRACK_REFERRAL)
        .focus(TaskFocus.referral(referral().key()))
        .authoredOn(DAY)
        .owner(coordinatorRole().key())
        .dueDate(DAY.plusWeeks(4))
        .description("Tarkista, onko työhönvalmennus alkanut")
        .build();
  }

  public static WorkAbilityFollowUpTask outcomeMeasurementTask() {
    return WorkAbilityFollowUpTask.builder()
        .identifier(id("13", "task-2"))
        .code(FollowUpTaskCode.OUTCOME_MEASUREMENT)
        .focus(TaskFocus.goal(goal().key()))
        .authoredOn(DAY)
        .dueDate(DAY.plusMonths(6))
        .build();
  }

  /** A contract known by its month only, as the programme's follow-up reports outcomes. */
  public static EmploymentOutcome contractInMonth() {
    return EmploymentOutcome.builder()
        .identifier(id("7", "obs-outcome-month"))
        .effective(PointInTime.of(YearMonth.from(DAY.plusMonths(3))))
        .performer(Actor.role(coordinatorRole().key()))
        .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
        .wageSubsidy(true)
        .build();
  }

  public static EmploymentOutcome workTrial() {
    return EmploymentOutcome.builder()
        .identifier(id("7", "obs-outcome-work-trial"))
        .effective(DAY.plusMonths(1))
        .effectiveEnd(DAY.plusMonths(2))
        .performer(Actor.role(coordinatorRole().key()))
        .outcome(EmploymentOutcomeCode.WORK_TRIAL)
        .note("Työkokeilu kaupan alalla")
        .build();
  }

  public static VitalSign bloodPressure() {
    return VitalSign.builder()
        .identifier(id("7", "obs-bp"))
        .effective(START.plusMinutes(35))
        .performer(Actor.role(physicianRole().key()))
        .bloodPressure(128, 84)
        .build();
  }

  public static VitalSign weight() {
    return vital("obs-weight", VitalSign.Kind.BODY_WEIGHT, new BigDecimal("78.4"));
  }

  public static VitalSign height() {
    return vital("obs-height", VitalSign.Kind.BODY_HEIGHT, new BigDecimal("174"));
  }

  public static VitalSign bmi() {
    return VitalSign.builder()
        .identifier(id("7", "obs-bmi"))
        .effective(START.plusMinutes(35))
        .performer(Actor.role(physicianRole().key()))
        .measurement(VitalSign.Kind.BMI, new BigDecimal("25.9"))
        .derivedFrom(weight().key())
        .derivedFrom(height().key())
        .build();
  }

  public static VitalSign waist() {
    return vital("obs-waist", VitalSign.Kind.WAIST_CIRCUMFERENCE, new BigDecimal("94.5"));
  }

  private static VitalSign vital(String id, VitalSign.Kind kind, BigDecimal value) {
    return VitalSign.builder()
        .identifier(id("7", id))
        .effective(START.plusMinutes(35))
        .performer(Actor.role(physicianRole().key()))
        .measurement(kind, value)
        .build();
  }

  public static EmploymentOutcome outcome() {
    return EmploymentOutcome.builder()
        .identifier(id("7", "obs-outcome-1"))
        .effective(START.plusDays(1))
        .performer(Actor.role(coordinatorRole().key()))
        .timepoint(MeasurementTimepointCode.FOLLOW_UP_6_MONTHS)
        .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
        .wageSubsidy(true)
        .interrupted(false)
        .build();
  }

  /** The complete examination. */
  public static Examination examination() {
    return Examination.builder()
        .client(client())
        .encounter(encounter())
        .organisations(healthCentre(), employmentServices())
        .professionals(physician(), coordinator())
        .roles(physicianRole(), coordinatorRole())
        .episode(episode())
        .network(network())
        .employmentStatus(employmentStatus())
        .unemploymentDuration(unemploymentDuration())
        .jobSeekerRegistration(jobSeekerRegistration())
        .healthCareCoverage(healthCareCoverage())
        .questionnaireAnswers(phq9Answers(), workAbilityScoreAnswers())
        .scores(phq9(), workAbilityScore(), gad7(), auditC(), participation())
        .workAbilityIndex(workAbilityIndex())
        .threeXTenD(threeXTenD())
        .vitalSigns(bloodPressure(), weight(), height(), bmi(), waist())
        .teamEligibility(teamEligibility())
        .assessment(assessment())
        .diagnoses(diagnosis())
        .goals(goal())
        .plan(plan())
        .referrals(referral(), physiotherapyReferral())
        .tasks(task(), outcomeMeasurementTask())
        .outcomes(outcome(), workTrial(), contractInMonth())
        .build();
  }

  /** The smallest examination: the client and the encounter only. */
  public static Examination minimal() {
    return Examination.builder().client(client()).encounter(encounter()).build();
  }

  /** Every record of the complete examination that maps to a resource of its own. */
  public static List<Keyed> everyRecord() {
    return List.of(
        client(),
        healthCentre(),
        employmentServices(),
        physician(),
        coordinator(),
        physicianRole(),
        coordinatorRole(),
        encounter(),
        episode(),
        network(),
        employmentStatus(),
        unemploymentDuration(),
        jobSeekerRegistration(),
        healthCareCoverage(),
        phq9Answers(),
        workAbilityScoreAnswers(),
        phq9(),
        workAbilityScore(),
        gad7(),
        auditC(),
        participation(),
        workAbilityIndex(),
        threeXTenD(),
        bloodPressure(),
        weight(),
        height(),
        bmi(),
        waist(),
        teamEligibility(),
        assessment(),
        diagnosis(),
        goal(),
        plan(),
        referral(),
        physiotherapyReferral(),
        task(),
        outcomeMeasurementTask(),
        outcome(),
        workTrial(),
        contractInMonth());
  }
}
