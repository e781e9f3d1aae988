package fi.tyokyky.model.scoring;

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
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Checks a response against its questionnaire and turns each answer into a number: the weight
 * (ordinalValue) of a chosen option, or the value of an integer answer. A question that its {@code
 * enableWhen} skips gets no value (it adds nothing to a total) and must not be answered. Every
 * problem found is reported, not only the first, so that a form can be corrected in one go.
 */
final class AnswerReader {

  /**
   * What was read.
   *
   * @param values the value of each answered question by linkId, in questionnaire order; skipped
   *     questions have none
   * @param problems everything that prevents scoring; empty if the response can be scored
   */
  record Answers(Map<String, BigDecimal> values, List<Problem> problems) {
    Answers {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      problems = List.copyOf(problems);
    }
  }

  private AnswerReader() {}

  /**
   * Reads the answers of a response.
   *
   * @param everyQuestionRequired true if the score needs every question that is asked answered
   *     whatever the questionnaire's {@code required} flags say (a sum over fewer items would be a
   *     wrong number); a question its {@code enableWhen} skips is never required
   */
  static Answers read(
      QuestionnaireDefinition questionnaire,
      QuestionnaireResponse response,
      boolean everyQuestionRequired) {
    List<Problem> problems = new ArrayList<>();
    Map<String, QuestionnaireResponseItemComponent> itemsByLinkId =
        indexItems(questionnaire, response, problems);

    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (ItemDefinition question : questionnaire.questions()) {
      QuestionnaireResponseItemComponent item = itemsByLinkId.get(question.linkId());
      List<QuestionnaireResponseItemAnswerComponent> answers =
          item == null ? List.of() : item.getAnswer().stream().filter(a -> a.hasValue()).toList();
      if (!isAsked(questionnaire, question, itemsByLinkId)) {
        // An answer to a skipped question contradicts the answer that skips it (e.g. a number of
        // drinks after "Never"), so neither can be trusted for a score.
        if (!answers.isEmpty()) {
          problems.add(new Problem(Reason.ANSWER_TO_DISABLED_ITEM, question.linkId()));
        }
        continue;
      }
      if (answers.isEmpty()) {
        if (everyQuestionRequired || question.required()) {
          problems.add(new Problem(Reason.MISSING_ANSWER, question.linkId()));
        }
        continue;
      }
      if (answers.size() > 1) {
        // One value per item is what a score adds up; several answers cannot be weighted.
        problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
        continue;
      }
      Type value = answers.get(0).getValue();
      switch (question.type()) {
        case CHOICE -> readChoice(question, value, values, problems);
        case INTEGER -> readInteger(question, value, values, problems);
        default -> problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
      }
    }
    return new Answers(values, problems);
  }

  /** Whether the question and every group it is nested in are enabled by the response. */
  private static boolean isAsked(
      QuestionnaireDefinition questionnaire,
      ItemDefinition question,
      Map<String, QuestionnaireResponseItemComponent> itemsByLinkId) {
    Function<String, List<Type>> answersOf = linkId -> answerValues(itemsByLinkId.get(linkId));
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

  private static List<Type> answerValues(QuestionnaireResponseItemComponent item) {
    if (item == null) {
      return List.of();
    }
    return item.getAnswer().stream()
        .filter(QuestionnaireResponseItemAnswerComponent::hasValue)
        .map(QuestionnaireResponseItemAnswerComponent::getValue)
        .toList();
  }

  /**
   * Indexes the response items by linkId, nested items included, and reports items the
   * questionnaire does not define, items given twice, and answers to items that take none.
   */
  private static Map<String, QuestionnaireResponseItemComponent> indexItems(
      QuestionnaireDefinition questionnaire,
      QuestionnaireResponse response,
      List<Problem> problems) {
    List<QuestionnaireResponseItemComponent> all = new ArrayList<>();
    flatten(response.getItem(), all);
    Map<String, QuestionnaireResponseItemComponent> byLinkId = new LinkedHashMap<>();
    Set<Problem> itemProblems = new LinkedHashSet<>();
    for (QuestionnaireResponseItemComponent item : all) {
      String linkId = item.getLinkId();
      ItemDefinition definition = linkId == null ? null : questionnaire.items().get(linkId);
      if (definition == null || byLinkId.containsKey(linkId)) {
        itemProblems.add(new Problem(Reason.UNKNOWN_ITEM, linkId));
      } else if (!definition.takesAnswers() && item.hasAnswer()) {
        itemProblems.add(new Problem(Reason.INVALID_ANSWER, linkId));
      } else {
        byLinkId.put(linkId, item);
      }
    }
    problems.addAll(itemProblems);
    return byLinkId;
  }

  private static void flatten(
      List<QuestionnaireResponseItemComponent> items,
      List<QuestionnaireResponseItemComponent> into) {
    for (QuestionnaireResponseItemComponent item : items) {
      into.add(item);
      flatten(item.getItem(), into);
      for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
        flatten(answer.getItem(), into);
      }
    }
  }

  private static void readChoice(
      ItemDefinition question, Type value, Map<String, BigDecimal> values, List<Problem> problems) {
    if (!(value instanceof Coding coding)) {
      problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
      return;
    }
    AnswerOption option =
        question.options().stream()
            .filter(candidate -> candidate.matches(coding))
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
      ItemDefinition question, Type value, Map<String, BigDecimal> values, List<Problem> problems) {
    if (!(value instanceof IntegerType integer) || integer.getValue() == null) {
      problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
      return;
    }
    int answer = integer.getValue();
    boolean belowMin = question.minValue() != null && answer < question.minValue();
    boolean aboveMax = question.maxValue() != null && answer > question.maxValue();
    if (belowMin || aboveMax) {
      problems.add(new Problem(Reason.INVALID_ANSWER, question.linkId()));
    } else {
      values.put(question.linkId(), BigDecimal.valueOf(answer));
    }
  }
}
