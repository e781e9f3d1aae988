package fi.tyokyky.model.scoring;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a response cannot be scored. The problems name the questionnaire items by linkId and never
 * contain answers or anything about the person, so the result is safe to log.
 *
 * @param instrument the short name of the instrument that was to be scored, e.g. {@code PHQ-9} or
 *     {@code 3X10D}; null if the answers' questionnaire is not a scored questionnaire of the
 *     package
 * @param problems at least one problem, in questionnaire order; unmodifiable
 */
public record CannotScore(String instrument, List<Problem> problems) implements ScoringResult {

  /** What is wrong with a response, or with one of its items. */
  public enum Reason {
    /** The questionnaire is not one of the package. */
    UNKNOWN_QUESTIONNAIRE("questionnaire not in the package"),
    /** The response answers another questionnaire than the instrument asked for. */
    WRONG_QUESTIONNAIRE("response is for another questionnaire"),
    /** The package questionnaire exists but has no score (e.g. the service-experience survey). */
    NOT_SCORED("questionnaire has no score"),
    /** The answers' status is not {@code completed} or {@code amended}. */
    NOT_COMPLETED("response is not completed"),
    /** A required item has no answer. */
    MISSING_ANSWER("required item not answered"),
    /** A coded answer is not one of the item's answer options. */
    UNKNOWN_ANSWER_CODE("answer not among the item's options"),
    /**
     * An answer has the wrong type, is out of range or is repeated where the item does not repeat.
     */
    INVALID_ANSWER("answer not valid for the item"),
    /**
     * An item is answered although its {@code enableWhen} skips it, e.g. AUDIT-C question 2 after
     * "Never" to question 1.
     */
    ANSWER_TO_DISABLED_ITEM("item answered although not enabled"),
    /** The response has an item that the questionnaire does not define, or the same item twice. */
    UNKNOWN_ITEM("item not in the questionnaire or given twice"),
    /** The questionnaire gives the chosen answer option no weight (a defect of the package). */
    NO_WEIGHT("answer option has no weight"),
    /** None of the items was answered. */
    NOTHING_ANSWERED("no item answered");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** A short English description; never null. */
    public String text() {
      return text;
    }
  }

  /**
   * One problem.
   *
   * @param reason never null
   * @param linkId the item concerned, or null for a problem with the whole response
   */
  public record Problem(Reason reason, String linkId) {
    public Problem {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * @throws IllegalArgumentException if there are no problems
   */
  public CannotScore {
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("CannotScore needs at least one problem");
    }
  }

  /** A result with a single problem. */
  static CannotScore of(String instrument, Reason reason, String linkId) {
    return new CannotScore(instrument, List.of(new Problem(reason, linkId)));
  }

  /** The linkIds of all item problems, in order, without repeats; never null. */
  public List<String> linkIds() {
    return problems.stream().map(Problem::linkId).filter(Objects::nonNull).distinct().toList();
  }

  /** Whether any problem has the given reason. */
  public boolean hasReason(Reason reason) {
    return problems.stream().anyMatch(problem -> problem.reason() == reason);
  }

  /**
   * A one-line explanation naming the reasons and linkIds, e.g. {@code Cannot score PHQ-9: required
   * item not answered: phq9-3, phq9-7}. Contains no answers or personal data.
   */
  public String message() {
    String what = instrument == null ? "response" : instrument;
    String details =
        problems.stream()
            .collect(
                Collectors.groupingBy(
                    Problem::reason, java.util.LinkedHashMap::new, Collectors.toList()))
            .entrySet()
            .stream()
            .map(entry -> describe(entry.getKey(), entry.getValue()))
            .collect(Collectors.joining("; "));
    return "Cannot score " + what + ": " + details;
  }

  private static String describe(Reason reason, List<Problem> problems) {
    String linkIds =
        problems.stream()
            .map(Problem::linkId)
            .filter(Objects::nonNull)
            .distinct()
            .collect(Collectors.joining(", "));
    return linkIds.isEmpty() ? reason.text() : reason.text() + ": " + linkIds;
  }

  @Override
  public String toString() {
    return message();
  }
}
