package fi.tyokyky.model.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.record.Client;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.EmploymentStatus;
import fi.tyokyky.model.record.ExaminationEncounter;
import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.model.record.HealthCareCoverage;
import fi.tyokyky.model.record.Keyed;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.Professional;
import fi.tyokyky.model.record.ProfessionalRole;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.RegisteredJobSeeker;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.TeamEligibility;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.model.record.UnemploymentDuration;
import fi.tyokyky.model.record.VitalSign;
import fi.tyokyky.model.record.WorkAbilityAssessment;
import fi.tyokyky.model.record.WorkAbilityCondition;
import fi.tyokyky.model.record.WorkAbilityFollowUpTask;
import fi.tyokyky.model.record.WorkAbilityGoal;
import fi.tyokyky.model.record.WorkAbilityIndexMeasure;
import fi.tyokyky.model.record.WorkAbilityReferral;
import fi.tyokyky.model.record.WorkAbilitySupportEpisode;
import fi.tyokyky.model.record.WorkAbilitySupportNetwork;
import fi.tyokyky.model.record.WorkAbilitySupportPlan;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record maps to the resource of its profile and back: {@code fromFhir(parse(encode(
 * toFhir(r)))).equals(r)}, with {@code meta.profile} and the fixed codes set by the mapper.
 */
class RecordMappersTest {

  private static final ReferenceContext STANDALONE =
      ReferenceContext.logical(
          ExaminationFixtures.client().key(), ExaminationFixtures.encounter().key());

  private final IParser json = PackageConformance.CTX.newJsonParser();

  static Stream<Arguments> records() {
    return ExaminationFixtures.everyRecord().stream()
        .map(
            record ->
                Arguments.of(
                    record.getClass().getSimpleName() + " " + record.key().value(), record));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void recordSurvivesFhirJsonRoundTrip(String name, Keyed record) {
    ResourceMapper<Keyed, DomainResource> mapper = mapperFor(record);

    DomainResource resource = mapper.toFhir(record, STANDALONE);
    String text = json.encodeResourceToString(resource);
    DomainResource parsed = (DomainResource) json.parseResource(resource.getClass(), text);

    assertThat(mapper.fromFhir(parsed)).isEqualTo(record);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void standaloneResourceConformsToItsProfile(String name, Keyed record) {
    DomainResource resource = mapperFor(record).toFhir(record, STANDALONE);

    var errors = PackageConformance.errors(resource);

    assertThat(errors).as(PackageConformance.describe(errors)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void resourceDeclaresItsProfile(String name, Keyed record) {
    DomainResource resource = mapperFor(record).toFhir(record, STANDALONE);

    assertThat(resource.getMeta().getProfile())
        .extracting(p -> p.getValue())
        .containsExactly(expectedProfile(record));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void observationHasTheFixedCodeAndCategoryOfItsProfile(String name, Keyed record) {
    DomainResource resource = mapperFor(record).toFhir(record, STANDALONE);
    if (!(resource instanceof Observation observation) || record instanceof VitalSign) {
      return;
    }
    String profileId =
        expectedProfile(record)
            .substring((TyokykyPackage.CANONICAL + "/StructureDefinition/").length());

    assertThat(Codings.has(observation.getCode(), FixedCodes.of(profileId, "Observation.code")))
        .isTrue();
    assertThat(
            Codings.has(
                observation.getCategoryFirstRep(),
                FixedCodes.of(profileId, "Observation.category:main")))
        .isTrue();
  }

  @Test
  void scoreCarriesTheUcumScoreUnit() {
    Observation observation =
        new ScoreMeasureMapper().toFhir(ExaminationFixtures.phq9(), STANDALONE);

    assertThat(observation.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
    assertThat(observation.getValueQuantity().getCode()).isEqualTo("{score}");
    assertThat(observation.getValueQuantity().getValue()).isEqualByComparingTo("8");
    assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("44261-6");
  }

  @Test
  void unemploymentDurationCarriesMonthsAndTheDerivedLongTermFlag() {
    Observation observation =
        new UnemploymentDurationMapper()
            .toFhir(ExaminationFixtures.unemploymentDuration(), STANDALONE);

    assertThat(observation.getValueQuantity().getCode()).isEqualTo("mo");
    assertThat(observation.getValueQuantity().getUnit()).isEqualTo("kk");
    assertThat(observation.getComponentFirstRep().getValueBooleanType().booleanValue()).isTrue();
  }

  @Test
  void workAbilityIndexCarriesTheDerivedCategory() {
    Observation observation =
        new WorkAbilityIndexMapper().toFhir(ExaminationFixtures.workAbilityIndex(), STANDALONE);

    Coding category =
        observation.getComponentFirstRep().getValueCodeableConcept().getCodingFirstRep();
    assertThat(category.getSystem()).isEqualTo(TyokykyPackage.codeSystem("wai-category-cs"));
    assertThat(category.getCode()).isEqualTo("moderate");
  }

  @Test
  void patientCarriesTheHenkilotunnusAndMunicipality() {
    Patient patient = new ClientMapper().toFhir(ExaminationFixtures.client());

    assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo("urn:oid:1.2.246.21");
    assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(ExaminationFixtures.HETU);
    assertThat(
            ((Coding) patient.getExtensionByUrl(ClientMapper.MUNICIPALITY_EXTENSION).getValue())
                .getCode())
        .isEqualTo("091");
  }

  @Test
  void aClientUnderNonDisclosureCarriesTheTurvakieltoLabelAndIsReadBack() {
    Client client =
        Client.builder()
            .henkilotunnus(Henkilotunnus.parse(ExaminationFixtures.HETU))
            .municipalityCode("091")
            .nonDisclosure(true)
            .build();

    Patient patient = new ClientMapper().toFhir(client);
    Patient parsed =
        (Patient) json.parseResource(Patient.class, json.encodeResourceToString(patient));

    assertThat(patient.getMeta().getSecurity())
        .singleElement()
        .satisfies(
            label -> {
              assertThat(label.getSystem())
                  .isEqualTo(
                      "https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs");
              assertThat(label.getCode()).isEqualTo("TURVAKIELTO");
              assertThat(label.getDisplay()).isEqualTo("Turvakielto");
            });
    assertThat(PackageConformance.errors(patient)).isEmpty();
    assertThat(new ClientMapper().fromFhir(parsed)).isEqualTo(client);
    assertThat(new ClientMapper().fromFhir(parsed).nonDisclosure()).isTrue();
  }

  @Test
  void aClientWithoutNonDisclosureCarriesNoSecurityLabel() {
    Patient patient = new ClientMapper().toFhir(ExaminationFixtures.client());

    assertThat(patient.getMeta().getSecurity()).isEmpty();
    assertThat(new ClientMapper().fromFhir(patient).nonDisclosure()).isFalse();
  }

  @Test
  void aSecurityLabelOfAnotherSystemIsNotNonDisclosure() {
    Patient patient = new ClientMapper().toFhir(ExaminationFixtures.client());
    patient
        .getMeta()
        .addSecurity()
        .setSystem("http://terminology.hl7.org/CodeSystem/v3-Confidentiality")
        .setCode("R");

    assertThat(new ClientMapper().fromFhir(patient).nonDisclosure()).isFalse();
  }

  @Test
  void fixedCategoriesAndTypesAreSet() {
    EpisodeOfCare episode =
        new WorkAbilitySupportEpisodeMapper().toFhir(ExaminationFixtures.episode(), STANDALONE);
    CarePlan plan =
        new WorkAbilitySupportPlanMapper().toFhir(ExaminationFixtures.plan(), STANDALONE);
    CareTeam team =
        new WorkAbilitySupportNetworkMapper().toFhir(ExaminationFixtures.network(), STANDALONE);
    ServiceRequest referral =
        new WorkAbilityReferralMapper().toFhir(ExaminationFixtures.referral(), STANDALONE);

    String system = TyokykyPackage.codeSystem("work-ability-service-cs");
    assertThat(Codings.has(episode.getTypeFirstRep(), system, "work-ability-support")).isTrue();
    assertThat(Codings.has(plan.getCategoryFirstRep(), system, "support-plan")).isTrue();
    assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
    assertThat(Codings.has(team.getCategoryFirstRep(), system, "support-network")).isTrue();
    assertThat(Codings.has(referral.getCategoryFirstRep(), system, "work-ability-referral"))
        .isTrue();
  }

  @Test
  void logicalReferencesNameTypeAndIdentifier() {
    Observation observation =
        new ScoreMeasureMapper().toFhir(ExaminationFixtures.phq9(), STANDALONE);

    assertThat(observation.getSubject().getType()).isEqualTo("Patient");
    assertThat(observation.getEncounter().getIdentifier().getValue()).isEqualTo("visit-2025-001");
    assertThat(observation.getDerivedFromFirstRep().getIdentifier().getValue())
        .isEqualTo("qr-phq9");
  }

  @Test
  void readerRefusesAnObservationOfAnotherProfile() {
    Observation gad7 = new ScoreMeasureMapper().toFhir(ExaminationFixtures.gad7(), STANDALONE);

    assertThatThrownBy(() -> new EmploymentStatusMapper().fromFhir(gad7))
        .isInstanceOf(FhirReadException.class)
        .hasMessage(
            "Observation.code: is not http://loinc.org|74165-2 of profile" + " employment-status");
  }

  @Test
  void readerRefusesAReferenceWithoutIdentifierOutsideABundle() {
    Observation observation =
        new WorkAbilityIndexMapper().toFhir(ExaminationFixtures.workAbilityIndex(), STANDALONE);
    observation
        .getPerformerFirstRep()
        .setIdentifier(null)
        .setReference("urn:uuid:00000000-0000-4000-8000-000000000000");

    assertThatThrownBy(() -> new WorkAbilityIndexMapper().fromFhir(observation))
        .isInstanceOf(FhirReadException.class)
        .hasMessage("Observation.performer[0]: names no business identifier of its target");
  }

  @Test
  void readerRefusesAnInvalidHenkilotunnusWithoutRepeatingIt() {
    Patient patient = new ClientMapper().toFhir(ExaminationFixtures.client());
    patient.getIdentifierFirstRep().setValue("150385-912F");

    assertThatThrownBy(() -> new ClientMapper().fromFhir(patient))
        .isInstanceOf(FhirReadException.class)
        .hasMessage(
            "Patient.identifier:henkilotunnus: Invalid henkilötunnus: check character"
                + " does not match")
        .hasMessageNotContaining("150385");
  }

  @Test
  void everyRecordKindOfTheExaminationIsCovered() {
    List<Class<?>> kinds =
        ExaminationFixtures.everyRecord().stream()
            .<Class<?>>map(Object::getClass)
            .distinct()
            .toList();

    assertThat(kinds).hasSize(24);
  }

  @SuppressWarnings("unchecked")
  static ResourceMapper<Keyed, DomainResource> mapperFor(Keyed record) {
    Object mapper;
    if (record instanceof Client) {
      mapper = new ClientMapper();
    } else if (record instanceof Organisation) {
      mapper = new OrganisationMapper();
    } else if (record instanceof Professional) {
      mapper = new ProfessionalMapper();
    } else if (record instanceof ProfessionalRole) {
      mapper = new ProfessionalRoleMapper();
    } else if (record instanceof ExaminationEncounter) {
      mapper = new EncounterMapper();
    } else if (record instanceof WorkAbilitySupportEpisode) {
      mapper = new WorkAbilitySupportEpisodeMapper();
    } else if (record instanceof WorkAbilitySupportNetwork) {
      mapper = new WorkAbilitySupportNetworkMapper();
    } else if (record instanceof EmploymentStatus) {
      mapper = new EmploymentStatusMapper();
    } else if (record instanceof UnemploymentDuration) {
      mapper = new UnemploymentDurationMapper();
    } else if (record instanceof RegisteredJobSeeker) {
      mapper = new RegisteredJobSeekerMapper();
    } else if (record instanceof HealthCareCoverage) {
      mapper = new HealthCareCoverageMapper();
    } else if (record instanceof QuestionnaireAnswers) {
      mapper = new QuestionnaireAnswersMapper();
    } else if (record instanceof ScoreMeasure) {
      mapper = new ScoreMeasureMapper();
    } else if (record instanceof WorkAbilityIndexMeasure) {
      mapper = new WorkAbilityIndexMapper();
    } else if (record instanceof ThreeXTenDMeasure) {
      mapper = new ThreeXTenDMapper();
    } else if (record instanceof VitalSign) {
      mapper = new VitalSignMapper();
    } else if (record instanceof TeamEligibility) {
      mapper = new TeamEligibilityMapper();
    } else if (record instanceof WorkAbilityAssessment) {
      mapper = new WorkAbilityAssessmentMapper();
    } else if (record instanceof WorkAbilityCondition) {
      mapper = new WorkAbilityConditionMapper();
    } else if (record instanceof WorkAbilityGoal) {
      mapper = new WorkAbilityGoalMapper();
    } else if (record instanceof WorkAbilitySupportPlan) {
      mapper = new WorkAbilitySupportPlanMapper();
    } else if (record instanceof WorkAbilityReferral) {
      mapper = new WorkAbilityReferralMapper();
    } else if (record instanceof WorkAbilityFollowUpTask) {
      mapper = new WorkAbilityFollowUpTaskMapper();
    } else if (record instanceof EmploymentOutcome) {
      mapper = new EmploymentOutcomeMapper();
    } else {
      throw new AssertionError("No mapper for " + record.getClass());
    }
    return (ResourceMapper<Keyed, DomainResource>) mapper;
  }

  private static String expectedProfile(Keyed record) {
    if (record instanceof VitalSign vital) {
      return vital.kind().profileUrl();
    }
    if (record instanceof ScoreMeasure score) {
      return TyokykyPackage.structureDefinition(score.instrument().profileId());
    }
    String id =
        switch (record.getClass().getSimpleName()) {
          case "Client" -> ClientMapper.PROFILE;
          case "Organisation" -> OrganisationMapper.PROFILE;
          case "Professional" -> ProfessionalMapper.PROFILE;
          case "ProfessionalRole" -> ProfessionalRoleMapper.PROFILE;
          case "ExaminationEncounter" -> EncounterMapper.PROFILE;
          case "WorkAbilitySupportEpisode" -> WorkAbilitySupportEpisodeMapper.PROFILE;
          case "WorkAbilitySupportNetwork" -> WorkAbilitySupportNetworkMapper.PROFILE;
          case "EmploymentStatus" -> EmploymentStatusMapper.PROFILE;
          case "UnemploymentDuration" -> UnemploymentDurationMapper.PROFILE;
          case "RegisteredJobSeeker" -> RegisteredJobSeekerMapper.PROFILE;
          case "HealthCareCoverage" -> HealthCareCoverageMapper.PROFILE;
          case "QuestionnaireAnswers" -> QuestionnaireAnswersMapper.PROFILE;
          case "WorkAbilityIndexMeasure" -> WorkAbilityIndexMapper.PROFILE;
          case "ThreeXTenDMeasure" -> ThreeXTenDMapper.PROFILE;
          case "TeamEligibility" -> TeamEligibilityMapper.PROFILE;
          case "WorkAbilityAssessment" -> WorkAbilityAssessmentMapper.PROFILE;
          case "WorkAbilityCondition" -> WorkAbilityConditionMapper.PROFILE;
          case "WorkAbilityGoal" -> WorkAbilityGoalMapper.PROFILE;
          case "WorkAbilitySupportPlan" -> WorkAbilitySupportPlanMapper.PROFILE;
          case "WorkAbilityReferral" -> WorkAbilityReferralMapper.PROFILE;
          case "WorkAbilityFollowUpTask" -> WorkAbilityFollowUpTaskMapper.PROFILE;
          case "EmploymentOutcome" -> EmploymentOutcomeMapper.PROFILE;
          default -> throw new AssertionError(record.getClass());
        };
    return TyokykyPackage.structureDefinition(id);
  }
}
