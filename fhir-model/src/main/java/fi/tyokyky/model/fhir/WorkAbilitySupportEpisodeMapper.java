package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ServicePathPhaseCode;
import fi.tyokyky.model.record.EpisodeStatus;
import fi.tyokyky.model.record.ServicePathPhaseHistory;
import fi.tyokyky.model.record.WorkAbilitySupportEpisode;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Maps a {@link WorkAbilitySupportEpisode} to an EpisodeOfCare of profile {@code
 * work-ability-support-episode} and back: phase, referral source and the phase history as
 * extensions, the fixed episode type, the context's client as the patient.
 */
public final class WorkAbilitySupportEpisodeMapper
    implements ResourceMapper<WorkAbilitySupportEpisode, EpisodeOfCare> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-support-episode";

  /** The URL of the service path phase extension. */
  public static final String PHASE_EXTENSION =
      TyokykyPackage.structureDefinition("service-path-phase");

  /** The URL of the referral source extension. */
  public static final String REFERRAL_SOURCE_EXTENSION =
      TyokykyPackage.structureDefinition("referral-source");

  /** The URL of the service path phase history extension. */
  public static final String PHASE_HISTORY_EXTENSION =
      TyokykyPackage.structureDefinition("service-path-phase-history");

  @Override
  public EpisodeOfCare toFhir(WorkAbilitySupportEpisode record, ReferenceContext references) {
    EpisodeOfCare episode = FixedCodes.stamp(new EpisodeOfCare(), PROFILE);
    episode.addExtension(PHASE_EXTENSION, Codings.coding(record.phase()));
    if (record.referralSource() != null) {
      episode.addExtension(REFERRAL_SOURCE_EXTENSION, Codings.coding(record.referralSource()));
    }
    record.phaseHistory().forEach(entry -> episode.addExtension(historyExtension(entry)));
    episode.addIdentifier(Identifiers.identifier(record.identifier()));
    episode.setStatus(EpisodeOfCare.EpisodeOfCareStatus.fromCode(record.status().code()));
    episode.addType(
        new CodeableConcept(FixedCodes.of(PROFILE, "EpisodeOfCare.type:workAbilitySupport")));
    episode.setPatient(references.client());
    episode.setManagingOrganization(
        references.to(ResourceType.Organization, record.managingOrganisation()));
    episode.setPeriod(
        new Period()
            .setStartElement(FhirDates.dateTime(record.start()))
            .setEndElement(FhirDates.dateTime(record.end())));
    if (record.careManager() != null) {
      episode.setCareManager(references.to(ResourceType.PractitionerRole, record.careManager()));
    }
    if (record.network() != null) {
      episode.addTeam(references.to(ResourceType.CareTeam, record.network()));
    }
    return episode;
  }

  @Override
  public WorkAbilitySupportEpisode fromFhir(EpisodeOfCare episode, ReferenceReader references) {
    WorkAbilitySupportEpisode.Builder builder = WorkAbilitySupportEpisode.builder();
    List<Extension> history = episode.getExtensionsByUrl(PHASE_HISTORY_EXTENSION);
    for (int i = 0; i < history.size(); i++) {
      builder.phaseHistory(
          historyEntry(history.get(i), "EpisodeOfCare.extension:phaseHistory[" + i + "]"));
    }
    return builder
        .identifier(Identifiers.first(episode.getIdentifier(), "EpisodeOfCare"))
        .status(episode.hasStatus() ? EpisodeStatus.fromCode(episode.getStatus().toCode()) : null)
        .phase(
            Codings.optional(
                coding(episode, PHASE_EXTENSION),
                ServicePathPhaseCode.class,
                "EpisodeOfCare.extension:phase"))
        .referralSource(
            Codings.optional(
                coding(episode, REFERRAL_SOURCE_EXTENSION),
                OrganisationTypeCode.class,
                "EpisodeOfCare.extension:referralSource"))
        .start(
            FhirDates.localDate(
                episode.getPeriod().getStartElement(), "EpisodeOfCare.period.start"))
        .end(FhirDates.localDate(episode.getPeriod().getEndElement(), "EpisodeOfCare.period.end"))
        .managingOrganisation(
            references.optionalKey(
                episode.getManagingOrganization(), "EpisodeOfCare.managingOrganization"))
        .careManager(references.optionalKey(episode.getCareManager(), "EpisodeOfCare.careManager"))
        .network(
            episode.hasTeam()
                ? references.keyOf(episode.getTeamFirstRep(), "EpisodeOfCare.team[0]")
                : null)
        .build();
  }

  private static Extension historyExtension(ServicePathPhaseHistory entry) {
    Extension extension = new Extension(PHASE_HISTORY_EXTENSION);
    extension.addExtension("phase", Codings.coding(entry.phase()));
    extension.addExtension(
        "period",
        new Period()
            .setStartElement(FhirDates.dateTime(entry.start()))
            .setEndElement(FhirDates.dateTime(entry.end())));
    return extension;
  }

  private static ServicePathPhaseHistory historyEntry(Extension extension, String location) {
    Extension phase = extension.getExtensionByUrl("phase");
    Extension period = extension.getExtensionByUrl("period");
    if (phase == null || !(phase.getValue() instanceof Coding coding)) {
      throw new FhirReadException(location, "has no phase");
    }
    if (period == null || !(period.getValue() instanceof Period dates)) {
      throw new FhirReadException(location, "has no period");
    }
    return new ServicePathPhaseHistory(
        Codings.optional(coding, ServicePathPhaseCode.class, location + ".phase"),
        FhirDates.localDate(dates.getStartElement(), location + ".period.start"),
        FhirDates.localDate(dates.getEndElement(), location + ".period.end"));
  }

  private static Coding coding(EpisodeOfCare episode, String url) {
    Extension extension = episode.getExtensionByUrl(url);
    return extension != null && extension.getValue() instanceof Coding coding ? coding : null;
  }
}
