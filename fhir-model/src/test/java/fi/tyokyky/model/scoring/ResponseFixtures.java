package fi.tyokyky.model.scoring;

import fi.tyokyky.model.code.ParticipationAnswer;
import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.record.Answer.AnswerCoding;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.QuestionnaireResponseStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds test answers. The LOINC answer codes are written out here, independently of the package,
 * so that the tests also check the weights the package gives them; answers from the package's own
 * code systems are given with the code enums.
 */
final class ResponseFixtures {

  static final String LOINC = "http://loinc.org";
  static final String RESPONSE_SYSTEM = "urn:oid:1.2.246.10.99999999.10.1";
  static final OffsetDateTime AUTHORED = OffsetDateTime.parse("2026-03-02T10:15:00+02:00");

  /** "Not at all" … "Nearly every day", weights 0–3 (PHQ-9 and GAD-7). */
  static final String[] FREQUENCY = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};

  /** AUDIT-C answers per question, in weight order 0–4. */
  static final String[][] AUDIT_C = {
    {"LA6270-8", "LA18926-8", "LA18927-6", "LA18928-4", "LA18929-2"},
    {"LA15694-5", "LA15695-2", "LA18930-0", "LA18931-8", "LA18932-6"},
    {"LA6270-8", "LA18933-4", "LA18876-5", "LA18891-4", "LA18934-2"},
  };

  private ResponseFixtures() {}

  /** Completed answers to a package questionnaire, with an identifier. */
  static QuestionnaireAnswers response(String questionnaireId, Answer... answers) {
    QuestionnaireAnswers.Builder builder =
        QuestionnaireAnswers.builder()
            .identifier(BusinessIdentifier.of(RESPONSE_SYSTEM, "qr-" + questionnaireId + "-1"))
            .questionnaireId(questionnaireId)
            .authored(AUTHORED);
    for (Answer answer : answers) {
      builder.answer(answer);
    }
    return builder.build();
  }

  /** The same answers with more answers after them. */
  static QuestionnaireAnswers with(QuestionnaireAnswers answers, Answer... more) {
    List<Answer> all = new ArrayList<>(answers.answers());
    all.addAll(List.of(more));
    return new QuestionnaireAnswers(
        answers.identifier(),
        answers.questionnaireId(),
        answers.status(),
        answers.authored(),
        answers.timepoint(),
        all,
        answers.source());
  }

  /** The same answers with another status. */
  static QuestionnaireAnswers withStatus(
      QuestionnaireAnswers answers, QuestionnaireResponseStatus status) {
    return new QuestionnaireAnswers(
        answers.identifier(),
        answers.questionnaireId(),
        status,
        answers.authored(),
        answers.timepoint(),
        answers.answers(),
        answers.source());
  }

  /** A LOINC answer option. */
  static Answer loinc(String linkId, String code) {
    return Answer.coding(linkId, new AnswerCoding(LOINC, code, null));
  }

  /** A PHQ-9 response with the given weight for each of the nine questions. */
  static QuestionnaireAnswers phq9(int... weights) {
    return frequencyResponse("phq-9", "phq9-", weights);
  }

  /** A GAD-7 response with the given weight for each of the seven questions. */
  static QuestionnaireAnswers gad7(int... weights) {
    return frequencyResponse("gad-7", "gad7-", weights);
  }

  /** A PHQ-9 response with the given total (weights spread over the questions). */
  static QuestionnaireAnswers phq9Total(int total) {
    return phq9(spread(total, 9, 3));
  }

  /** A GAD-7 response with the given total. */
  static QuestionnaireAnswers gad7Total(int total) {
    return gad7(spread(total, 7, 3));
  }

  /**
   * An AUDIT-C response with the given total, answered as the form asks: for total 0 "Never" to
   * question 1 and questions 2 and 3 skipped.
   */
  static QuestionnaireAnswers auditCTotal(int total) {
    int[] weights = spread(total, 3, 4);
    int asked = weights[0] == 0 ? 1 : 3;
    Answer[] answers = new Answer[asked];
    for (int i = 0; i < asked; i++) {
      answers[i] = loinc("auditc-" + (i + 1), AUDIT_C[i][weights[i]]);
    }
    return response("audit-c", answers);
  }

  static QuestionnaireAnswers workAbilityScore(int value) {
    return response("work-ability-score", Answer.integer("was", value));
  }

  /** A participation indicator response with answers 1–5 to the statements, as code enums. */
  static QuestionnaireAnswers participation(int... answers) {
    Answer[] given = new Answer[answers.length];
    for (int i = 0; i < answers.length; i++) {
      given[i] = Answer.coding("pi-" + (i + 1), ParticipationAnswer.values()[answers[i] - 1]);
    }
    return response("participation-indicator", given);
  }

  /** A 3X10D response answering the given dimensions (number 1–10 → value). */
  static QuestionnaireAnswers threeXTenD(Map<Integer, Integer> values) {
    List<Answer> given = new ArrayList<>();
    values.forEach((dimension, value) -> given.add(Answer.integer("d" + dimension, value)));
    return response("three-x-ten-d", given.toArray(Answer[]::new));
  }

  private static QuestionnaireAnswers frequencyResponse(String id, String prefix, int... weights) {
    Answer[] answers = new Answer[weights.length];
    for (int i = 0; i < weights.length; i++) {
      answers[i] = loinc(prefix + (i + 1), FREQUENCY[weights[i]]);
    }
    return response(id, answers);
  }

  /** Weights for {@code items} questions adding up to {@code total}, highest first. */
  static int[] spread(int total, int items, int max) {
    int[] weights = new int[items];
    int left = total;
    for (int i = 0; i < items; i++) {
      weights[i] = Math.min(max, left);
      left -= weights[i];
    }
    if (left != 0) {
      throw new IllegalArgumentException("Total " + total + " is too high");
    }
    return weights;
  }
}
