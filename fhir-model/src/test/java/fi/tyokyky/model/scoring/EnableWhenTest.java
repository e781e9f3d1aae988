package fi.tyokyky.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.scoring.CannotScore.Problem;
import fi.tyokyky.model.scoring.CannotScore.Reason;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;

/**
 * Which items a response must answer: the enableWhen rules the scorer evaluates, on a small
 * questionnaire of its own (the package's AUDIT-C is covered in {@link ScoringServiceTest}).
 */
class EnableWhenTest {

  private static final String SYSTEM = "urn:example:answers";
  private static final Coding YES = new Coding(SYSTEM, "yes", null);
  private static final Coding NO = new Coding(SYSTEM, "no", null);

  @Test
  void equalHoldsIfSomeAnswerIsTheValue() {
    EnableWhen rule = rule(QuestionnaireItemOperator.EQUAL, YES);

    assertThat(rule.isMet(answers(YES))).isTrue();
    assertThat(rule.isMet(answers(new Coding(SYSTEM, "yes", "Yes, with a display")))).isTrue();
    assertThat(rule.isMet(answers(NO))).isFalse();
    assertThat(rule.isMet(answers(new Coding("urn:example:other", "yes", null)))).isFalse();
    assertThat(rule.isMet(answers())).isFalse();
  }

  @Test
  void notEqualNeedsAnAnswerThatDiffers() {
    EnableWhen rule = rule(QuestionnaireItemOperator.NOT_EQUAL, YES);

    assertThat(rule.isMet(answers(NO))).isTrue();
    assertThat(rule.isMet(answers(YES))).isFalse();
    // No answer enables nothing, as in HAPI's validator.
    assertThat(rule.isMet(answers())).isFalse();
    // An answer of another type cannot be compared, so it does not differ either.
    assertThat(rule.isMet(answers(new IntegerType(1)))).isFalse();
  }

  @Test
  void existsComparesWhetherTheQuestionIsAnswered() {
    EnableWhen answered = rule(QuestionnaireItemOperator.EXISTS, new BooleanType(true));
    EnableWhen unanswered = rule(QuestionnaireItemOperator.EXISTS, new BooleanType(false));

    assertThat(answered.isMet(answers(NO))).isTrue();
    assertThat(answered.isMet(answers())).isFalse();
    assertThat(unanswered.isMet(answers())).isTrue();
    assertThat(unanswered.isMet(answers(NO))).isFalse();
  }

  @Test
  void primitiveValuesAreEqualWhenTypeAndValueAre() {
    EnableWhen rule = rule(QuestionnaireItemOperator.EQUAL, new IntegerType(3));

    assertThat(rule.isMet(answers(new IntegerType(3)))).isTrue();
    assertThat(rule.isMet(answers(new IntegerType(4)))).isFalse();
    assertThat(rule.isMet(answers(new DecimalType(3)))).isFalse();
  }

  @Test
  void allConditionsMustHoldUnlessTheBehaviourIsAny() {
    QuestionnaireItemComponent item = item("q3", QuestionnaireItemType.CHOICE);
    when(item, "q1", QuestionnaireItemOperator.EQUAL, YES);
    when(item, "q2", QuestionnaireItemOperator.EQUAL, YES);
    Map<String, List<Type>> oneYes = Map.of("q1", List.of(YES), "q2", List.of(NO));

    assertThat(EnableWhen.of(item).isMet(linkId -> oneYes.getOrDefault(linkId, List.of())))
        .isFalse();
    item.setEnableBehavior(EnableWhenBehavior.ANY);
    assertThat(EnableWhen.of(item).isMet(linkId -> oneYes.getOrDefault(linkId, List.of())))
        .isTrue();
  }

  @Test
  void anItemWithoutConditionsIsAlwaysAsked() {
    assertThat(EnableWhen.of(item("q1", QuestionnaireItemType.CHOICE))).isSameAs(EnableWhen.ALWAYS);
    assertThat(EnableWhen.ALWAYS.isMet(linkId -> List.of())).isTrue();
  }

  @Test
  void aConditionTheScorerCannotEvaluateIsRefusedWhenRead() {
    QuestionnaireItemComponent item = item("q2", QuestionnaireItemType.INTEGER);
    when(item, "q1", QuestionnaireItemOperator.GREATER_THAN, new IntegerType(3));

    assertThatIllegalStateException()
        .isThrownBy(() -> EnableWhen.of(item))
        .withMessage("Item q2 has an enableWhen that the scorer cannot evaluate");
  }

  @Test
  void aQuestionInADisabledGroupIsSkipped() {
    Questionnaire questionnaire = new Questionnaire();
    questionnaire.addItem(item("q1", QuestionnaireItemType.INTEGER));
    QuestionnaireItemComponent group = item("g", QuestionnaireItemType.GROUP);
    when(group, "q1", QuestionnaireItemOperator.EQUAL, new IntegerType(1));
    group.addItem(item("g1", QuestionnaireItemType.INTEGER));
    questionnaire.addItem(group);
    QuestionnaireDefinition definition = QuestionnaireDefinition.of(questionnaire);

    List<Answer> no = List.of(Answer.integer("q1", 0), Answer.integer("g1", 2));
    List<Answer> yes = List.of(Answer.integer("q1", 1));

    assertThat(AnswerReader.read(definition, no, true).problems())
        .containsExactly(new Problem(Reason.ANSWER_TO_DISABLED_ITEM, "g1"));
    assertThat(AnswerReader.read(definition, yes, true).problems())
        .containsExactly(new Problem(Reason.MISSING_ANSWER, "g1"));
  }

  private static QuestionnaireItemComponent item(String linkId, QuestionnaireItemType type) {
    return new QuestionnaireItemComponent().setLinkId(linkId).setType(type);
  }

  /** A one-condition rule on question {@code q1}. */
  private static EnableWhen rule(QuestionnaireItemOperator operator, Type value) {
    QuestionnaireItemComponent item = item("q2", QuestionnaireItemType.CHOICE);
    when(item, "q1", operator, value);
    return EnableWhen.of(item);
  }

  private static void when(
      QuestionnaireItemComponent item,
      String question,
      QuestionnaireItemOperator operator,
      Type value) {
    item.addEnableWhen().setQuestion(question).setOperator(operator).setAnswer(value);
  }

  /** The answers of question {@code q1}; every other question unanswered. */
  private static Function<String, List<Type>> answers(Type... values) {
    return linkId -> linkId.equals("q1") ? List.of(values) : List.of();
  }
}
