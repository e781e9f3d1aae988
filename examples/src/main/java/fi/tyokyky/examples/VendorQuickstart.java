package fi.tyokyky.examples;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.code.EncounterType;
import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.code.OrganisationType;
import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.code.ReferralService;
import fi.tyokyky.model.code.WorkAbilityConclusion;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.Professional;
import fi.tyokyky.model.record.ProfessionalRole;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.WorkAbilityAssessment;
import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.model.validation.ValidationResult;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hl7.fhir.r4.model.Bundle;

/**
 * What an EHR vendor writes: build an examination from the patient system's data, validate it
 * offline against the profiles, turn it into the submission Bundle, and read a Bundle back. The
 * code of {@link #buildExamination()} and {@link #main} is what the README shows.
 */
public final class VendorQuickstart {

  private VendorQuickstart() {}

  /** Builds a small examination: the client, the nurse, the visit, a score and the assessment. */
  public static Examination buildExamination() {
    SoteOrganisationOid centreOid = SoteOrganisationOid.parse("1.2.246.10.99999991.10.0");
    // The patient system's record ids, in a namespace under the health centre's OID.
    String records = centreOid.urn() + ".1";
    OffsetDateTime visit = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(2));

    Organisation centre =
        Organisation.builder()
            .soteOid(centreOid)
            .name("Esimerkkilän terveysasema")
            .type(OrganisationType.PRIMARY_HEALTH_CARE)
            .build();
    Professional nurse =
        Professional.builder()
            .terhikkiNumber(TerhikkiNumber.parse("10099999901"))
            .familyName("Hoitaja")
            .givenNames("Helmi")
            .build();
    ProfessionalRole nurseRole =
        ProfessionalRole.builder()
            .identifier(BusinessIdentifier.of(records, "role-nurse-1"))
            .professional(nurse.key())
            .organisation(centre.key())
            .role(ProfessionalRoleCode.NURSE)
            .build();
    Client client =
        Client.builder()
            .henkilotunnus(Henkilotunnus.parse("041188-923X")) // a test code (900–999)
            .familyName("Esimerkki")
            .givenNames("Eero")
            .build();
    ExaminationEncounter encounter =
        ExaminationEncounter.builder()
            .identifier(BusinessIdentifier.of(records, "visit-2026-001"))
            .type(EncounterType.UNEMPLOYED_HEALTH_EXAMINATION)
            .start(visit)
            .end(visit.plusHours(1))
            .participant(nurseRole.key())
            .serviceProvider(centre.key())
            .build();
    ScoreMeasure workAbility =
        ScoreMeasure.builder()
            .identifier(BusinessIdentifier.of(records, "visit-2026-001-was"))
            .effective(visit)
            .timepoint(MeasurementTimepoint.BASELINE)
            .instrument(ScoreMeasure.Instrument.WORK_ABILITY_SCORE)
            .value(4)
            .build();
    WorkAbilityAssessment assessment =
        WorkAbilityAssessment.builder()
            .identifier(BusinessIdentifier.of(records, "visit-2026-001-assessment"))
            .effective(visit)
            .performer(Actor.role(nurseRole.key()))
            .conclusion(WorkAbilityConclusion.PARTIALLY_ABLE)
            .recommendations(ReferralService.KELA_VOCATIONAL_REHABILITATION)
            .derivedFrom(workAbility)
            .build();

    return Examination.builder()
        .organisations(centre)
        .professionals(nurse)
        .roles(nurseRole)
        .client(client)
        .encounter(encounter)
        .scores(workAbility)
        .assessment(assessment)
        .build();
  }

  /** Builds, validates, maps to the submission Bundle and back; prints the Bundle. */
  public static void main(String[] args) {
    TyokykyValidator validator = TyokykyValidator.create(); // reusable, thread-safe
    ExaminationBundleMapper mapper = new ExaminationBundleMapper();

    Examination examination = buildExamination();
    validator.validateBean(examination).orThrow(); // the domain record's rules
    Bundle submission = mapper.toBundle(examination);
    ValidationResult result = validator.validate(submission); // the FHIR profiles, offline
    result.orThrow();

    String json =
        FhirContext.forR4Cached()
            .newJsonParser()
            .setPrettyPrint(true)
            .encodeResourceToString(submission);
    Examination readBack = mapper.fromBundle(submission); // the same typed view again
    System.out.println(json);
    System.out.println(
        "valid: " + result.isValid() + ", read back equal: " + readBack.equals(examination));
  }
}
