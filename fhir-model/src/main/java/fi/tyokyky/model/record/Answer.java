package fi.tyokyky.model.record;

import fi.tyokyky.model.code.TyokykyCode;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * One answer to one question of a questionnaire: exactly one of the value components is set.
 * Several answers with the same link id answer a repeating question, in order.
 *
 * @param linkId the question's {@code linkId} in the questionnaire; never null
 * @param coding a chosen answer option; null unless the answer is a choice
 * @param integer a whole-number answer (e.g. a 0–10 rating); null unless the question asks one
 * @param decimal a decimal answer; null unless the question asks one
 * @param text a text answer; null unless the question asks one
 */
public record Answer(
    String linkId,
    AnswerCoding coding,
    Integer integer,
    BigDecimal decimal,
    @Size(max = 10000) String text) {

  private static final String RECORD = "Answer";

  /** Checks that the link id is present and exactly one value is set. */
  public Answer {
    Check.requiredText(linkId, RECORD, "linkId");
    long values = Stream.of(coding, integer, decimal, text).filter(v -> v != null).count();
    Check.that(
        values == 1,
        RECORD,
        "value",
        "exactly one of coding, integer, decimal or text" + " is required");
    Check.optionalText(text, RECORD, "text");
  }

  /** A chosen answer option. */
  public static Answer coding(String linkId, AnswerCoding coding) {
    return new Answer(linkId, coding, null, null, null);
  }

  /** A chosen answer option from one of the package's code systems. */
  public static Answer coding(String linkId, TyokykyCode code) {
    return coding(linkId, AnswerCoding.of(code));
  }

  /** A whole-number answer. */
  public static Answer integer(String linkId, int value) {
    return new Answer(linkId, null, value, null, null);
  }

  /** A decimal answer. */
  public static Answer decimal(String linkId, BigDecimal value) {
    return new Answer(linkId, null, null, value, null);
  }

  /** A text answer. */
  public static Answer text(String linkId, String value) {
    return new Answer(linkId, null, null, null, value);
  }

  /**
   * A coded answer option.
   *
   * @param system the code system; never null
   * @param code the code; never null
   * @param display the display as shown to the respondent; null if none
   */
  public record AnswerCoding(String system, String code, String display) {

    /** Checks that system and code are present. */
    public AnswerCoding {
      Check.requiredText(system, "AnswerCoding", "system");
      Check.requiredText(code, "AnswerCoding", "code");
      Check.optionalText(display, "AnswerCoding", "display");
    }

    /** The option for a code of the package, with its Finnish display. */
    public static AnswerCoding of(TyokykyCode code) {
      return new AnswerCoding(code.system(), code.code(), code.display());
    }
  }
}
