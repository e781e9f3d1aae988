package fi.tyokyky.model.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Type;

/**
 * When an item is asked: its {@code enableWhen} conditions, combined with {@code enableBehavior}
 * (all of them unless it says {@code any}). An item without conditions is always asked.
 *
 * <p>The conditions are evaluated as HAPI's validator evaluates them, so that the scorer and the
 * validator agree on which items a response must and must not answer: {@code exists} compares
 * whether the question has an answer; every other operator holds if some answer of the question
 * satisfies it, so a question without an answer enables nothing (not even with {@code !=}). Codings
 * are equal when system and code are.
 *
 * <p>Only what the scorer can compare is accepted: {@code exists}, and {@code =} or {@code !=} with
 * a coding or a primitive value (integer, boolean, string …, equal when of the same type and
 * value). The ordering operators are not: no scored questionnaire needs them, and a questionnaire
 * that used them would be refused when read rather than scored wrongly.
 *
 * @param conditions the conditions in questionnaire order; empty if the item is always asked
 * @param any true if one condition enables the item, false if all must hold
 */
record EnableWhen(List<Condition> conditions, boolean any) {

  /** The conditions of an item that is always asked. */
  static final EnableWhen ALWAYS = new EnableWhen(List.of(), false);

  EnableWhen {
    conditions = List.copyOf(conditions);
  }

  /**
   * Reads the conditions of a questionnaire item.
   *
   * @throws IllegalStateException if a condition is one the scorer cannot evaluate
   */
  static EnableWhen of(QuestionnaireItemComponent item) {
    if (!item.hasEnableWhen()) {
      return ALWAYS;
    }
    List<Condition> conditions = new ArrayList<>();
    for (QuestionnaireItemEnableWhenComponent condition : item.getEnableWhen()) {
      conditions.add(Condition.of(item.getLinkId(), condition));
    }
    return new EnableWhen(conditions, item.getEnableBehavior() == EnableWhenBehavior.ANY);
  }

  /**
   * Whether the item is asked, given the answers in the response.
   *
   * @param answersOf the answer values of a question by its linkId; empty if it has none
   */
  boolean isMet(Function<String, List<Type>> answersOf) {
    if (conditions.isEmpty()) {
      return true;
    }
    return any
        ? conditions.stream().anyMatch(condition -> condition.holds(answersOf))
        : conditions.stream().allMatch(condition -> condition.holds(answersOf));
  }

  /**
   * One condition.
   *
   * @param question the linkId of the question it looks at
   * @param operator never null
   * @param value the value compared with; a boolean for {@code exists}
   */
  record Condition(String question, QuestionnaireItemOperator operator, Type value) {

    Condition {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }

    static Condition of(String linkId, QuestionnaireItemEnableWhenComponent source) {
      QuestionnaireItemOperator operator = source.getOperator();
      Type value = source.getAnswer();
      boolean supported =
          source.hasQuestion()
              && value != null
              && (operator == QuestionnaireItemOperator.EXISTS
                  ? value instanceof BooleanType
                  : (operator == QuestionnaireItemOperator.EQUAL
                          || operator == QuestionnaireItemOperator.NOT_EQUAL)
                      && (value instanceof Coding || value instanceof PrimitiveType<?>));
      if (!supported) {
        throw new IllegalStateException(
            "Item " + linkId + " has an enableWhen that the scorer cannot evaluate");
      }
      return new Condition(source.getQuestion(), operator, value.copy());
    }

    boolean holds(Function<String, List<Type>> answersOf) {
      List<Type> answers = answersOf.apply(question);
      return switch (operator) {
        case EXISTS -> ((BooleanType) value).booleanValue() == !answers.isEmpty();
        case EQUAL -> answers.stream().anyMatch(this::equalTo);
        // An answer of another type is not "different", it cannot be compared at all.
        case NOT_EQUAL -> answers.stream().anyMatch(answer -> sameKind(answer) && !equalTo(answer));
        default -> throw new IllegalStateException("refused when read: " + operator.toCode());
      };
    }

    private boolean sameKind(Type answer) {
      return answer.fhirType().equals(value.fhirType());
    }

    private boolean equalTo(Type answer) {
      if (value instanceof Coding expected) {
        return answer instanceof Coding coding
            && Objects.equals(expected.getSystem(), coding.getSystem())
            && Objects.equals(expected.getCode(), coding.getCode());
      }
      return sameKind(answer)
          && Objects.equals(
              ((PrimitiveType<?>) value).getValueAsString(),
              ((PrimitiveType<?>) answer).getValueAsString());
    }
  }
}
