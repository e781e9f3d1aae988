package fi.tyokyky.model.scoring;

import static fi.tyokyky.model.scoring.ResponseFixtures.answer;
import static fi.tyokyky.model.scoring.ResponseFixtures.auditCTotal;
import static fi.tyokyky.model.scoring.ResponseFixtures.gad7Total;
import static fi.tyokyky.model.scoring.ResponseFixtures.loinc;
import static fi.tyokyky.model.scoring.ResponseFixtures.participation;
import static fi.tyokyky.model.scoring.ResponseFixtures.phq9;
import static fi.tyokyky.model.scoring.ResponseFixtures.phq9Total;
import static fi.tyokyky.model.scoring.ResponseFixtures.response;
import static fi.tyokyky.model.scoring.ResponseFixtures.threeXTenD;
import static fi.tyokyky.model.scoring.ResponseFixtures.workAbilityScore;
import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.scoring.CannotScore.Problem;
import fi.tyokyky.model.scoring.CannotScore.Reason;
import fi.tyokyky.profiles.TyokykyPackage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

class ScoringServiceTest {

  private static final ScoringService SCORING = new ScoringService();

  private static Score scored(ScoringResult result) {
    assertThat(result).as("result of scoring").isInstanceOf(Score.class);
    return (Score) result;
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
    void bandEdges(int total, Phq9Severity band) {
      Score score = scored(SCORING.phq9(phq9Total(total)));

      assertThat(score.instrument()).isEqualTo(Instrument.PHQ_9);
      assertThat(score.total()).isEqualByComparingTo(BigDecimal.valueOf(total));
      assertThat(score.band()).isEqualTo(band);
      assertThat(score.dimensions()).isEmpty();
    }

    @Test
    void weightsComeFromEachAnswer() {
      // 0+1+2+3+0+1+2+3+1 = 13
      Score score = scored(SCORING.phq9(phq9(0, 1, 2, 3, 0, 1, 2, 3, 1)));

      assertThat(score.total()).isEqualByComparingTo("13");
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
    void bandEdges(int total, Gad7Severity band) {
      Score score = scored(SCORING.gad7(gad7Total(total)));

      assertThat(score.instrument()).isEqualTo(Instrument.GAD_7);
      assertThat(score.total()).isEqualByComparingTo(BigDecimal.valueOf(total));
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
    void sexSpecificThresholds(int total, AdministrativeGender sex, AuditCRisk risk) {
      Score score = scored(SCORING.auditC(auditCTotal(total), sex));

      assertThat(score.instrument()).isEqualTo(Instrument.AUDIT_C);
      assertThat(score.total()).isEqualByComparingTo(BigDecimal.valueOf(total));
      assertThat(score.band()).isEqualTo(risk);
    }

    @ParameterizedTest
    @NullSource
    @EnumSource(names = {"OTHER", "UNKNOWN", "NULL"})
    void unknownSexStillGivesTheTotal(AdministrativeGender sex) {
      Score score = scored(SCORING.auditC(auditCTotal(7), sex));

      assertThat(score.total()).isEqualByComparingTo("7");
      assertThat(score.band()).isEqualTo(AuditCRisk.UNKNOWN_RISK);
      assertThat(score.band().code()).isEqualTo("unknown-risk");
    }

    @Test
    void thresholdsAreTheCurrentCareValues() {
      assertThat(AuditCRisk.RISK_THRESHOLD_MEN).isEqualTo(6);
      assertThat(AuditCRisk.RISK_THRESHOLD_WOMEN).isEqualTo(5);
    }

    @Test
    void eachQuestionHasItsOwnAnswerCodes() {
      // "Monthly or less" (1) to question 1, "5 or 6" (2) to question 2, "Weekly" (3) to
      // question 3.
      QuestionnaireResponse response = response("audit-c");
      answer(response, "auditc-1", loinc("LA18926-8"));
      answer(response, "auditc-2", loinc("LA18930-0"));
      answer(response, "auditc-3", loinc("LA18891-4"));

      assertThat(scored(SCORING.auditC(response, AdministrativeGender.FEMALE)).total())
          .isEqualByComparingTo("6");
    }

    @Test
    void answerCodeOfAnotherQuestionIsUnknown() {
      // "LA18891-4" (Weekly) belongs to question 3, not question 2.
      QuestionnaireResponse response = response("audit-c");
      answer(response, "auditc-1", loinc("LA18926-8"));
      answer(response, "auditc-2", loinc("LA18891-4"));
      answer(response, "auditc-3", loinc("LA6270-8"));

      CannotScore result = notScored(SCORING.auditC(response, AdministrativeGender.MALE));

      assertThat(result.problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ANSWER_CODE, "auditc-2"));
    }

    @ParameterizedTest
    @EnumSource(names = {"FEMALE", "MALE"})
    void neverSkipsQuestionsTwoAndThreeWhichCountAsZero(AdministrativeGender sex) {
      QuestionnaireResponse response = answer(response("audit-c"), "auditc-1", loinc("LA6270-8"));

      Score score = scored(SCORING.auditC(response, sex));

      assertThat(score.total()).isEqualByComparingTo("0");
      assertThat(score.band()).isEqualTo(AuditCRisk.LOW_RISK);
    }

    @Test
    void anAnswerToASkippedQuestionCannotBeScored() {
      // "3 or 4" drinks (weight 1) after "Never": the two answers contradict each other.
      QuestionnaireResponse response = response("audit-c");
      answer(response, "auditc-1", loinc("LA6270-8"));
      answer(response, "auditc-2", loinc("LA15695-2"));

      CannotScore result = notScored(SCORING.auditC(response, AdministrativeGender.FEMALE));

      assertThat(result.problems())
          .containsExactly(new Problem(Reason.ANSWER_TO_DISABLED_ITEM, "auditc-2"));
      assertThat(result.message())
          .isEqualTo("Cannot score AUDIT-C: item answered although not enabled: auditc-2");
    }

    @Test
    void anyOtherAnswerThanNeverNeedsQuestionsTwoAndThree() {
      QuestionnaireResponse response = answer(response("audit-c"), "auditc-1", loinc("LA18926-8"));

      CannotScore result = notScored(SCORING.auditC(response, AdministrativeGender.MALE));

      assertThat(result.linkIds()).containsExactly("auditc-2", "auditc-3");
      assertThat(result.message())
          .isEqualTo("Cannot score AUDIT-C: required item not answered: auditc-2, auditc-3");
    }

    @ParameterizedTest
    @CsvSource({"auditc-2, LA15694-5", "auditc-3, LA6270-8"})
    void oneMissingQuestionAfterAnotherAnswerThanNeverIsNamed(String answered, String code) {
      QuestionnaireResponse response = answer(response("audit-c"), "auditc-1", loinc("LA18927-6"));
      answer(response, answered, loinc(code));
      String missing = answered.equals("auditc-2") ? "auditc-3" : "auditc-2";

      CannotScore result = notScored(SCORING.auditC(response, AdministrativeGender.MALE));

      assertThat(result.problems()).containsExactly(new Problem(Reason.MISSING_ANSWER, missing));
    }

    @Test
    void withoutAnAnswerToQuestionOneOnlyItIsMissing() {
      // As the validator sees it: until question 1 is answered, questions 2 and 3 are not asked.
      CannotScore result =
          notScored(SCORING.auditC(response("audit-c"), AdministrativeGender.MALE));

      assertThat(result.problems()).containsExactly(new Problem(Reason.MISSING_ANSWER, "auditc-1"));
    }
  }

  @Nested
  class WorkAbilityScoreItem {

    @ParameterizedTest
    @CsvSource({"0", "7", "10"})
    void theAnswerIsTheScore(int value) {
      Score score = scored(SCORING.workAbilityScore(workAbilityScore(value)));

      assertThat(score.instrument()).isEqualTo(Instrument.WORK_ABILITY_SCORE);
      assertThat(score.total()).isEqualByComparingTo(BigDecimal.valueOf(value));
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
      QuestionnaireResponse response =
          answer(
              response("work-ability-score"), "was", new org.hl7.fhir.r4.model.DecimalType("7.5"));

      assertThat(notScored(SCORING.workAbilityScore(response)).problems())
          .containsExactly(new Problem(Reason.INVALID_ANSWER, "was"));
    }
  }

  @Nested
  class ParticipationIndicator {

    @Test
    void lowestAnswersGiveZero() {
      Score score = scored(SCORING.participationIndicator(participation(1, 1, 1, 1, 1, 1, 1, 1)));

      assertThat(score.instrument()).isEqualTo(Instrument.PARTICIPATION_INDICATOR);
      assertThat(score.total()).isEqualByComparingTo("0");
      assertThat(score.band()).isNull();
    }

    @Test
    void highestAnswersGiveHundred() {
      assertThat(
              scored(SCORING.participationIndicator(participation(5, 5, 5, 5, 5, 5, 5, 5))).total())
          .isEqualByComparingTo("100");
    }

    @Test
    void middleOfTheScaleGivesFifty() {
      // sum 24: (24 - 8) / 32 * 100 = 50
      Score score = scored(SCORING.participationIndicator(participation(3, 3, 3, 3, 3, 3, 3, 3)));

      assertThat(score.total()).isEqualByComparingTo("50.0");
      assertThat(score.total().scale()).isEqualTo(1);
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

      assertThat(scored(SCORING.participationIndicator(participation(answers))).total())
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
      CannotScore result =
          notScored(SCORING.participationIndicator(participation(3, 3, 6, 3, 3, 3, 3, 3)));

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

      Score score = scored(SCORING.threeXTenD(threeXTenD(values)));

      assertThat(score.instrument()).isEqualTo(Instrument.THREE_X_TEN_D);
      assertThat(score.total()).isNull();
      assertThat(score.band()).isNull();
      assertThat(score.dimensions()).hasSize(10);
      assertThat(score.dimensions().keySet())
          .containsExactly(
              "dimension-1",
              "dimension-2",
              "dimension-3",
              "dimension-4",
              "dimension-5",
              "dimension-6",
              "dimension-7",
              "dimension-8",
              "dimension-9",
              "dimension-10");
      assertThat(score.dimensions())
          .containsEntry("dimension-1", 0)
          .containsEntry("dimension-10", 9);
    }

    @Test
    void partlyAnsweredFormCountsForItsAnswers() {
      Score score = scored(SCORING.threeXTenD(threeXTenD(Map.of(2, 10, 7, 0))));

      assertThat(score.dimensions())
          .containsExactly(Map.entry("dimension-2", 10), Map.entry("dimension-7", 0));
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
      QuestionnaireResponse response = phq9(1, 1);
      for (int item = 4; item <= 9; item++) {
        if (item != 7) {
          answer(response, "phq9-" + item, loinc("LA6569-3"));
        }
      }

      CannotScore result = notScored(SCORING.phq9(response));

      assertThat(result.instrument()).isEqualTo(Instrument.PHQ_9);
      assertThat(result.linkIds()).containsExactly("phq9-3", "phq9-7");
      assertThat(result.problems()).allMatch(problem -> problem.reason() == Reason.MISSING_ANSWER);
      assertThat(result.message())
          .isEqualTo("Cannot score PHQ-9: required item not answered: phq9-3, phq9-7");
    }

    @Test
    void itemWithoutAnswerValueCountsAsUnanswered() {
      QuestionnaireResponse response = phq9(1, 1, 1, 1, 1, 1, 1, 1);
      response.addItem().setLinkId("phq9-9");

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.MISSING_ANSWER, "phq9-9"));
    }

    @Test
    void unknownAnswerCode() {
      QuestionnaireResponse response = phq9(0, 0, 0, 0, 0, 0, 0, 0);
      answer(response, "phq9-9", loinc("LA9999-9"));

      CannotScore result = notScored(SCORING.phq9(response));

      assertThat(result.problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ANSWER_CODE, "phq9-9"));
      assertThat(result.message())
          .isEqualTo("Cannot score PHQ-9: answer not among the item's options: phq9-9");
    }

    @Test
    void rightCodeInWrongSystemIsUnknown() {
      QuestionnaireResponse response = phq9(0, 0, 0, 0, 0, 0, 0, 0);
      answer(response, "phq9-9", new Coding("http://snomed.info/sct", "LA6568-5", null));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ANSWER_CODE, "phq9-9"));
    }

    @Test
    void textInsteadOfCodingIsInvalid() {
      QuestionnaireResponse response = phq9(0, 0, 0, 0, 0, 0, 0, 0);
      answer(response, "phq9-9", new StringType("Not at all"));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.INVALID_ANSWER, "phq9-9"));
    }

    @Test
    void twoAnswersToOneQuestionAreInvalid() {
      QuestionnaireResponse response = phq9(0, 0, 0, 0, 0, 0, 0, 0, 1);
      response.getItem().get(8).addAnswer().setValue(loinc("LA6570-1"));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.INVALID_ANSWER, "phq9-9"));
    }

    @Test
    void itemNotInTheQuestionnaire() {
      QuestionnaireResponse response = phq9Total(3);
      answer(response, "phq9-10", loinc("LA6568-5"));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ITEM, "phq9-10"));
    }

    @Test
    void sameItemTwice() {
      QuestionnaireResponse response = phq9Total(3);
      answer(response, "phq9-1", loinc("LA6568-5"));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_ITEM, "phq9-1"));
    }

    @Test
    void answerToDisplayItem() {
      QuestionnaireResponse response = phq9Total(3);
      answer(response, "phq9-total", new IntegerType(3));

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.INVALID_ANSWER, "phq9-total"));
    }

    @Test
    void nestedItemsAreFound() {
      QuestionnaireResponse response = phq9(1, 1, 1, 1, 1, 1, 1, 1);
      QuestionnaireResponse.QuestionnaireResponseItemComponent last = response.getItem().remove(7);
      response.getItem().get(6).getAnswerFirstRep().addItem(last);
      answer(response, "phq9-9", loinc("LA6569-3"));

      assertThat(scored(SCORING.phq9(response)).total()).isEqualByComparingTo("9");
    }

    @Test
    void wrongQuestionnaire() {
      CannotScore result = notScored(SCORING.phq9(gad7Total(3)));

      assertThat(result.instrument()).isEqualTo(Instrument.PHQ_9);
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
      QuestionnaireResponse response = phq9Total(3);
      response.setQuestionnaire("http://example.org/Questionnaire/phq-9");

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_QUESTIONNAIRE, null));
    }

    @Test
    void missingQuestionnaire() {
      QuestionnaireResponse response = phq9Total(3);
      response.setQuestionnaireElement(null);

      assertThat(notScored(SCORING.score(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_QUESTIONNAIRE, null));
    }

    @Test
    void matchingVersionIsAccepted() {
      QuestionnaireResponse response = phq9Total(12);
      response.setQuestionnaire(
          TyokykyPackage.questionnaire("phq-9") + "|" + TyokykyPackage.VERSION);

      assertThat(scored(SCORING.phq9(response)).total()).isEqualByComparingTo("12");
    }

    @Test
    void otherVersionIsUnknown() {
      QuestionnaireResponse response = phq9Total(12);
      response.setQuestionnaire(TyokykyPackage.questionnaire("phq-9") + "|9.9.9");

      assertThat(notScored(SCORING.phq9(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_QUESTIONNAIRE, null));
    }

    @Test
    void inProgressResponseIsNotScoredAndOtherProblemsAreListedToo() {
      QuestionnaireResponse response = phq9(1, 1, 1, 1, 1, 1, 1, 1);
      response.setStatus(QuestionnaireResponseStatus.INPROGRESS);

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
      QuestionnaireResponse response = phq9Total(6);
      response.setStatus(QuestionnaireResponseStatus.AMENDED);

      assertThat(scored(SCORING.phq9(response)).total()).isEqualByComparingTo("6");
    }

    @Test
    void messageCarriesNoPersonalData() {
      QuestionnaireResponse response = phq9(1, 1, 1);
      response.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/010180-9004"));

      CannotScore result = notScored(SCORING.phq9(response));

      assertThat(result.message())
          .doesNotContain("010180")
          .doesNotContain(response.getIdentifier().getValue())
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
      assertThat(scored(SCORING.score(threeXTenD(Map.of(1, 1)))).instrument())
          .isEqualTo(Instrument.THREE_X_TEN_D);
    }

    @Test
    void auditCWithoutSexHasUnknownRisk() {
      Score score = scored(SCORING.score(auditCTotal(9)));

      assertThat(score.instrument()).isEqualTo(Instrument.AUDIT_C);
      assertThat(score.band()).isEqualTo(AuditCRisk.UNKNOWN_RISK);
    }

    @Test
    void auditCWithSex() {
      assertThat(scored(SCORING.score(auditCTotal(5), AdministrativeGender.FEMALE)).band())
          .isEqualTo(AuditCRisk.AT_RISK);
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
      QuestionnaireResponse response = phq9Total(1);
      response.setQuestionnaire(TyokykyPackage.questionnaire("no-such-questionnaire"));

      assertThat(notScored(SCORING.score(response)).problems())
          .containsExactly(new Problem(Reason.UNKNOWN_QUESTIONNAIRE, null));
    }
  }
}
