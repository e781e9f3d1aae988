package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.AgreementCode;
import fi.tyokyky.model.code.CopingChangeCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.ParticipationAnswerCode;
import fi.tyokyky.model.code.TyokykyCode;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.model.scoring.CannotScore;
import fi.tyokyky.model.scoring.Score;
import fi.tyokyky.model.scoring.ScoringResult;
import fi.tyokyky.model.scoring.ScoringService;
import fi.tyokyky.model.scoring.ThreeXTenDScore;
import java.time.OffsetDateTime;

/**
 * One client's questionnaire answers: the PROM instruments at a timepoint, scored by the library's
 * {@link ScoringService} as a vendor's system would, and the PREM answers.
 */
final class Questionnaires {
  private final ScoringService scoring;
  private final Assignments assign;
  private final int i;
  private final ClientKeys keys;
  private final Gender gender;

  Questionnaires(ScoringService scoring, Assignments assign, ClientKeys keys, Gender gender) {
    this.scoring = scoring;
    this.assign = assign;
    this.i = keys.client();
    this.keys = keys;
    this.gender = gender;
  }

  /** The three PROM instruments answered at one timepoint, with their scores. */
  ScoredProm prom(
      String kind,
      OffsetDateTime at,
      MeasurementTimepointCode timepoint,
      int workAbility,
      int participationSteps,
      int threeXTenD) {
    QuestionnaireAnswers was =
        answers(kind + "-was", "work-ability-score", at, timepoint)
            .answer(Answer.integer("was", workAbility))
            .build();
    QuestionnaireAnswers.Builder participation =
        answers(kind + "-participation", "participation-indicator", at.plusMinutes(2), timepoint);
    // 8 items, each 1–5: 8 + 4·steps as the sum gives 12.5·steps points exactly.
    int low =
        participationSteps % 2 == 0 ? 1 + participationSteps / 2 : (participationSteps + 1) / 2;
    int high = participationSteps % 2 == 0 ? low : low + 1;
    for (int item = 1; item <= 8; item++) {
      int level = item <= 4 ? low : high;
      participation.answer(
          Answer.coding("pi-" + item, ParticipationAnswerCode.fromCode(String.valueOf(level))));
    }
    QuestionnaireAnswers participationAnswers = participation.build();
    QuestionnaireAnswers.Builder dimensions =
        answers(kind + "-3x10d", ThreeXTenDMeasure.QUESTIONNAIRE_ID, at.plusMinutes(4), timepoint);
    for (int d = 1; d <= 10; d++) {
      dimensions.answer(Answer.integer("d" + d, threeXTenD));
    }
    QuestionnaireAnswers dimensionAnswers = dimensions.build();
    return new ScoredProm(
        new QuestionnaireAnswers[] {was, participationAnswers, dimensionAnswers},
        new ScoreMeasure[] {
          scoreOf(scoring.score(was, gender)), scoreOf(scoring.score(participationAnswers, gender))
        },
        threeXTenDOf(scoring.score(dimensionAnswers, gender)));
  }

  /** The PREM answers of the client, or null if not a respondent. */
  QuestionnaireAnswers prem(OffsetDateTime at) {
    if (!assign.isPremRespondent(i)) {
      return null;
    }
    QuestionnaireAnswers.Builder answers = answers("prem", "service-experience", at, null);
    for (int item = 0; item < CohortPlan.PREM_ITEMS; item++) {
      Boolean positive = assign.premPositive(i, item);
      if (positive == null) {
        continue;
      }
      boolean strong = (i + item) % 2 == 0;
      TyokykyCode answer;
      if (item == 0) {
        answer =
            positive
                ? (strong ? CopingChangeCode.MUCH_BETTER : CopingChangeCode.BETTER)
                : (strong ? CopingChangeCode.SAME : CopingChangeCode.WORSE);
      } else {
        answer =
            positive
                ? (strong ? AgreementCode.STRONGLY_AGREE : AgreementCode.AGREE)
                : (strong ? AgreementCode.NEUTRAL : AgreementCode.DISAGREE);
      }
      answers.answer(Answer.coding("prem-" + (item + 1), answer));
    }
    return answers.build();
  }

  private QuestionnaireAnswers.Builder answers(
      String kind, String questionnaire, OffsetDateTime authored, MeasurementTimepointCode when) {
    return QuestionnaireAnswers.builder()
        .identifier(keys.of("8", "qr-" + kind))
        .questionnaireId(questionnaire)
        .authored(authored)
        .timepoint(when)
        .source(Actor.client());
  }

  private static ScoreMeasure scoreOf(ScoringResult result) {
    if (result instanceof Score score) {
      return score.measure();
    }
    throw new IllegalStateException(
        "Cohort: the generated answers could not be scored: "
            + (result instanceof CannotScore cannot ? cannot.message() : result));
  }

  private static ThreeXTenDMeasure threeXTenDOf(ScoringResult result) {
    if (result instanceof ThreeXTenDScore score) {
      return score.measure();
    }
    throw new IllegalStateException(
        "Cohort: the generated 3X10D answers could not be scored: "
            + (result instanceof CannotScore cannot ? cannot.message() : result));
  }

  /** The PROM answers of one timepoint and their scores. */
  record ScoredProm(
      QuestionnaireAnswers[] answers, ScoreMeasure[] scores, ThreeXTenDMeasure threeXTenD) {}
}
