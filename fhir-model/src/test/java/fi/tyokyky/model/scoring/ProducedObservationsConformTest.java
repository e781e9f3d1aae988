package fi.tyokyky.model.scoring;

import static fi.tyokyky.model.scoring.ResponseFixtures.auditCTotal;
import static fi.tyokyky.model.scoring.ResponseFixtures.gad7Total;
import static fi.tyokyky.model.scoring.ResponseFixtures.participation;
import static fi.tyokyky.model.scoring.ResponseFixtures.phq9Total;
import static fi.tyokyky.model.scoring.ResponseFixtures.threeXTenD;
import static fi.tyokyky.model.scoring.ResponseFixtures.workAbilityScore;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import fi.tyokyky.model.code.HealthCareCoverageCode;
import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.eligibility.EligibilityCheck;
import fi.tyokyky.model.eligibility.EligibilityInput;
import fi.tyokyky.model.eligibility.TeamEligibilityObservationMapper;
import fi.tyokyky.model.fhir.ReferenceContext;
import fi.tyokyky.model.fhir.ScoreMeasureMapper;
import fi.tyokyky.model.fhir.ThreeXTenDMapper;
import fi.tyokyky.model.fhir.WorkAbilityIndexMapper;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.WorkAbilityIndexMeasure;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Observations this library produces pass HAPI's instance validator against their own profile,
 * fed only from the package and HAPI's R4 resources (no network).
 */
class ProducedObservationsConformTest {

  private static final FhirContext CONTEXT = FhirContext.forR4Cached();
  private static FhirValidator validator;

  @BeforeAll
  static void createValidator() throws IOException {
    NpmPackageValidationSupport npm = new NpmPackageValidationSupport(CONTEXT);
    npm.loadPackageFromClasspath(TyokykyPackage.CLASSPATH_TGZ);
    UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
        new UnknownCodeSystemWarningValidationSupport(CONTEXT);
    unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
    ValidationSupportChain chain =
        new ValidationSupportChain(
            npm,
            new DefaultProfileValidationSupport(CONTEXT),
            new CommonCodeSystemsTerminologyService(CONTEXT),
            new InMemoryTerminologyServerValidationSupport(CONTEXT),
            new SnapshotGeneratingValidationSupport(CONTEXT),
            unknownCodeSystems);
    validator = CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  static Stream<Arguments> observations() {
    ScoringService scoring = new ScoringService();
    ReferenceContext references =
        ReferenceContext.logical(
            BusinessIdentifier.of("urn:oid:1.2.246.10.99999999.10.2", "client-1"),
            BusinessIdentifier.of("urn:oid:1.2.246.10.99999999.10.2", "encounter-1"));
    List<QuestionnaireAnswers> responses =
        List.of(
            phq9Total(27),
            gad7Total(10),
            auditCTotal(6),
            workAbilityScore(8),
            participation(2, 3, 4, 5, 1, 2, 3, 4),
            threeXTenD(Map.of(1, 0, 2, 10, 5, 6)));
    Stream<Arguments> scores =
        responses.stream()
            .map(
                response -> {
                  QuestionnaireAnswers answered =
                      new QuestionnaireAnswers(
                          response.identifier(),
                          response.questionnaireId(),
                          response.status(),
                          response.authored(),
                          MeasurementTimepoint.BASELINE,
                          response.answers(),
                          Actor.client());
                  ScoringResult result = scoring.score(answered, Gender.FEMALE);
                  Observation observation;
                  if (result instanceof Score score) {
                    observation = new ScoreMeasureMapper().toFhir(score.measure(), references);
                  } else if (result instanceof ThreeXTenDScore score) {
                    observation = new ThreeXTenDMapper().toFhir(score.measure(), references);
                  } else {
                    throw new AssertionError(result);
                  }
                  return Arguments.of(response.questionnaireId(), observation);
                });

    Identifier identifier =
        new Identifier().setSystem("urn:oid:1.2.246.10.99999999.10.2").setValue("x-1");
    Observation wai =
        new WorkAbilityIndexMapper()
            .toFhir(
                WorkAbilityIndexMeasure.builder()
                    .identifier(
                        BusinessIdentifier.of(identifier.getSystem(), identifier.getValue()))
                    .effective(LocalDate.of(2026, 3, 2))
                    .total(44)
                    .build(),
                references);

    EligibilityCheck check = new EligibilityCheck();
    TeamEligibilityObservationMapper mapper = new TeamEligibilityObservationMapper();
    LocalDate assessed = LocalDate.of(2026, 3, 2);
    Observation eligible =
        mapper.toObservation(
            check.evaluate(
                EligibilityInput.assessedOn(assessed)
                    .birthDate(assessed.minusYears(30))
                    .healthCareCoverage(HealthCareCoverageCode.NONE)
                    .rehabilitationEmploymentProspects(true)
                    .needsMultidisciplinaryAssessment(true)
                    .longTermChallenge(true)
                    .earlierServicesNoSolution(true)
                    .acuteCrisis(false)
                    .ongoingSpecialistProcess(false)
                    .build()),
            new Reference("Patient/p1"),
            null,
            new DateTimeType("2026-03-02"),
            identifier);
    Observation undetermined =
        mapper.toObservation(
            check.evaluate(EligibilityInput.assessedOn(assessed).build()),
            new Reference("Patient/p1"),
            null,
            new DateTimeType("2026-03-02"),
            identifier);

    return Stream.concat(
        scores,
        Stream.of(
            Arguments.of("Work Ability Index", wai),
            Arguments.of("eligible", eligible),
            Arguments.of("undetermined eligibility", undetermined)));
  }

  private static List<SingleValidationMessage> errors(Observation observation) {
    return validator.validateWithResult(observation).getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .toList();
  }

  /** Control: the validator does apply the profile, so a clean result above means something. */
  @Test
  void outOfRangeTotalIsCaughtByTheProfile() {
    ScoreMeasure score = ((Score) new ScoringService().phq9(phq9Total(20))).measure();
    Observation observation =
        new ScoreMeasureMapper()
            .toFhir(
                score,
                ReferenceContext.logical(
                    BusinessIdentifier.of("urn:oid:1.2.246.10.99999999.10.2", "client-1"), null));
    observation.getValueQuantity().setValue(28);

    assertThat(errors(observation))
        .extracting(SingleValidationMessage::getMessage)
        .anyMatch(m -> m.contains("tk-phq9-range"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("observations")
  void validAgainstItsProfile(String name, Observation observation) {
    List<SingleValidationMessage> errors = errors(observation);

    assertThat(errors)
        .as(
            () ->
                errors.stream()
                    .map(m -> m.getLocationString() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
