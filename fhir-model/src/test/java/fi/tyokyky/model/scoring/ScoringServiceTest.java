package fi.tyokyky.model.scoring;

import static fi.tyokyky.model.scoring.ResponseFixtures.auditCTotal;
import static fi.tyokyky.model.scoring.ResponseFixtures.gad7Total;
import static fi.tyokyky.model.scoring.ResponseFixtures.loinc;
import static fi.tyokyky.model.scoring.ResponseFixtures.participation;
import static fi.tyokyky.model.scoring.ResponseFixtures.phq9;
import static fi.tyokyky.model.scoring.ResponseFixtures.phq9Total;
import static fi.tyokyky.model.scoring.ResponseFixtures.response;
import static fi.tyokyky.model.scoring.ResponseFixtures.threeXTenD;
import static fi.tyokyky.model.scoring.ResponseFixtures.with;
import static fi.tyokyky.model.scoring.ResponseFixtures.withStatus;
import static fi.tyokyky.model.scoring.ResponseFixtures.workAbilityScore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.code.ThreeXTenDDimension;
import fi.tyokyky.model.fhir.FhirReadException;
import fi.tyokyky.model.fhir.QuestionnaireAnswersMapper;
import fi.tyokyky.model.fhir.ReferenceReader;
import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.record.Answer.AnswerCoding;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.InvalidRecordException;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.QuestionnaireResponseStatus;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.ScoreMeasure.Instrument;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.model.scoring.CannotScore.Problem;
import fi.tyokyky.model.scoring.CannotScore.Reason;
import fi.tyokyky.profiles.TyokykyPackage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

class ScoringServiceTest {

  private static final ScoringService SCORING = new ScoringService();

  private static ScoreMeasure scored(ScoringResult result) {
    assertThat(result).as("result of scoring").isInstanceOf(Score.class);
    return ((Score) result).measure();
  }

  private static ThreeXTenDMeasure dimensions(ScoringResult result) {
    assertThat(result).as("result of scoring").isInstanceOf(ThreeXTenDScore.class);
    return ((ThreeXTenDScore) result).measure();
  }

  /** Reads a FHIR response as the library reads every response, then scores the answers. */
  private static ScoringResult scoreFhir(QuestionnaireResponse response) {
    return SCORING.score(
        new QuestionnaireAnswersMapper().fromFhir(response, ReferenceReader.IDENTIFIER));
  }

  /** A FHIR PHQ-9 response whose first eight items are answered with weight 0. */
  private static QuestionnaireResponse fhirPhq9() {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setQuestionnaire(TyokykyPackage.questionnaire("phq-9"));
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    response.getIdentifier().setSystem(ResponseFixtures.RESPONSE_SYSTEM).setValue("qr-fhir-1");
    response.setAuthoredElement(new DateTimeType("2026-03-02T10:15:00+02:00"));
    for (int item = 1; item <= 8; item++) {
      response
          .addItem()
          .setLinkId("phq9-" + item)
          .addAnswer()
          .setValue(new Coding(ResponseFixtures.LOINC, "LA6568-5", null));
    }
    return response;
  }

  private static CannotScore notScored(ScoringResult result) {
    assertThat(result).as("result of scoring").isInstanceOf(CannotScore.class);
    return (CannotScore) result;
  }

  @Nested
  class Phq9 {

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({
      "0, MINIMAL",
      "4, MINIMAL",
      "5, MILD",
      "9, MILD",
      "10, MODERATE",
      "14, MODERATE",
      "15, MODERATELY_SEVERE",
      "19, MODERATELY_SEVERE",
      "20, SEVERE",
      "27, SEVERE"
    })
    void bandEdges(int total, ScoreBandCode band) {
      ScoreMeasure score = scored(SCORING.phq9(phq9Total(total)));

      assertThat(score.instrument()).isEqualTo(Instrument.PHQ_9);
      assertThat(score.value()).isEqualByComparingTo(BigDecimal.valueOf(total));
      assertThat(score.band()).isEqualTo(band);
    }

    @Test
    void weightsComeFromEachAnswer() {
      // 0+1+2+3+0+1+2+3+1 = 13
      ScoreMeasure score = scored(SCORING.phq9(phq9(0, 1, 2, 3, 0, 1, 2, 3, 1)));

      assertThat(score.value()).isEqualByComparingTo("13");
      assertThat(score.band().code()).isEqualTo("moderate");
    }

    @Test
    void severeBandCode() {
      assertThat(scored(SCORING.phq9(phq9Total(15))).band().code()).isEqualTo("moderately-severe");
    }
  }

  @Nested
  class Gad7 {

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({
      "0, MINIMAL",
      "4, MINIMAL",
      "5, MILD",
      "9, MILD",
      "10, MODERATE",
      "14, MODERATE",
      "15, SEVERE",
      "21, SEVERE"
    })
    void bandEdges(int total, ScoreBandCode band) {
      ScoreMeasure score = scored(SCORING.gad7(gad7Total(total)));

      assertThat(score.instrument()).isEqualTo(Instrument.GAD_7);
      assertThat(score.value()).isEqualByComparingTo(BigDecimal.valueOf(total));
      assertThat(score.band()).isEqualTo(band);
    }
  }

  @Nested
  class AuditC {

    @ParameterizedTest(name = "{1} with total {0} is {2}")
    @CsvSource({
      "0, FEMALE, LOW_RISK", "4, FEMALE, LOW_RISK", "5, FEMALE, AT_RISK", "12, FEMALE, AT_RISK",
      "0, MALE, LOW_RISK", "5, MALE, LOW_RISK", "6, MALE, AT_RISK", "12, MALE, AT_RISK"
    })
    void sexSpecificThresholds(int total, Gender sex, ScoreBandCode risk) {
      ScoreMeasure score = scored(SCORING.auditC(auditCTotal(total), sex));

      assertThat(score.instrument()).isEqualTo(Instrument.AUDIT_C);
      assertThat(score.value()).isEqualByComparingTo(BigDecimal.valueOf(total));
      assertThat(score.band()).isEqualTo(risk);
    }

    @ParameterizedTest
    @NullSource
    @EnumSource(names = {"OTHER", "UNKNOWN"})
    void unknownSexStillGivesTheTotalWithoutABand(Gender sex) {
      ScoreMeasure score = scored(SCORING.auditC(auditCTotal(7), sex));

      assertThat(score.value()).isEqualByComparingTo("7");
      assertThat(score.band()).isNull();
    }

    @Test
    void thresholdsAreTheCurrentCareValues() {
      assertThat(ScoreMeasure.AUDIT_C_RISK_THRESHOLD_MEN).isEqualTo(6);
      assertThat(ScoreMeasure.AUDIT_C_RISK_THRESHOLD_WOMEN).isEqualTo(5);
    }

    @Test
    void eachQuestionHasItsOwnAnswerCodes() {
      // "Monthly or less" (1) to question 1, "5 or 6" (2) to question 2, "Weekly" (3) to
      // question 3.
      QuestionnaireAnswers response =
          response(
              "audit-c",
              loinc("auditc-1", "LA18926-8"),
              loinc("auditc-2", "LA18930-0"),
              loinc("auditc-3", "LA18891-4"));

      assertThat(scored(SCORING.auditC(response, Gender.FEMALE)).value()).isEqualByComparingTo("6");
    }

    @Test
    void answerCodeOfAnotherQuestionIsUnknown() {
      // "LA18891-4" (Weekly) belongs to question 3, not question 2.
      QuestionnaireAnswers response =
          response(
              "audit-c",
              loinc("auditc-1", "LA18926-8"),
              loinc("auditc-2", "LA18891-4"),
              loinc("auditc-3", "LA6270-8"));

      CannotScore result = notScored(SCORING.auditC(response, Gender.MALE));

      assertThat(result.problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ANSWER_CODE, "auditc-2"));
    }

    @ParameterizedTest
    @EnumSource(names = {"FEMALE", "MALE"})
    void neverSkipsQuestionsTwoAndThreeWhichCountAsZero(Gender sex) {
      QuestionnaireAnswers response = response("audit-c", loinc("auditc-1", "LA6270-8"));

      ScoreMeasure score = scored(SCORING.auditC(response, sex));

      assertThat(score.value()).isEqualByComparingTo("0");
      assertThat(score.band()).isEqualTo(ScoreBandCode.LOW_RISK);
    }

    @Test
    void anAnswerToASkippedQuestionCannotBeScored() {
      // "3 or 4" drinks (weight 1) after "Never": the two answers contradict each other.
      QuestionnaireAnswers response =
          response("audit-c", loinc("auditc-1", "LA6270-8"), loinc("auditc-2", "LA15695-2"));

      CannotScore result = notScored(SCORING.auditC(response, Gender.FEMALE));

      assertThat(result.problems())
          .containsExactly(new Problem(Reason.ANSWER_TO_DISABLED_ITEM, "auditc-2"));
      assertThat(result.message())
          .isEqualTo("Cannot score AUDIT-C: item answered although not enabled: auditc-2");
    }

    @Test
    void anyOtherAnswerThanNeverNeedsQuestionsTwoAndThree() {
      QuestionnaireAnswers response = response("audit-c", loinc("auditc-1", "LA18926-8"));

      CannotScore result = notScored(SCORING.auditC(response, Gender.MALE));

      assertThat(result.linkIds()).containsExactly("auditc-2", "auditc-3");
      assertThat(result.message())
          .isEqualTo("Cannot score AUDIT-C: required item not answered: auditc-2, auditc-3");
    }

    @ParameterizedTest
    @CsvSource({"auditc-2, LA15694-5", "auditc-3, LA6270-8"})
    void oneMissingQuestionAfterAnotherAnswerThanNeverIsNamed(String answered, String code) {
      QuestionnaireAnswers response =
          response("audit-c", loinc("auditc-1", "LA18927-6"), loinc(answered, code));
      String missing = answered.equals("auditc-2") ? "auditc-3" : "auditc-2";

      CannotScore result = notScored(SCORING.auditC(response, Gender.MALE));

      assertThat(result.problems()).containsExactly(new Problem(Reason.MISSING_ANSWER, missing));
    }

    @Test
    void withoutAnAnswerToQuestionOneOnlyItIsMissing() {
      // As the validator sees it: until question 1 is answered, questions 2 and 3 are not asked.
      CannotScore result = notScored(SCORING.auditC(response("audit-c"), Gender.MALE));

      assertThat(result.problems()).containsExactly(new Problem(Reason.MISSING_ANSWER, "auditc-1"));
    }
  }

  @Nested
  class WorkAbilityScoreItem {

    @ParameterizedTest
    @CsvSource({"0", "7", "10"})
    void theAnswerIsTheScore(int value) {
      ScoreMeasure score = scored(SCORING.workAbilityScore(workAbilityScore(value)));

      assertThat(score.instrument()).isEqualTo(Instrument.WORK_ABILITY_SCORE);
      assertThat(score.value()).isEqualByComparingTo(BigDecimal.valueOf(value));
      assertThat(score.band()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"-1", "11"})
    void outOfRangeAnswerIsInvalid(int value) {
      CannotScore result = notScored(SCORING.workAbilityScore(workAbilityScore(value)));

      assertThat(result.problems()).containsExactly(new Problem(Reason.INVALID_ANSWER, "was"));
    }

    @Test
    void missingAnswer() {
      CannotScore result = notScored(SCORING.workAbilityScore(response("work-ability-score")));

      assertThat(result.problems()).containsExactly(new Problem(Reason.MISSING_ANSWER, "was"));
      assertThat(result.message())
          .isEqualTo("Cannot score Work Ability Score: required item not answered: was");
    }

    @Test
    void decimalAnswerIsInvalid() {
      QuestionnaireAnswers response =
          response("work-ability-score", Answer.decimal("was", new BigDecimal("7.5")));

      assertThat(notScored(SCORING.workAbilityScore(response)).problems())
          .containsExactly(new Problem(Reason.INVALID_ANSWER, "was"));
    }
  }

  @Nested
  class ParticipationIndicator {

    @Test
    void lowestAnswersGiveZero() {
      ScoreMeasure score =
          scored(SCORING.participationIndicator(participation(1, 1, 1, 1, 1, 1, 1, 1)));

      assertThat(score.instrument()).isEqualTo(Instrument.PARTICIPATION_INDICATOR);
      assertThat(score.value()).isEqualByComparingTo("0");
      assertThat(score.band()).isNull();
    }

    @Test
    void highestAnswersGiveHundred() {
      assertThat(
              scored(SCORING.participationIndicator(participation(5, 5, 5, 5, 5, 5, 5, 5))).value())
          .isEqualByComparingTo("100");
    }

    @Test
    void middleOfTheScaleGivesFifty() {
      // sum 24: (24 - 8) / 32 * 100 = 50
      ScoreMeasure score =
          scored(SCORING.participationIndicator(participation(3, 3, 3, 3, 3, 3, 3, 3)));

      assertThat(score.value()).isEqualByComparingTo("50.0");
      assertThat(score.value().scale()).isEqualTo(1);
    }

    @ParameterizedTest(name = "answers summing to {0} give {1}")
    @CsvSource({"9, 3.1", "10, 6.3", "21, 40.6", "29, 65.6", "39, 96.9"})
    void roundedHalfUpToOneDecimal(int sum, String expected) {
      int[] answers = new int[8];
      int extra = sum - 8;
      for (int i = 0; i < 8; i++) {
        answers[i] = 1 + Math.min(4, extra);
        extra -= answers[i] - 1;
      }

      assertThat(scored(SCORING.participationIndicator(participation(answers))).value())
          .isEqualByComparingTo(expected);
    }

    @Test
    void everyStatementIsNeeded() {
      CannotScore result =
          notScored(SCORING.participationIndicator(participation(3, 3, 3, 3, 3, 3, 3)));

      assertThat(result.linkIds()).containsExactly("pi-8");
      assertThat(result.hasReason(Reason.MISSING_ANSWER)).isTrue();
    }

    @Test
    void answerOutsideTheScaleIsUnknown() {
      List<Answer> answers = new ArrayList<>(participation(3, 3, 3, 3, 3, 3, 3, 3).answers());
      String scale = TyokykyPackage.codeSystem("participation-answer-cs");
      answers.set(2, Answer.coding("pi-3", new AnswerCoding(scale, "6", null)));

      CannotScore result =
          notScored(
              SCORING.participationIndicator(
                  response("participation-indicator", answers.toArray(Answer[]::new))));

      assertThat(result.problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ANSWER_CODE, "pi-3"));
    }
  }

  @Nested
  class ThreeXTenD {

    @Test
    void dimensionsByCodeInQuestionnaireOrder() {
      Map<Integer, Integer> values = new LinkedHashMap<>();
      for (int dimension = 10; dimension >= 1; dimension--) {
        values.put(dimension, dimension - 1);
      }

      ThreeXTenDMeasure score = dimensions(SCORING.threeXTenD(threeXTenD(values)));

      assertThat(score.dimensions()).hasSize(10);
      assertThat(score.dimensions().keySet()).containsExactly(ThreeXTenDDimension.values());
      assertThat(score.dimensions())
          .containsEntry(ThreeXTenDDimension.DIMENSION_1, 0)
          .containsEntry(ThreeXTenDDimension.DIMENSION_10, 9);
    }

    @Test
    void partlyAnsweredFormCountsForItsAnswers() {
      ThreeXTenDMeasure score = dimensions(SCORING.threeXTenD(threeXTenD(Map.of(2, 10, 7, 0))));

      assertThat(score.dimensions())
          .containsExactly(
              Map.entry(ThreeXTenDDimension.DIMENSION_2, 10),
              Map.entry(ThreeXTenDDimension.DIMENSION_7, 0));
    }

    @Test
    void nothingAnswered() {
      CannotScore result = notScored(SCORING.threeXTenD(threeXTenD(Map.of())));

      assertThat(result.problems()).containsExactly(new Problem(Reason.NOTHING_ANSWERED, null));
    }

    @Test
    void valueAboveTenIsInvalid() {
      CannotScore result = notScored(SCORING.threeXTenD(threeXTenD(Map.of(1, 5, 4, 11))));

      assertThat(result.problems()).containsExactly(new Problem(Reason.INVALID_ANSWER, "d4"));
    }
  }

  @Nested
  class IncompleteOrInvalidResponses {

    @Test
    void unansweredRequiredItemsAreNamed() {
      QuestionnaireAnswers response = phq9(1, 1);
      for (int item = 4; item <= 9; item++) {
        if (item != 7) {
          response = with(response, loinc("phq9-" + item, "LA6569-3"));
        }
      }

      CannotScore result = notScored(SCORING.phq9(response));

      assertThat(result.instrument()).isEqualTo("PHQ-9");
      assertThat(result.linkIds()).containsExactly("phq9-3", "phq9-7");
      assertThat(result.problems()).allMatch(problem -> problem.reason() == Reason.MISSING_ANSWER);
      assertThat(result.message())
          .isEqualTo("Cannot score PHQ-9: required item not answered: phq9-3, phq9-7");
    }

    @Test
    void itemWithoutAnswerValueCountsAsUnanswered() {
      QuestionnaireResponse response = fhirPhq9();
      response.addItem().setLinkId("phq9-9");

      assertThat(notScored(scoreFhir(response)).problems())
          .containsExactly(new Problem(Reason.MISSING_ANSWER, "phq9-9"));
    }

    @Test
    void unknownAnswerCode() {
      QuestionnaireAnswers response =
          with(phq9(0, 0, 0, 0, 0, 0, 0, 0), loinc("phq9-9", "LA9999-9"));

      CannotScore result = notScored(SCORING.phq9(response));

      assertThat(result.problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ANSWER_CODE, "phq9-9"));
      assertThat(result.message())
          .isEqualTo("Cannot score PHQ-9: answer not among the item's options: phq9-9");
    }

    @Test
    void rightCodeInWrongSystemIsUnknown() {
      QuestionnaireAnswers response =
          with(
              phq9(0, 0, 0, 0, 0, 0, 0, 0),
              Answer.coding(
                  "phq9-9", new AnswerCoding("http://snomed.info/sct", "LA6568-5", null)));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ANSWER_CODE, "phq9-9"));
    }

    @Test
    void textInsteadOfCodingIsInvalid() {
      QuestionnaireAnswers response =
          with(phq9(0, 0, 0, 0, 0, 0, 0, 0), Answer.text("phq9-9", "Not at all"));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.INVALID_ANSWER, "phq9-9"));
    }

    @Test
    void twoAnswersToOneQuestionAreInvalid() {
      // Two answers in a row to one linkId are one item with two answers.
      QuestionnaireAnswers response =
          with(phq9(0, 0, 0, 0, 0, 0, 0, 0, 1), loinc("phq9-9", "LA6570-1"));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.INVALID_ANSWER, "phq9-9"));
    }

    @Test
    void itemNotInTheQuestionnaire() {
      QuestionnaireAnswers response = with(phq9Total(3), loinc("phq9-10", "LA6568-5"));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ITEM, "phq9-10"));
    }

    @Test
    void sameItemTwice() {
      // phq9-1 again after other items: a second item with the same linkId.
      QuestionnaireAnswers response = with(phq9Total(3), loinc("phq9-1", "LA6568-5"));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ITEM, "phq9-1"));
    }

    @Test
    void answerToDisplayItem() {
      QuestionnaireAnswers response = with(phq9Total(3), Answer.integer("phq9-total", 3));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.INVALID_ANSWER, "phq9-total"));
    }

    @Test
    void nestedItemsAreRefusedWhenTheResponseIsRead() {
      // The package's questionnaires are flat, and so are the answers the scorer reads.
      QuestionnaireResponse response = fhirPhq9();
      QuestionnaireResponse.QuestionnaireResponseItemComponent last = response.getItem().remove(7);
      response.getItem().get(6).addItem(last);

      assertThatThrownBy(() -> scoreFhir(response))
          .isInstanceOf(FhirReadException.class)
          .hasMessageContaining("QuestionnaireResponse.item[6]");
    }

    @Test
    void wrongQuestionnaire() {
      CannotScore result = notScored(SCORING.phq9(gad7Total(3)));

      assertThat(result.instrument()).isEqualTo("PHQ-9");
      assertThat(result.problems()).containsExactly(new Problem(Reason.WRONG_QUESTIONNAIRE, null));
      assertThat(result.message())
          .isEqualTo("Cannot score PHQ-9: response is for another questionnaire");
    }

    @Test
    void unscoredPackageQuestionnaireGivenToAnInstrument() {
      assertThat(notScored(SCORING.phq9(response("service-experience"))).problems())
          .containsExactly(new Problem(Reason.WRONG_QUESTIONNAIRE, null));
    }

    @Test
    void questionnaireOutsideThePackage() {
      assertThat(notScored(SCORING.phq9(response("no-such-questionnaire"))).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_QUESTIONNAIRE, null));

      QuestionnaireResponse elsewhere = fhirPhq9();
      elsewhere.setQuestionnaire("http://example.org/Questionnaire/phq-9");
      assertThatThrownBy(() -> scoreFhir(elsewhere))
          .isInstanceOf(FhirReadException.class)
          .hasMessageContaining("is not a questionnaire of the package");
    }

    @Test
    void missingQuestionnaire() {
      assertThatThrownBy(() -> response(null))
          .isInstanceOf(InvalidRecordException.class)
          .hasMessageContaining("questionnaireId");
    }

    @Test
    void matchingVersionIsAccepted() {
      QuestionnaireResponse response = fhirPhq9();
      response.setQuestionnaire(
          TyokykyPackage.questionnaire("phq-9") + "|" + TyokykyPackage.VERSION);
      response
          .addItem()
          .setLinkId("phq9-9")
          .addAnswer()
          .setValue(new Coding(ResponseFixtures.LOINC, "LA6571-9", null));

      assertThat(scored(scoreFhir(response)).value()).isEqualByComparingTo("3");
    }

    @Test
    void otherVersionIsRefusedWhenTheResponseIsRead() {
      QuestionnaireResponse response = fhirPhq9();
      response.setQuestionnaire(TyokykyPackage.questionnaire("phq-9") + "|9.9.9");

      assertThatThrownBy(() -> scoreFhir(response))
          .isInstanceOf(FhirReadException.class)
          .hasMessageContaining("another version");
    }

    @Test
    void inProgressResponseIsNotScoredAndOtherProblemsAreListedToo() {
      QuestionnaireAnswers response =
          withStatus(phq9(1, 1, 1, 1, 1, 1, 1, 1), QuestionnaireResponseStatus.IN_PROGRESS);

      CannotScore result = notScored(SCORING.phq9(response));

      assertThat(result.problems())
          .containsExactly(
              new Problem(Reason.NOT_COMPLETED, null),
              new Problem(Reason.MISSING_ANSWER, "phq9-9"));
      assertThat(result.message())
          .isEqualTo(
              "Cannot score PHQ-9: response is not completed; required item not answered: phq9-9");
    }

    @Test
    void amendedResponseIsScored() {
      QuestionnaireAnswers response = withStatus(phq9Total(6), QuestionnaireResponseStatus.AMENDED);

      assertThat(scored(SCORING.phq9(response)).value()).isEqualByComparingTo("6");
    }

    @Test
    void messageCarriesNoPersonalData() {
      QuestionnaireAnswers response = phq9(1, 1, 1);

      CannotScore result = notScored(SCORING.phq9(response));

      assertThat(result.message())
          .doesNotContain(response.identifier().value())
          .doesNotContain("LA6569-3");
      assertThat(result.toString()).isEqualTo(result.message());
    }
  }

  @Nested
  class GenericDispatch {

    @Test
    void eachQuestionnaireGoesToItsInstrument() {
      assertThat(scored(SCORING.score(phq9Total(11))).instrument()).isEqualTo(Instrument.PHQ_9);
      assertThat(scored(SCORING.score(gad7Total(11))).instrument()).isEqualTo(Instrument.GAD_7);
      assertThat(scored(SCORING.score(workAbilityScore(4))).instrument())
          .isEqualTo(Instrument.WORK_ABILITY_SCORE);
      assertThat(scored(SCORING.score(participation(2, 2, 2, 2, 2, 2, 2, 2))).instrument())
          .isEqualTo(Instrument.PARTICIPATION_INDICATOR);
      assertThat(dimensions(SCORING.score(threeXTenD(Map.of(1, 1)))).dimensions())
          .containsOnlyKeys(ThreeXTenDDimension.DIMENSION_1);
    }

    @Test
    void auditCWithoutSexHasUnknownRisk() {
      ScoreMeasure score = scored(SCORING.score(auditCTotal(9)));

      assertThat(score.instrument()).isEqualTo(Instrument.AUDIT_C);
      assertThat(score.band()).isNull();
    }

    @Test
    void auditCWithSex() {
      assertThat(scored(SCORING.score(auditCTotal(5), Gender.FEMALE)).band())
          .isEqualTo(ScoreBandCode.AT_RISK);
    }

    @Test
    void serviceExperienceHasNoScore() {
      CannotScore result = notScored(SCORING.score(response("service-experience")));

      assertThat(result.instrument()).isNull();
      assertThat(result.problems()).containsExactly(new Problem(Reason.NOT_SCORED, null));
      assertThat(result.message()).isEqualTo("Cannot score response: questionnaire has no score");
    }

    @Test
    void unknownQuestionnaire() {
      QuestionnaireAnswers response = response("no-such-questionnaire");

      assertThat(notScored(SCORING.score(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_QUESTIONNAIRE, null));
    }
  }
}
