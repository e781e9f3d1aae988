package fi.tyokyky.model.fhir;

import static fi.tyokyky.model.record.ExaminationFixtures.DAY;
import static fi.tyokyky.model.record.ExaminationFixtures.START;
import static fi.tyokyky.model.record.ExaminationFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ReferralServiceCode;
import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.EmploymentStatus;
import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.model.record.Keyed;
import fi.tyokyky.model.record.PointInTime;
import fi.tyokyky.model.record.RegisteredJobSeeker;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.VitalSign;
import fi.tyokyky.model.record.WorkAbilityReferral;
import fi.tyokyky.model.record.WorkAbilitySupportEpisode;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the facts of the service path added for issue 8 look in FHIR, and that each survives the
 * round trip and conforms to the package (the shared fixtures carry most of them; the variants the
 * fixtures cannot hold at once are here).
 */
class ServicePathFactsMappingTest {

  private static final ReferenceContext STANDALONE =
      ReferenceContext.logical(
          ExaminationFixtures.client().key(), ExaminationFixtures.encounter().key());

  private final IParser json = PackageConformance.CTX.newJsonParser();

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(
            "unemployed, not registered",
            EmploymentStatus.builder()
                .identifier(id("7", "obs-status-unregistered"))
                .effective(START)
                .value(EmploymentStatusCode.UNEMPLOYED_NOT_REGISTERED)
                .build()),
        Arguments.of(
            "not registered as a job seeker",
            RegisteredJobSeeker.builder()
                .identifier(id("7", "obs-not-registered"))
                .effective(START)
                .registered(false)
                .build()),
        Arguments.of(
            "registered with the TE office, type only",
            RegisteredJobSeeker.builder()
                .identifier(id("7", "obs-te-office"))
                .effective(START)
                .registered(true)
                .employmentService(OrganisationTypeCode.TE_OFFICE)
                .build()),
        Arguments.of(
            "job coaching referral",
            WorkAbilityReferral.builder()
                .identifier(id("12", "referral-coaching"))
                .service(ReferralServiceCode.JOB_COACHING)
                .authoredOn(DAY)
                .requester(ExaminationFixtures.coordinatorRole().key())
                .performerType(OrganisationTypeCode.MUNICIPAL_EMPLOYMENT_SERVICES)
                .build()),
        Arguments.of(
            "AUDIT-C at risk",
            ScoreMeasure.builder()
                .identifier(id("7", "obs-audit-c-risk"))
                .effective(START)
                .instrument(ScoreMeasure.Instrument.AUDIT_C)
                .value(5)
                .band(ScoreBandCode.AT_RISK)
                .build()),
        Arguments.of(
            "outcome with a period by months",
            EmploymentOutcome.builder()
                .identifier(id("7", "obs-outcome-months"))
                .effective(PointInTime.parse("2025-05"))
                .effectiveEnd(PointInTime.parse("2025-08"))
                .outcome(EmploymentOutcomeCode.WORK_TRIAL)
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void variantSurvivesTheRoundTripAndConforms(String name, Keyed record) {
    ResourceMapper<Keyed, DomainResource> mapper = RecordMappersTest.mapperFor(record);

    DomainResource resource = mapper.toFhir(record, STANDALONE);
    DomainResource parsed =
        (DomainResource)
            json.parseResource(resource.getClass(), json.encodeResourceToString(resource));

    assertThat(mapper.fromFhir(parsed)).isEqualTo(record);
    var errors = PackageConformance.errors(resource);
    assertThat(errors).as(PackageConformance.describe(errors)).isEmpty();
  }

  @Test
  void waistCircumferenceClaimsThePackagesProfile() {
    Observation waist = new VitalSignMapper().toFhir(ExaminationFixtures.waist(), STANDALONE);

    assertThat(waist.getMeta().getProfile())
        .extracting(p -> p.getValue())
        .containsExactly("https://tyokyky.fi/fhir/StructureDefinition/waist-circumference");
    assertThat(waist.getCode().getCodingFirstRep().getCode()).isEqualTo("8280-0");
    assertThat(waist.getValueQuantity().getCode()).isEqualTo("cm");
    assertThat(VitalSignMapper.kindOf(waist)).isEqualTo(VitalSign.Kind.WAIST_CIRCUMFERENCE);
  }

  @Test
  void scoreBandIsTheInterpretation() {
    Observation phq9 = new ScoreMeasureMapper().toFhir(ExaminationFixtures.phq9(), STANDALONE);

    assertThat(phq9.getInterpretation())
        .singleElement()
        .satisfies(
            band -> {
              assertThat(band.getCodingFirstRep().getSystem())
                  .isEqualTo("https://tyokyky.fi/fhir/CodeSystem/score-band-cs");
              assertThat(band.getCodingFirstRep().getCode()).isEqualTo("mild");
            });
  }

  @Test
  void employmentServiceIsAComponentAndTheOrganisationAnExtension() {
    Observation registration =
        new RegisteredJobSeekerMapper()
            .toFhir(ExaminationFixtures.jobSeekerRegistration(), STANDALONE);

    assertThat(registration.getComponentFirstRep().getCode().getCodingFirstRep().getCode())
        .isEqualTo("employment-service");
    assertThat(
            registration
                .getComponentFirstRep()
                .getValueCodeableConcept()
                .getCodingFirstRep()
                .getCode())
        .isEqualTo("municipal-employment-services");
    assertThat(registration.getExtensionByUrl(RegisteredJobSeekerMapper.ORGANISATION_EXTENSION))
        .isNotNull();
  }

  @Test
  void phaseHistoryIsOneExtensionPerPhaseWithItsPeriod() {
    WorkAbilitySupportEpisode record = ExaminationFixtures.episode();
    EpisodeOfCare episode = new WorkAbilitySupportEpisodeMapper().toFhir(record, STANDALONE);

    var history =
        episode.getExtensionsByUrl(WorkAbilitySupportEpisodeMapper.PHASE_HISTORY_EXTENSION);
    assertThat(history).hasSize(3);
    Extension open = history.get(2);
    assertThat(((Coding) open.getExtensionByUrl("phase").getValue()).getCode())
        .isEqualTo("services-planned");
    Period period = (Period) open.getExtensionByUrl("period").getValue();
    assertThat(period.getStartElement().getValueAsString()).isEqualTo(DAY.minusDays(2).toString());
    assertThat(period.hasEnd()).isFalse();
  }

  @Test
  void aMonthIsWrittenWithMonthPrecision() {
    Observation contract =
        new EmploymentOutcomeMapper().toFhir(ExaminationFixtures.contractInMonth(), STANDALONE);

    assertThat(contract.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2025-06");
  }
}
