package fi.tyokyky.model.record;

import static fi.tyokyky.model.record.ExaminationFixtures.DAY;
import static fi.tyokyky.model.record.ExaminationFixtures.START;
import static fi.tyokyky.model.record.ExaminationFixtures.id;
import static fi.tyokyky.model.record.Refusal.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.FollowUpTaskCode;
import fi.tyokyky.model.code.GoalCategoryCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ReferralServiceCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The records of the encounter and the service path refuse impossible content. */
class CareRecordsTest {

  @Nested
  class Encounters {

    @Test
    void needsAParticipant() {
      refused(
          () -> encounter(EncounterTypeCode.COORDINATOR_VISIT).build(),
          "ExaminationEncounter.participants: needs at least one entry");
    }

    @Test
    void contactOrganisationTypeOnlyOnAConsultationContact() {
      refused(
          () ->
              encounter(EncounterTypeCode.COORDINATOR_VISIT)
                  .participant(ExaminationFixtures.coordinatorRole().key())
                  .contactOrganisationType(OrganisationTypeCode.KELA)
                  .build(),
          "ExaminationEncounter.contactOrganisationType: is recorded only on a consultation"
              + " contact");
    }

    @Test
    void consultationContactMayNameTheContactingOrganisationType() {
      ExaminationEncounter encounter =
          encounter(EncounterTypeCode.CONSULTATION_CONTACT)
              .participant(ExaminationFixtures.coordinatorRole().key())
              .contactOrganisationType(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
              .build();

      assertThat(encounter.contactOrganisationType())
          .isEqualTo(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES);
    }

    @Test
    void endMustNotBeBeforeTheStart() {
      refused(
          () ->
              encounter(EncounterTypeCode.COORDINATOR_VISIT)
                  .participant(ExaminationFixtures.coordinatorRole().key())
                  .end(START.minusMinutes(1))
                  .build(),
          "ExaminationEncounter.end: must not be before the start");
    }

    @Test
    void defaultsAreAFinishedVisit() {
      ExaminationEncounter encounter =
          encounter(EncounterTypeCode.COORDINATOR_VISIT)
              .participant(ExaminationFixtures.coordinatorRole().key())
              .build();

      assertThat(encounter.status()).isEqualTo(EncounterStatus.FINISHED);
      assertThat(encounter.encounterClass()).isEqualTo(EncounterClass.VISIT);
    }

    private ExaminationEncounter.Builder encounter(EncounterTypeCode type) {
      return ExaminationEncounter.builder()
          .identifier(id("4", "e"))
          .type(type)
          .start(START)
          .serviceProvider(ExaminationFixtures.healthCentre().key());
    }
  }

  @Nested
  class Episodes {

    @Test
    void finishedPathNeedsAnEnd() {
      refused(
          () ->
              WorkAbilitySupportEpisode.builder()
                  .identifier(id("5", "p"))
                  .status(EpisodeStatus.FINISHED)
                  .phase(ServicePathPhaseCode.GOAL_ACHIEVED)
                  .start(DAY)
                  .managingOrganisation(ExaminationFixtures.healthCentre().key())
                  .build(),
          "WorkAbilitySupportEpisode.end: is required when the service path is finished");
    }

    @Test
    void needsAPhase() {
      refused(
          () ->
              WorkAbilitySupportEpisode.builder()
                  .identifier(id("5", "p"))
                  .start(DAY)
                  .managingOrganisation(ExaminationFixtures.healthCentre().key())
                  .build(),
          "WorkAbilitySupportEpisode.phase: is required");
    }
  }

  @Nested
  class Networks {

    @Test
    void needsAParticipant() {
      refused(
          () -> WorkAbilitySupportNetwork.builder().identifier(id("6", "n")).start(DAY).build(),
          "WorkAbilitySupportNetwork.participants: needs at least one entry");
    }

    @Test
    void participantNeedsItsOrganisationType() {
      refused(
          () -> NetworkParticipant.organisation(null, id("14", "o")),
          "NetworkParticipant.organisationType: is required");
    }
  }

  @Nested
  class Goals {

    @Test
    void needsACategory() {
      refused(
          () ->
              WorkAbilityGoal.builder()
                  .identifier(id("10", "g"))
                  .description("Työ")
                  .start(DAY)
                  .build(),
          "WorkAbilityGoal.categories: needs at least one entry");
    }

    @Test
    void dueDateMustNotBeBeforeTheStart() {
      refused(
          () ->
              WorkAbilityGoal.builder()
                  .identifier(id("10", "g"))
                  .description("Työ")
                  .categories(GoalCategoryCode.EMPLOYMENT)
                  .start(DAY)
                  .dueDate(DAY.minusDays(1))
                  .build(),
          "WorkAbilityGoal.dueDate: must not be before the start");
    }

    @Test
    void isNotExpressedByAnOrganisation() {
      refused(
          () ->
              WorkAbilityGoal.builder()
                  .identifier(id("10", "g"))
                  .description("Työ")
                  .categories(GoalCategoryCode.EMPLOYMENT)
                  .start(DAY)
                  .expressedBy(Actor.organisation(id("14", "o")))
                  .build(),
          "WorkAbilityGoal.expressedBy: must be the client or a professional role");
    }
  }

  @Nested
  class Plans {

    @Test
    void needsTheDayItWasWritten() {
      refused(
          () -> WorkAbilitySupportPlan.builder().identifier(id("11", "p")).start(DAY).build(),
          "WorkAbilitySupportPlan.created: is required");
    }
  }

  @Nested
  class Referrals {

    @Test
    void namesAPerformerTypeOrAPerformer() {
      refused(
          () ->
              WorkAbilityReferral.builder()
                  .identifier(id("12", "r"))
                  .service(ReferralServiceCode.WORK_TRIAL)
                  .authoredOn(DAY)
                  .requester(ExaminationFixtures.coordinatorRole().key())
                  .build(),
          "WorkAbilityReferral.performerType: a performer type or a performer is required");
    }

    @Test
    void needsARequester() {
      refused(
          () ->
              WorkAbilityReferral.builder()
                  .identifier(id("12", "r"))
                  .service(ReferralServiceCode.WORK_TRIAL)
                  .authoredOn(DAY)
                  .performerType(OrganisationTypeCode.EMPLOYER)
                  .build(),
          "WorkAbilityReferral.requester: is required");
    }
  }

  @Nested
  class Tasks {

    @Test
    void dueDateMustNotBeBeforeTheTaskWasCreated() {
      refused(
          () ->
              WorkAbilityFollowUpTask.builder()
                  .identifier(id("13", "t"))
                  .code(FollowUpTaskCode.PLAN_REVIEW)
                  .authoredOn(DAY)
                  .dueDate(DAY.minusDays(1))
                  .build(),
          "WorkAbilityFollowUpTask.dueDate: must not be before the start");
    }

    @Test
    void focusNeedsAKey() {
      refused(() -> TaskFocus.goal(null), "TaskFocus.key: is required");
    }
  }

  @Nested
  class Diagnoses {

    @Test
    void codeMustBeFinnishIcd10() {
      refused(
          () ->
              WorkAbilityCondition.builder()
                  .identifier(id("9", "d"))
                  .icd10Code("F321")
                  .recordedDate(DAY)
                  .build(),
          "WorkAbilityCondition.icd10Code: must be a Finnish ICD-10 code such as F32.1");
    }

    @Test
    void combinedCodeIsAccepted() {
      assertThat(
              WorkAbilityCondition.builder()
                  .identifier(id("9", "d"))
                  .icd10Code("S72.0+W01")
                  .recordedDate(DAY)
                  .build()
                  .icd10Code())
          .isEqualTo("S72.0+W01");
    }
  }

  @Nested
  class Questionnaires {

    @Test
    void answerHasExactlyOneValue() {
      refused(
          () -> new Answer("q1", null, 1, null, "yksi"),
          "Answer.value: exactly one of coding, integer, decimal or text is required");
    }

    @Test
    void questionnaireIdIsAnId() {
      refused(
          () ->
              QuestionnaireAnswers.builder()
                  .identifier(id("8", "q"))
                  .questionnaireId("https://tyokyky.fi/fhir/Questionnaire/phq-9")
                  .authored(START)
                  .build(),
          "QuestionnaireAnswers.questionnaireId: must be the id of a package questionnaire,"
              + " e.g. phq-9");
    }
  }
}
