package fi.tyokyky.model.record;

import static fi.tyokyky.model.record.Refusal.refused;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The aggregate refuses what would collide in the submission; Bean Validation sees inside. */
class ExaminationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @Test
  void needsTheClient() {
    refused(
        () -> Examination.builder().encounter(ExaminationFixtures.encounter()).build(),
        "Examination.client: is required");
  }

  @Test
  void needsTheEncounter() {
    refused(
        () -> Examination.builder().client(ExaminationFixtures.client()).build(),
        "Examination.encounter: is required");
  }

  @Test
  void twoObservationsWithOneIdentifierAreRefused() {
    refused(
        () ->
            Examination.builder()
                .client(ExaminationFixtures.client())
                .encounter(ExaminationFixtures.encounter())
                .employmentStatus(ExaminationFixtures.employmentStatus())
                .scores(
                    ScoreMeasure.builder()
                        .identifier(ExaminationFixtures.employmentStatus().identifier())
                        .effective(ExaminationFixtures.START)
                        .instrument(ScoreMeasure.Instrument.GAD_7)
                        .value(2)
                        .build())
                .build(),
        "Examination.observations: contains the same identifier twice");
  }

  @Test
  void twoOrganisationsWithOneKeyAreRefused() {
    refused(
        () ->
            Examination.builder()
                .client(ExaminationFixtures.client())
                .encounter(ExaminationFixtures.encounter())
                .organisations(
                    ExaminationFixtures.healthCentre(), ExaminationFixtures.healthCentre())
                .build(),
        "Examination.organisations: contains the same identifier twice");
  }

  @Test
  void observationsComeInSubmissionOrder() {
    assertThat(ExaminationFixtures.examination().observations())
        .extracting(ObservationRecord::identifier)
        .extracting(BusinessIdentifier::value)
        .startsWith(
            "obs-employment-status",
            "obs-unemployment-duration",
            "obs-job-seeker",
            "obs-coverage",
            "obs-phq9")
        .endsWith(
            "obs-eligibility",
            "obs-assessment",
            "obs-outcome-1",
            "obs-outcome-work-trial",
            "obs-outcome-month");
  }

  @Test
  void completeExaminationHasNoConstraintViolations() {
    assertThat(validator.validate(ExaminationFixtures.examination())).isEmpty();
  }

  @Test
  void futureEffectiveTimeAndOutOfRangeDimensionAreReported() {
    EmploymentStatus future =
        EmploymentStatus.builder()
            .identifier(ExaminationFixtures.id("7", "obs-future"))
            .effective(java.time.OffsetDateTime.now().plusDays(2))
            .value(fi.tyokyky.model.code.EmploymentStatusCode.STUDENT)
            .build();
    Examination examination =
        Examination.builder()
            .client(ExaminationFixtures.client())
            .encounter(ExaminationFixtures.encounter())
            .employmentStatus(future)
            .build();

    assertThat(validator.validate(examination))
        .extracting(v -> v.getPropertyPath() + " " + v.getMessage())
        .containsExactly("employmentStatus.effective must not be in the future");
  }

  @Test
  void futureBirthDateIsReportedWithItsPath() {
    Client client =
        Client.builder()
            .identifier(ExaminationFixtures.id("1", "client-9"))
            .birthDate(LocalDate.now().plusDays(1))
            .build();
    Examination examination =
        Examination.builder().client(client).encounter(ExaminationFixtures.encounter()).build();

    Set<ConstraintViolation<Examination>> violations = validator.validate(examination);

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("client.birthDate");
  }
}
