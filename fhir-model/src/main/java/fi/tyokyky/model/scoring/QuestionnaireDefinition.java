package fi.tyokyky.model.scoring;

import fi.tyokyky.model.record.Answer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * An immutable scoring view of one package questionnaire: its items by linkId with the answer
 * options and their weights, the allowed range of integer items and when each item is asked. Built
 * once from the HAPI resource so that scoring never touches a shared mutable object.
 */
record QuestionnaireDefinition(String url, Map<String, ItemDefinition> items) {

  /** Extension that carries an answer option's score weight. */
  static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

  static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
  static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

  QuestionnaireDefinition {
    items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /**
   * The scoring view of a questionnaire.
   *
   * @throws IllegalStateException if an item has an enableWhen the scorer cannot evaluate
   */
  static QuestionnaireDefinition of(Questionnaire questionnaire) {
    Map<String, ItemDefinition> items = new LinkedHashMap<>();
    collect(questionnaire.getItem(), null, items);
    return new QuestionnaireDefinition(questionnaire.getUrl(), items);
  }

  /** The items that take answers (not display items or groups), in questionnaire order. */
  List<ItemDefinition> questions() {
    return items.values().stream().filter(ItemDefinition::takesAnswers).toList();
  }

  private static void collect(
      List<QuestionnaireItemComponent> source,
      String parentLinkId,
      Map<String, ItemDefinition> target) {
    for (QuestionnaireItemComponent item : source) {
      target.put(item.getLinkId(), ItemDefinition.of(item, parentLinkId));
      collect(item.getItem(), item.getLinkId(), target);
    }
  }

  /**
   * One item of the questionnaire. {@code code} is the first item code, or null; {@code
   * parentLinkId} the item it is nested in, or null at the top level.
   */
  record ItemDefinition(
      String linkId,
      String parentLinkId,
      QuestionnaireItemType type,
      boolean required,
      boolean repeats,
      String code,
      List<AnswerOption> options,
      Integer minValue,
      Integer maxValue,
      EnableWhen enableWhen) {

    ItemDefinition {
      options = List.copyOf(options);
    }

    static ItemDefinition of(QuestionnaireItemComponent item, String parentLinkId) {
      List<AnswerOption> options = new ArrayList<>();
      for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
        if (option.hasValueCoding()) {
          options.add(AnswerOption.of(option.getValueCoding()));
        }
      }
      return new ItemDefinition(
          item.getLinkId(),
          parentLinkId,
          item.getType(),
          item.getRequired(),
          item.getRepeats(),
          item.hasCode() ? item.getCodeFirstRep().getCode() : null,
          options,
          integerExtension(item.getExtensionByUrl(MIN_VALUE)),
          integerExtension(item.getExtensionByUrl(MAX_VALUE)),
          EnableWhen.of(item));
    }

    boolean takesAnswers() {
      return type != QuestionnaireItemType.DISPLAY && type != QuestionnaireItemType.GROUP;
    }

    private static Integer integerExtension(Extension extension) {
      if (extension != null && extension.getValue() instanceof IntegerType value) {
        return value.getValue();
      }
      return null;
    }
  }

  /** A coded answer option and its weight ({@code weight} null if the option has none). */
  record AnswerOption(String system, String code, BigDecimal weight) {

    static AnswerOption of(Coding coding) {
      Extension ordinal = coding.getExtensionByUrl(ORDINAL_VALUE);
      BigDecimal weight =
          ordinal != null && ordinal.getValue() instanceof DecimalType decimal
              ? decimal.getValue()
              : null;
      return new AnswerOption(coding.getSystem(), coding.getCode(), weight);
    }

    boolean matches(Answer.AnswerCoding answer) {
      return system != null
          && code != null
          && system.equals(answer.system())
          && code.equals(answer.code());
    }
  }
}
