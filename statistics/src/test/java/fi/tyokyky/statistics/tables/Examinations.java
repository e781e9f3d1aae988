package fi.tyokyky.statistics.tables;

import static fi.tyokyky.model.record.ExaminationFixtures.client;
import static fi.tyokyky.model.record.ExaminationFixtures.coordinator;
import static fi.tyokyky.model.record.ExaminationFixtures.coordinatorRole;
import static fi.tyokyky.model.record.ExaminationFixtures.healthCentre;
import static fi.tyokyky.model.record.ExaminationFixtures.id;

import fi.tyokyky.model.code.AgreementCode;
import fi.tyokyky.model.code.CopingChangeCode;
import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.record.EncounterClass;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The records of the views' tests, built with the library: the library's complete examination
 * (ExaminationFixtures), and a consultation contact about the same client, a month later, from
 * social services, with a service experience (PREM) response.
 */
final class Examinations {

  /** The consultation contact's start, 1 April 2025 in the Finnish summer offset. */
  static final OffsetDateTime CONSULTATION =
      OffsetDateTime.of(2025, 4, 1, 13, 0, 0, 0, ZoneOffset.ofHours(3));

  private Examinations() {}

  static Examination complete() {
    return ExaminationFixtures.examination();
  }

  static Examination consultationWithPrem() {
    ExaminationEncounter contact =
        ExaminationEncounter.builder()
            .identifier(id("4", "visit-2025-002"))
            .type(EncounterTypeCode.CONSULTATION_CONTACT)
            .encounterClass(EncounterClass.VIRTUAL)
            .start(CONSULTATION)
            .end(CONSULTATION.plusMinutes(20))
            .participant(coordinatorRole().key())
            .serviceProvider(healthCentre().key())
            .contactOrganisationType(OrganisationTypeCode.SOCIAL_SERVICES)
            .build();
    QuestionnaireAnswers prem =
        QuestionnaireAnswers.builder()
            .identifier(id("8", "qr-prem"))
            .questionnaireId("service-experience")
            .authored(CONSULTATION.plusMinutes(10))
            .timepoint(MeasurementTimepointCode.FOLLOW_UP_6_MONTHS)
            .source(Actor.client())
            .answer(Answer.coding("prem-1", CopingChangeCode.BETTER))
            .answer(Answer.coding("prem-2", AgreementCode.STRONGLY_AGREE))
            .answer(Answer.coding("prem-4", AgreementCode.DISAGREE))
            .build();
    return Examination.builder()
        .client(client())
        .encounter(contact)
        .organisations(healthCentre())
        .professionals(coordinator())
        .roles(coordinatorRole())
        .questionnaireAnswers(prem)
        .build();
  }
}
