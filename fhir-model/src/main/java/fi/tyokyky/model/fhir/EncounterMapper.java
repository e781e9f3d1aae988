package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.EncounterClass;
import fi.tyokyky.model.record.EncounterStatus;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.profiles.TyokykyPackage;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps an {@link ExaminationEncounter} to an Encounter of profile {@code
 * unemployed-health-examination-encounter} and back. The subject is the context's client.
 */
public final class EncounterMapper implements ResourceMapper<ExaminationEncounter, Encounter> {

  /** The profile id. */
  public static final String PROFILE = "unemployed-health-examination-encounter";

  /** The URL of the contact organisation type extension. */
  public static final String CONTACT_ORGANISATION_TYPE_EXTENSION =
      TyokykyPackage.structureDefinition("contact-organisation-type");

  @Override
  public Encounter toFhir(ExaminationEncounter record, ReferenceContext references) {
    Encounter encounter = FixedCodes.stamp(new Encounter(), PROFILE);
    if (record.contactOrganisationType() != null) {
      encounter.addExtension(
          CONTACT_ORGANISATION_TYPE_EXTENSION, Codings.coding(record.contactOrganisationType()));
    }
    encounter.addIdentifier(Identifiers.identifier(record.identifier()));
    encounter.setStatus(Encounter.EncounterStatus.fromCode(record.status().code()));
    encounter.setClass_(
        new Coding(
            EncounterClass.SYSTEM,
            record.encounterClass().actCode(),
            record.encounterClass().actDisplay()));
    encounter.addType(Codings.concept(record.type()));
    encounter.setSubject(references.client());
    if (record.episode() != null) {
      encounter.addEpisodeOfCare(references.to(ResourceType.EpisodeOfCare, record.episode()));
    }
    record
        .participants()
        .forEach(
            role ->
                encounter
                    .addParticipant()
                    .setIndividual(references.to(ResourceType.PractitionerRole, role)));
    encounter.setPeriod(
        new Period()
            .setStartElement(FhirDates.dateTime(record.start()))
            .setEndElement(FhirDates.dateTime(record.end())));
    encounter.setServiceProvider(
        references.to(ResourceType.Organization, record.serviceProvider()));
    return encounter;
  }

  @Override
  public ExaminationEncounter fromFhir(Encounter encounter, ReferenceReader references) {
    ExaminationEncounter.Builder record =
        ExaminationEncounter.builder()
            .identifier(Identifiers.first(encounter.getIdentifier(), "Encounter"))
            .status(
                encounter.hasStatus()
                    ? EncounterStatus.fromCode(encounter.getStatus().toCode())
                    : null)
            .encounterClass(
                encounter.hasClass_()
                    ? EncounterClass.fromActCode(encounter.getClass_().getCode())
                    : null)
            .type(
                encounter.hasType()
                    ? Codings.required(
                        encounter.getTypeFirstRep(), EncounterTypeCode.class, "Encounter.type")
                    : null)
            .start(
                FhirDates.offsetDateTime(
                    encounter.getPeriod().getStartElement(), "Encounter.period.start"))
            .end(
                FhirDates.offsetDateTime(
                    encounter.getPeriod().getEndElement(), "Encounter.period.end"))
            .serviceProvider(
                references.optionalKey(
                    encounter.getServiceProvider(), "Encounter.serviceProvider"));
    if (encounter.hasEpisodeOfCare()) {
      record.episode(
          references.keyOf(encounter.getEpisodeOfCareFirstRep(), "Encounter.episodeOfCare[0]"));
    }
    for (int i = 0; i < encounter.getParticipant().size(); i++) {
      record.participant(
          references.keyOf(
              encounter.getParticipant().get(i).getIndividual(),
              "Encounter.participant[" + i + "].individual"));
    }
    Extension origin = encounter.getExtensionByUrl(CONTACT_ORGANISATION_TYPE_EXTENSION);
    if (origin != null && origin.getValue() instanceof Coding coding) {
      record.contactOrganisationType(
          Codings.optional(
              coding, OrganisationTypeCode.class, "Encounter.extension:contactOrganisationType"));
    }
    return record.build();
  }
}
