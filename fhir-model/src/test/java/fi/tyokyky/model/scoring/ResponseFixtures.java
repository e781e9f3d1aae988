package fi.tyokyky.model.scoring;

import fi.tyokyky.profiles.TyokykyPackage;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * Builds test responses. The answer codes are written out here, independently of the package, so
 * that the tests also check the weights the package gives them.
 */
final class ResponseFixtures {

  static final String LOINC = "http://loinc.org";
  static final String RESPONSE_SYSTEM = "urn:oid:1.2.246.10.99999999.10.1";
  static final String AUTHORED = "2026-03-02T10:15:00+02:00";

  /** "Not at all" … "Nearly every day", weights 0–3 (PHQ-9 and GAD-7). */
  static final String[] FREQUENCY = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};

  /** AUDIT-C answers per question, in weight order 0–4. */
  static final String[][] AUDIT_C = {
    {"LA6270-8", "LA18926-8", "LA18927-6", "LA18928-4", "LA18929-2"},
    {"LA15694-5", "LA15695-2", "LA18930-0", "LA18931-8", "LA18932-6"},
    {"LA6270-8", "LA18933-4", "LA18876-5", "LA18891-4", "LA18934-2"},
  };

  static final String PARTICIPATION_ANSWERS = TyokykyPackage.codeSystem("participation-answer-cs");

  private ResponseFixtures() {}

  /** A completed response to a package questionnaire, with subject, encounter and identifier. */
  static QuestionnaireResponse response(String questionnaireId) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setQuestionnaire(TyokykyPackage.questionnaire(questionnaireId));
    response.setStatus(QuestionnaireResponseStatus.COMPLETED);
    response.getIdentifier().setSystem(RESPONSE_SYSTEM).setValue("qr-" + questionnaireId + "-1");
    response.setSubject(new Reference("Patient/p1"));
    response.setEncounter(new Reference("Encounter/e1"));
    response.setAuthoredElement(new DateTimeType(AUTHORED));
    return response;
  }

  static QuestionnaireResponse answer(QuestionnaireResponse response, String linkId, Type value) {
    response.addItem().setLinkId(linkId).addAnswer().setValue(value);
    return response;
  }

  static Coding loinc(String code) {
    return new Coding(LOINC, code, null);
  }

  /** A PHQ-9 response with the given weight for each of the nine questions. */
  static QuestionnaireResponse phq9(int... weights) {
    return frequencyResponse("phq-9", "phq9-", weights);
  }

  /** A GAD-7 response with the given weight for each of the seven questions. */
  static QuestionnaireResponse gad7(int... weights) {
    return frequencyResponse("gad-7", "gad7-", weights);
  }

  /** A PHQ-9 response with the given total (weights spread over the questions). */
  static QuestionnaireResponse phq9Total(int total) {
    return phq9(spread(total, 9, 3));
  }

  /** A GAD-7 response with the given total. */
  static QuestionnaireResponse gad7Total(int total) {
    return gad7(spread(total, 7, 3));
  }

  /**
   * An AUDIT-C response with the given total, answered as the form asks: for total 0 "Never" to
   * question 1 and questions 2 and 3 skipped.
   */
  static QuestionnaireResponse auditCTotal(int total) {
    int[] weights = spread(total, 3, 4);
    QuestionnaireResponse response = response("audit-c");
    int asked = weights[0] == 0 ? 1 : 3;
    for (int i = 0; i < asked; i++) {
      answer(response, "auditc-" + (i + 1), loinc(AUDIT_C[i][weights[i]]));
    }
    return response;
  }

  static QuestionnaireResponse workAbilityScore(int value) {
    return answer(response("work-ability-score"), "was", new IntegerType(value));
  }

  /** A participation indicator response with answers "1".."5" to the eight statements. */
  static QuestionnaireResponse participation(int... answers) {
    QuestionnaireResponse response = response("participation-indicator");
    for (int i = 0; i < answers.length; i++) {
      answer(
          response,
          "pi-" + (i + 1),
          new Coding(PARTICIPATION_ANSWERS, String.valueOf(answers[i]), null));
    }
    return response;
  }

  /** A 3X10D response answering the given dimensions (number 1–10 → value). */
  static QuestionnaireResponse threeXTenD(Map<Integer, Integer> values) {
    QuestionnaireResponse response = response("three-x-ten-d");
    values.forEach((dimension, value) -> answer(response, "d" + dimension, new IntegerType(value)));
    return response;
  }

  private static QuestionnaireResponse frequencyResponse(String id, String prefix, int... weights) {
    QuestionnaireResponse response = response(id);
    for (int i = 0; i < weights.length; i++) {
      answer(response, prefix + (i + 1), loinc(FREQUENCY[weights[i]]));
    }
    return response;
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
