package fi.tyokyky.model.scoring;

import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.scoring.CannotScore.Problem;
import fi.tyokyky.model.scoring.CannotScore.Reason;
import fi.tyokyky.model.scoring.QuestionnaireDefinition.AnswerOption;
import fi.tyokyky.model.scoring.QuestionnaireDefinition.ItemDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Checks the answers of a {@link fi.tyokyky.model.record.QuestionnaireAnswers} against its
 * questionnaire and turns each into a number: the weight (ordinalValue) of a chosen option, or the
 * value of an integer answer. A question that its {@code enableWhen} skips gets no value (it adds
 * nothing to a total) and must not be answered. Every problem found is reported, not only the
 * first, so that a form can be corrected in one go.
 */
final class AnswerReader {

  /**
   * What was read.
   *
   * @param values the value of each answered question by linkId, in questionnaire order; skipped
   *     questions have none
   * @param problems everything that prevents scoring; empty if the answers can be scored
   */
  record Answers(Map<String, BigDecimal> values, List<Problem> problems) {
    Answers {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      problems = List.copyOf(problems);
    }
  }

  private AnswerReader() {}

  /**
   * Reads the answers.
   *
   * @param answers in the order of the record: a run of answers with one linkId answers one item
   *     (as the mapper writes them), so the same linkId in two runs is an item given twice
   * @param everyQuestionRequired true if the score needs every question that is asked answered
   *     whatever the questionnaire's {@code required} flags say (a sum over fewer items would be a
   *     wrong number); a question its {@code enableWhen} skips is never required
   */
  static Answers read(
      QuestionnaireDefinition questionnaire, List<Answer> answers, boolean everyQuestionRequired) {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<Answer>> byLinkId = indexAnswers(questionnaire, answers, problems);

    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (ItemDefinition question : questionnaire.questions()) {
      List<Answer> given = byLinkId.getOrDefault(question.linkId(), List.of());
      if (!isAsked(questionnaire, question, byLinkId)) {
        // An answer to a skipped question contradicts the answer that skips it (e.g. a number of
        // drinks after "Never"), so neither can be trusted for a score.
        if (!given.isEmpty()) {
          problems.add(new Problem(Reason.ANSWER_TO_DISABLED_ITEM, question.linkId()));
        }
        continue;
      }
      if (given.isEmpty()) {
        if (everyQuestionRequired || question.required()) {
          problems.add(new Problem(Reason.MISSING_ANSWER, question.linkId()));
        }
        continue;
      }
      if (given.size() > 1) {
        // One value per item is what a score adds up; several answers cannot be weighted.
        problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
        continue;
      }
      Answer answer = given.get(0);
      switch (question.type()) {
        case CHOICE -> readChoice(question, answer, values, problems);
        case INTEGER -> readInteger(question, answer, values, problems);
        default -> problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
      }
    }
    return new Answers(values, problems);
  }

  /** Whether the question and every group it is nested in are enabled by the answers. */
  private static boolean isAsked(
      QuestionnaireDefinition questionnaire,
      ItemDefinition question,
      Map<String, List<Answer>> byLinkId) {
    Function<String, List<Type>> answersOf =
        linkId ->
            byLinkId.getOrDefault(linkId, List.of()).stream().map(AnswerReader::value).toList();
    for (ItemDefinition item = question; item != null; item = parentOf(questionnaire, item)) {
      if (!item.enableWhen().isMet(answersOf)) {
        return false;
      }
    }
    return true;
  }

  private static ItemDefinition parentOf(
      QuestionnaireDefinition questionnaire, ItemDefinition item) {
    return item.parentLinkId() == null ? null : questionnaire.items().get(item.parentLinkId());
  }

  /** The answer as the FHIR value the questionnaire's {@code enableWhen} compares with. */
  private static Type value(Answer answer) {
    if (answer.coding() != null) {
      return new Coding(answer.coding().system(), answer.coding().code(), null);
    }
    if (answer.integer() != null) {
      return new IntegerType(answer.integer());
    }
    if (answer.decimal() != null) {
      return new DecimalType(answer.decimal());
    }
    return new StringType(answer.text());
  }

  /**
   * Groups the answers by linkId and reports linkIds the questionnaire does not define, items given
   * twice (two runs of one linkId), and answers to items that take none.
   */
  private static Map<String, List<Answer>> indexAnswers(
      QuestionnaireDefinition questionnaire, List<Answer> answers, List<Problem> problems) {
    Map<String, List<Answer>> byLinkId = new LinkedHashMap<>();
    Set<Problem> itemProblems = new LinkedHashSet<>();
    Set<String> refused = new LinkedHashSet<>();
    String previous = null;
    for (Answer answer : answers) {
      String linkId = answer.linkId();
      boolean newRun = !linkId.equals(previous);
      previous = linkId;
      ItemDefinition definition = questionnaire.items().get(linkId);
      if (definition == null || (newRun && byLinkId.containsKey(linkId))) {
        itemProblems.add(new Problem(Reason.UNKNOWN_ITEM, linkId));
        refused.add(linkId);
      } else if (!definition.takesAnswers()) {
        itemProblems.add(new Problem(Reason.INVALID_ANSWER, linkId));
        refused.add(linkId);
      } else if (!refused.contains(linkId)) {
        byLinkId.computeIfAbsent(linkId, key -> new ArrayList<>()).add(answer);
      }
    }
    problems.addAll(itemProblems);
    return byLinkId;
  }

  private static void readChoice(
      ItemDefinition question,
      Answer answer,
      Map<String, BigDecimal> values,
      List<Problem> problems) {
    if (answer.coding() == null) {
      problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
      return;
    }
    AnswerOption option =
        question.options().stream()
            .filter(candidate -> candidate.matches(answer.coding()))
            .findFirst()
            .orElse(null);
    if (option == null) {
      problems.add(new Problem(Reason.UNKNOWN_ANSWER_CODE, question.linkId()));
    } else if (option.weight() == null) {
      problems.add(new Problem(Reason.NO_WEIGHT, question.linkId()));
    } else {
      values.put(question.linkId(), option.weight());
    }
  }

  private static void readInteger(
      ItemDefinition question,
      Answer answer,
      Map<String, BigDecimal> values,
      List<Problem> problems) {
    Integer value = answer.integer();
    boolean belowMin = value != null && question.minValue() != null && value < question.minValue();
    boolean aboveMax = value != null && question.maxValue() != null && value > question.maxValue();
    if (value == null || belowMin || aboveMax) {
      problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
    } else {
      values.put(question.linkId(), BigDecimal.valueOf(value));
    }
  }
}
