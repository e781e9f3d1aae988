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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import ca.uhn.fhir.context.FhirContext;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreObservationFactoryTest {

  static final String LOINC = "http://loinc.org";
  static final String OBSERVATION_CS = "https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs";
  static final String TIMEPOINT_URL =
      "https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint";

  private static final ScoringService SCORING = new ScoringService();
  private static final ScoreObservationFactory FACTORY = new ScoreObservationFactory();

  static Observation observationOf(QuestionnaireResponse response) {
    ScoringResult result = SCORING.score(response, AdministrativeGender.MALE);
    assertThat(result).isInstanceOf(Score.class);
    return FACTORY.create((Score) result, response);
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
    QuestionnaireResponse response =
        switch (questionnaire) {
          case "phq-9" -> phq9Total(14);
          case "gad-7" -> gad7Total(14);
          case "audit-c" -> auditCTotal(6);
          case "work-ability-score" -> workAbilityScore(6);
          default -> participation(2, 2, 2, 2, 1, 1, 1, 1);
        };

    Observation observation = observationOf(response);

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
    QuestionnaireResponse response =
        switch (questionnaire) {
          case "phq-9" -> phq9Total(total);
          case "gad-7" -> gad7Total(total);
          default -> auditCTotal(total);
        };

    Observation observation = observationOf(response);

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
  void scoresWithoutAScoreBandHaveNoInterpretation() {
    Score unknownSex = (Score) SCORING.score(auditCTotal(7), AdministrativeGender.UNKNOWN);

    assertThat(unknownSex.band()).isEqualTo(AuditCRisk.UNKNOWN_RISK);
    assertThat(FACTORY.create(unknownSex, auditCTotal(7)).hasInterpretation()).isFalse();
    assertThat(observationOf(workAbilityScore(6)).hasInterpretation()).isFalse();
  }

  @Nested
  class LinkToTheResponse {

    @Test
    void derivedFromTheResponseById() {
      QuestionnaireResponse response = phq9Total(3);
      response.setId("QuestionnaireResponse/qr-17/_history/2");

      Reference derivedFrom = observationOf(response).getDerivedFromFirstRep();

      assertThat(derivedFrom.getReference()).isEqualTo("QuestionnaireResponse/qr-17");
      assertThat(derivedFrom.getType()).isEqualTo("QuestionnaireResponse");
      assertThat(derivedFrom.getIdentifier().getSystem()).isEqualTo(RESPONSE_SYSTEM);
      assertThat(derivedFrom.getIdentifier().getValue()).isEqualTo("qr-phq-9-1");
    }

    @Test
    void derivedFromTheTransactionEntry() {
      QuestionnaireResponse response = phq9Total(3);
      response.setId("urn:uuid:4b3f5a1e-8c6d-4e2f-9a0b-1c2d3e4f5a6b");

      assertThat(observationOf(response).getDerivedFromFirstRep().getReference())
          .isEqualTo("urn:uuid:4b3f5a1e-8c6d-4e2f-9a0b-1c2d3e4f5a6b");
    }

    @Test
    void derivedFromTheIdentifierWhenTheResponseHasNoId() {
      Observation observation = observationOf(phq9Total(3));

      assertThat(observation.getDerivedFrom()).hasSize(1);
      assertThat(observation.getDerivedFromFirstRep().hasReference()).isFalse();
      assertThat(observation.getDerivedFromFirstRep().getIdentifier().getValue())
          .isEqualTo("qr-phq-9-1");
    }

    @Test
    void subjectEncounterAndEffectiveComeFromTheResponse() {
      Observation observation = observationOf(gad7Total(8));

      assertThat(observation.getSubject().getReference()).isEqualTo("Patient/p1");
      assertThat(observation.getEncounter().getReference()).isEqualTo("Encounter/e1");
      assertThat(observation.getEffectiveDateTimeType().getValueAsString()).isEqualTo(AUTHORED);
    }

    @Test
    void identifierIsDerivedSoThatScoringAgainGivesTheSameOne() {
      QuestionnaireResponse response = gad7Total(8);

      Observation first = observationOf(response);
      Observation second = observationOf(response);

      assertThat(first.getIdentifierFirstRep().getSystem()).isEqualTo(RESPONSE_SYSTEM);
      assertThat(first.getIdentifierFirstRep().getValue()).isEqualTo("qr-gad-7-1-score");
      assertThat(first.hasId()).isFalse();
      FhirContext context = FhirContext.forR4Cached();
      assertThat(context.newJsonParser().encodeResourceToString(second))
          .isEqualTo(context.newJsonParser().encodeResourceToString(first));
    }

    @Test
    void respondentIsThePerformer() {
      QuestionnaireResponse response = gad7Total(8);
      response.setSource(new Reference("Patient/p1"));

      assertThat(observationOf(response).getPerformer())
          .extracting(Reference::getReference)
          .containsExactly("Patient/p1");
    }

    @Test
    void relatedPersonIsNotAPerformerOfTheProfiles() {
      QuestionnaireResponse response = gad7Total(8);
      response.setSource(new Reference("RelatedPerson/r1"));

      assertThat(observationOf(response).hasPerformer()).isFalse();
    }

    @Test
    void measurementTimepointIsCopied() {
      QuestionnaireResponse response = workAbilityScore(5);
      Coding followUp =
          new Coding(
              "https://tyokyky.fi/fhir/CodeSystem/measurement-timepoint-cs",
              "follow-up-6-months",
              null);
      response.addExtension(TIMEPOINT_URL, followUp);

      Observation observation = observationOf(response);

      assertThat(observation.getExtensionByUrl(TIMEPOINT_URL).getValue())
          .isInstanceOfSatisfying(
              Coding.class, c -> assertThat(c.getCode()).isEqualTo("follow-up-6-months"));
    }

    @Test
    void noTimepointNoEncounterWhenTheResponseHasNone() {
      QuestionnaireResponse response = workAbilityScore(5);
      response.setEncounter(null);

      Observation observation = observationOf(response);

      assertThat(observation.hasExtension()).isFalse();
      assertThat(observation.hasEncounter()).isFalse();
    }

    @Test
    void responseOfAnotherInstrumentIsRejected() {
      Score score = (Score) SCORING.phq9(phq9Total(3));

      assertThatIllegalArgumentException()
          .isThrownBy(() -> FACTORY.create(score, gad7Total(3)))
          .withMessage("The response is not a PHQ-9 response");
    }

    @Test
    void responseWithoutIdentifierIsRejected() {
      QuestionnaireResponse response = phq9Total(3);
      Score score = (Score) SCORING.phq9(response);
      response.setIdentifier(null);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> FACTORY.create(score, response))
          .withMessage("The response has no identifier with system and value");
    }
  }

  @Test
  void threeXTenDHasOneComponentPerAnsweredDimension() {
    Observation observation = observationOf(threeXTenD(Map.of(1, 7, 3, 10, 10, 0)));

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
  }

  @Test
  void workAbilityIndexWithCategoryComponent() {
    Identifier identifier = new Identifier().setSystem(RESPONSE_SYSTEM).setValue("wai-1");

    Observation observation =
        FACTORY.create(
            WorkAbilityIndex.of(37),
            new Reference("Patient/p1"),
            null,
            new DateTimeType("2026-03-02"),
            identifier);

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
    assertThat(observation.hasEncounter()).isFalse();
  }

  @Test
  void workAbilityIndexNeedsAnIdentifierValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                FACTORY.create(
                    WorkAbilityIndex.of(30),
                    new Reference("Patient/p1"),
                    null,
                    new DateTimeType("2026-03-02"),
                    new Identifier().setSystem(RESPONSE_SYSTEM)))
        .withMessage("The identifier needs a system and a value");
  }
}
