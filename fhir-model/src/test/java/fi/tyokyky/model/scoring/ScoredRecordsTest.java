package fi.tyokyky.model.scoring;

import static fi.tyokyky.model.scoring.ResponseFixtures.AUTHORED;
import static fi.tyokyky.model.scoring.ResponseFixtures.RESPONSE_SYSTEM;
import static fi.tyokyky.model.scoring.ResponseFixtures.auditCTotal;
import static fi.tyokyky.model.scoring.ResponseFixtures.gad7Total;
import static fi.tyokyky.model.scoring.ResponseFixtures.participation;
import static fi.tyokyky.model.scoring.ResponseFixtures.phq9Total;
import static fi.tyokyky.model.scoring.ResponseFixtures.threeXTenD;
import static fi.tyokyky.model.scoring.ResponseFixtures.workAbilityScore;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.code.MeasurementTimepoint;
import fi.tyokyky.model.fhir.ReferenceContext;
import fi.tyokyky.model.fhir.ScoreMeasureMapper;
import fi.tyokyky.model.fhir.ThreeXTenDMapper;
import fi.tyokyky.model.fhir.WorkAbilityIndexMapper;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.ObservationStatus;
import fi.tyokyky.model.record.PointInTime;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.model.record.WorkAbilityIndexMeasure;
import java.time.LocalDate;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What scoring gives is the record that stores the score, and the mapper alone turns it into the
 * Observation of the score's profile: scored answers end up as the same Observation as a score
 * entered by hand.
 */
class ScoredRecordsTest {

  static final String OBSERVATION_CS = "https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs";
  static final String TIMEPOINT_URL =
      "https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint";

  private static final ScoringService SCORING = new ScoringService();
  private static final BusinessIdentifier CLIENT =
      BusinessIdentifier.of("urn:oid:1.2.246.10.99999999.10.5", "client-1");
  private static final BusinessIdentifier ENCOUNTER =
      BusinessIdentifier.of("urn:oid:1.2.246.10.99999999.10.5", "encounter-1");
  private static final ReferenceContext REFERENCES = ReferenceContext.logical(CLIENT, ENCOUNTER);

  static ScoreMeasure scoreOf(QuestionnaireAnswers answers) {
    ScoringResult result = SCORING.score(answers, Gender.MALE);
    assertThat(result).isInstanceOf(Score.class);
    return ((Score) result).measure();
  }

  static Observation observationOf(QuestionnaireAnswers answers) {
    return new ScoreMeasureMapper().toFhir(scoreOf(answers), REFERENCES);
  }

  private static void assertScoreQuantity(Quantity quantity, String value) {
    assertThat(quantity.getValue()).isEqualByComparingTo(value);
    assertThat(quantity.getSystem()).isEqualTo("http://unitsofmeasure.org");
    assertThat(quantity.getCode()).isEqualTo("{score}");
    assertThat(quantity.getUnit()).isEqualTo("{score}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "phq-9, phq9-score, http://loinc.org, 44261-6, 14",
    "gad-7, gad7-score, http://loinc.org, 70274-6, 14",
    "audit-c, audit-c-score, http://loinc.org, 75626-2, 6",
    "work-ability-score, work-ability-score, " + OBSERVATION_CS + ", work-ability-score, 6",
    "participation-indicator, participation-indicator-score, "
        + OBSERVATION_CS
        + ", participation-indicator, 12.5",
  })
  void profileCodeAndValue(
      String questionnaire, String profile, String system, String code, String value) {
    QuestionnaireAnswers answers =
        switch (questionnaire) {
          case "phq-9" -> phq9Total(14);
          case "gad-7" -> gad7Total(14);
          case "audit-c" -> auditCTotal(6);
          case "work-ability-score" -> workAbilityScore(6);
          default -> participation(2, 2, 2, 2, 1, 1, 1, 1);
        };

    Observation observation = observationOf(answers);

    assertThat(observation.getMeta().getProfile())
        .extracting(p -> p.getValue())
        .containsExactly("https://tyokyky.fi/fhir/StructureDefinition/" + profile);
    assertThat(observation.getCode().getCoding())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getSystem()).isEqualTo(system);
              assertThat(c.getCode()).isEqualTo(code);
            });
    assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getSystem())
        .isEqualTo("http://terminology.hl7.org/CodeSystem/observation-category");
    assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
    assertThat(observation.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
    assertScoreQuantity(observation.getValueQuantity(), value);
    assertThat(observation.hasComponent()).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
    "phq-9, 14, moderate",
    "phq-9, 20, severe",
    "gad-7, 14, moderate",
    "gad-7, 3, minimal",
    "audit-c, 6, at-risk",
    "audit-c, 5, low-risk",
  })
  void bandIsTheInterpretation(String questionnaire, int total, String band) {
    QuestionnaireAnswers answers =
        switch (questionnaire) {
          case "phq-9" -> phq9Total(total);
          case "gad-7" -> gad7Total(total);
          default -> auditCTotal(total);
        };

    Observation observation = observationOf(answers);

    assertThat(observation.getInterpretation())
        .singleElement()
        .satisfies(
            concept -> {
              assertThat(concept.getCodingFirstRep().getSystem())
                  .isEqualTo("https://tyokyky.fi/fhir/CodeSystem/score-band-cs");
              assertThat(concept.getCodingFirstRep().getCode()).isEqualTo(band);
            });
  }

  @Test
  void scoresWithoutABandHaveNoInterpretation() {
    ScoreMeasure unknownSex = ((Score) SCORING.score(auditCTotal(7), Gender.UNKNOWN)).measure();

    assertThat(unknownSex.band()).isNull();
    assertThat(new ScoreMeasureMapper().toFhir(unknownSex, REFERENCES).hasInterpretation())
        .isFalse();
    assertThat(observationOf(workAbilityScore(6)).hasInterpretation()).isFalse();
  }

  @Nested
  class TakenFromTheAnswers {

    @Test
    void derivedFromTheAnswersByTheirIdentifier() {
      ScoreMeasure score = scoreOf(phq9Total(3));
      Reference derivedFrom =
          new ScoreMeasureMapper().toFhir(score, REFERENCES).getDerivedFromFirstRep();

      assertThat(score.derivedFrom())
          .isEqualTo(BusinessIdentifier.of(RESPONSE_SYSTEM, "qr-phq-9-1"));
      assertThat(derivedFrom.getType()).isEqualTo("QuestionnaireResponse");
      assertThat(derivedFrom.getIdentifier().getSystem()).isEqualTo(RESPONSE_SYSTEM);
      assertThat(derivedFrom.getIdentifier().getValue()).isEqualTo("qr-phq-9-1");
    }

    @Test
    void effectiveIsWhenTheAnswersWereGivenAndTheStatusFinal() {
      ScoreMeasure score = scoreOf(gad7Total(8));

      assertThat(score.effective()).isEqualTo(PointInTime.of(AUTHORED));
      assertThat(score.effectiveEnd()).isNull();
      assertThat(score.status()).isEqualTo(ObservationStatus.FINAL);
    }

    @Test
    void identifierIsDerivedSoThatScoringAgainGivesTheSameOne() {
      QuestionnaireAnswers answers = gad7Total(8);

      ScoreMeasure first = scoreOf(answers);
      ScoreMeasure second = scoreOf(answers);

      assertThat(first.identifier())
          .isEqualTo(BusinessIdentifier.of(RESPONSE_SYSTEM, "qr-gad-7-1-score"));
      assertThat(second).isEqualTo(first);
      FhirContext context = FhirContext.forR4Cached();
      assertThat(
              context
                  .newJsonParser()
                  .encodeResourceToString(new ScoreMeasureMapper().toFhir(second, REFERENCES)))
          .isEqualTo(
              context
                  .newJsonParser()
                  .encodeResourceToString(new ScoreMeasureMapper().toFhir(first, REFERENCES)));
    }

    @Test
    void respondentIsThePerformer() {
      QuestionnaireAnswers answers = withSource(gad7Total(8), Actor.client());

      assertThat(scoreOf(answers).performers()).containsExactly(Actor.client());
      assertThat(observationOf(answers).getPerformer())
          .extracting(reference -> reference.getIdentifier().getValue())
          .containsExactly("client-1");
    }

    @Test
    void noRespondentNoPerformer() {
      assertThat(scoreOf(gad7Total(8)).performers()).isEmpty();
    }

    @Test
    void measurementTimepointIsCopied() {
      QuestionnaireAnswers answers =
          withTimepoint(workAbilityScore(5), MeasurementTimepoint.FOLLOW_UP_6_MONTHS);

      Observation observation = observationOf(answers);

      assertThat(observation.getExtensionByUrl(TIMEPOINT_URL).getValue())
          .isInstanceOfSatisfying(
              Coding.class, c -> assertThat(c.getCode()).isEqualTo("follow-up-6-months"));
    }

    @Test
    void noTimepointWhenTheAnswersHaveNone() {
      assertThat(scoreOf(workAbilityScore(5)).timepoint()).isNull();
      assertThat(observationOf(workAbilityScore(5)).hasExtension()).isFalse();
    }
  }

  @Test
  void threeXTenDHasOneComponentPerAnsweredDimension() {
    ThreeXTenDMeasure measure =
        ((ThreeXTenDScore) SCORING.score(threeXTenD(Map.of(1, 7, 3, 10, 10, 0)))).measure();
    Observation observation = new ThreeXTenDMapper().toFhir(measure, REFERENCES);

    assertThat(observation.getMeta().getProfile().get(0).getValue())
        .isEqualTo("https://tyokyky.fi/fhir/StructureDefinition/three-x-ten-d");
    assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("three-x-ten-d");
    assertThat(observation.hasValue()).isFalse();
    assertThat(observation.getComponent())
        .extracting(c -> c.getCode().getCodingFirstRep().getCode())
        .containsExactly("dimension-1", "dimension-3", "dimension-10");
    assertThat(observation.getComponentFirstRep().getCode().getCodingFirstRep().getSystem())
        .isEqualTo("https://tyokyky.fi/fhir/CodeSystem/three-x-ten-d-dimension-cs");
    assertScoreQuantity(observation.getComponent().get(1).getValueQuantity(), "10");
    assertThat(observation.getDerivedFromFirstRep().getIdentifier().getValue())
        .isEqualTo("qr-three-x-ten-d-1");
    assertThat(measure.identifier().value()).isEqualTo("qr-three-x-ten-d-1-score");
  }

  @Test
  void workAbilityIndexWithCategoryComponent() {
    // The index is entered (a licensed instrument without a package questionnaire), not scored.
    WorkAbilityIndexMeasure index =
        WorkAbilityIndexMeasure.builder()
            .identifier(BusinessIdentifier.of(RESPONSE_SYSTEM, "wai-1"))
            .effective(LocalDate.of(2026, 3, 2))
            .total(37)
            .build();

    Observation observation = new WorkAbilityIndexMapper().toFhir(index, REFERENCES);

    assertThat(observation.getMeta().getProfile().get(0).getValue())
        .isEqualTo("https://tyokyky.fi/fhir/StructureDefinition/work-ability-index");
    assertThat(observation.getCode().getCodingFirstRep().getSystem()).isEqualTo(OBSERVATION_CS);
    assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("work-ability-index");
    assertScoreQuantity(observation.getValueQuantity(), "37");
    ObservationComponentComponent category = observation.getComponentFirstRep();
    assertThat(observation.getComponent()).hasSize(1);
    assertThat(category.getCode().getCodingFirstRep().getSystem()).isEqualTo(OBSERVATION_CS);
    assertThat(category.getCode().getCodingFirstRep().getCode()).isEqualTo("wai-category");
    assertThat(category.getValueCodeableConcept().getCodingFirstRep().getSystem())
        .isEqualTo("https://tyokyky.fi/fhir/CodeSystem/wai-category-cs");
    assertThat(category.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("good");
    assertThat(category.getValueCodeableConcept().getCodingFirstRep().getDisplay())
        .isEqualTo("Hyvä");
    assertThat(observation.getIdentifierFirstRep().getValue()).isEqualTo("wai-1");
    assertThat(observation.hasDerivedFrom()).isFalse();
  }

  private static QuestionnaireAnswers withSource(QuestionnaireAnswers answers, Actor source) {
    return new QuestionnaireAnswers(
        answers.identifier(),
        answers.questionnaireId(),
        answers.status(),
        answers.authored(),
        answers.timepoint(),
        answers.answers(),
        source);
  }

  private static QuestionnaireAnswers withTimepoint(
      QuestionnaireAnswers answers, MeasurementTimepoint timepoint) {
    return new QuestionnaireAnswers(
        answers.identifier(),
        answers.questionnaireId(),
        answers.status(),
        answers.authored(),
        timepoint,
        answers.answers(),
        answers.source());
  }
}
