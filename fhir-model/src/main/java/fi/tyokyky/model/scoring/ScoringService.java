package fi.tyokyky.model.scoring;

import fi.tyokyky.model.code.ThreeXTenDDimension;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.ObservationBuilder;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.QuestionnaireResponseStatus;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.ScoreMeasure.Instrument;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.model.scoring.CannotScore.Problem;
import fi.tyokyky.model.scoring.CannotScore.Reason;
import fi.tyokyky.model.scoring.QuestionnaireDefinition.AnswerOption;
import fi.tyokyky.model.scoring.QuestionnaireDefinition.ItemDefinition;
import fi.tyokyky.profiles.TyokykyPackage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores the client's {@link QuestionnaireAnswers} with the answer weights of the package's
 * questionnaires (the {@code ordinalValue} of each answer option; integer items count their own
 * value), and gives the score as the record that stores it: a {@link ScoreMeasure} for a total, a
 * {@link ThreeXTenDMeasure} for 3X10D. The mappers turn those into FHIR; a FHIR
 * QuestionnaireResponse is read into {@code QuestionnaireAnswers} with {@code
 * QuestionnaireAnswersMapper} first.
 *
 * <p>Rules common to every instrument: the answers must be to a scored questionnaire of the
 * package; their status must be {@code completed} or {@code amended}; every answer must be valid
 * for its item; and no item may be missing that the score needs. Otherwise the result is {@link
 * CannotScore}, listing every problem by linkId. An item that its {@code enableWhen} skips counts
 * as 0 and must not be answered (AUDIT-C questions 2 and 3 after "Never" to question 1); the
 * conditions are evaluated as the validator evaluates them.
 *
 * <p>The score record has the answers' measurement time point, {@code authored} as its effective
 * time, the respondent ({@code source}) as performer, {@code derivedFrom} the answers, status
 * final, and an identifier in the answers identifier's system with the value suffixed {@value
 * #IDENTIFIER_SUFFIX}, so that scoring the same answers again gives the same record (a conditional
 * write on it stores it once).
 *
 * <p>Thread-safe and cheap to share.
 */
public final class ScoringService {

  /** Suffix appended to the answers identifier's value to form the score's identifier. */
  public static final String IDENTIFIER_SUFFIX = "-score";

  private static final String THREE_X_TEN_D = "3X10D";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final QuestionnaireCatalog catalog;

  /** A service over the package on this library's classpath. */
  public ScoringService() {
    this(new QuestionnaireCatalog());
  }

  /**
   * A service over the given catalog.
   *
   * @param catalog not null
   */
  public ScoringService(QuestionnaireCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Scores answers with the instrument their questionnaire belongs to. AUDIT-C answers are scored
   * without the client's sex and so get no band; use {@link #score(QuestionnaireAnswers, Gender)}
   * to have it.
   *
   * @param answers not null
   * @return never null
   */
  public ScoringResult score(QuestionnaireAnswers answers) {
    return score(answers, null);
  }

  /**
   * Scores answers with the instrument their questionnaire belongs to.
   *
   * @param answers not null
   * @param sex the client's gender, used only for the AUDIT-C band; may be null
   * @return never null: a {@link Score}, a {@link ThreeXTenDScore} for 3X10D, or {@link
   *     CannotScore} with {@link Reason#NOT_SCORED} for a package questionnaire that has no score
   *     and {@link Reason#UNKNOWN_QUESTIONNAIRE} for any other
   */
  public ScoringResult score(QuestionnaireAnswers answers, Gender sex) {
    Objects.requireNonNull(answers, "answers");
    String questionnaireId = answers.questionnaireId();
    if (questionnaireId.equals(ThreeXTenDMeasure.QUESTIONNAIRE_ID)) {
      return threeXTenD(answers);
    }
    Optional<Instrument> instrument = Instrument.forQuestionnaire(url(questionnaireId));
    if (instrument.isEmpty()) {
      Reason reason =
          catalog.find(url(questionnaireId)).isPresent()
              ? Reason.NOT_SCORED
              : Reason.UNKNOWN_QUESTIONNAIRE;
      return CannotScore.of(null, reason, null);
    }
    return total(instrument.get(), answers, sex);
  }

  /** PHQ-9 total 0–27 with its severity band; the answers must be to the PHQ-9 questionnaire. */
  public ScoringResult phq9(QuestionnaireAnswers answers) {
    return total(Instrument.PHQ_9, answers, null);
  }

  /** GAD-7 total 0–21 with its severity band; the answers must be to the GAD-7 questionnaire. */
  public ScoringResult gad7(QuestionnaireAnswers answers) {
    return total(Instrument.GAD_7, answers, null);
  }

  /**
   * AUDIT-C total 0–12 with its risk band. "Never" to question 1 skips questions 2 and 3, which
   * then count as 0 and must be left unanswered; any other answer to question 1 requires both.
   *
   * @param answers answers to the AUDIT-C questionnaire; not null
   * @param sex the client's gender; null or not male/female gives no band
   */
  public ScoringResult auditC(QuestionnaireAnswers answers, Gender sex) {
    return total(Instrument.AUDIT_C, answers, sex);
  }

  /** Work Ability Score 0–10: the answer itself, no band. */
  public ScoringResult workAbilityScore(QuestionnaireAnswers answers) {
    return total(Instrument.WORK_ABILITY_SCORE, answers, null);
  }

  /**
   * Participation indicator 0–100, one decimal: (sum − lowest sum) / (highest sum − lowest sum) ×
   * 100, rounded half up. With the package's eight items weighted 1–5 this is (sum − 8) / 32 × 100,
   * as the questionnaire's description states. All eight items must be answered.
   */
  public ScoringResult participationIndicator(QuestionnaireAnswers answers) {
    return total(Instrument.PARTICIPATION_INDICATOR, answers, null);
  }

  /**
   * 3X10D: the answered dimensions (0–10), no total. The dimensions are optional; at least one must
   * be answered.
   */
  public ScoringResult threeXTenD(QuestionnaireAnswers answers) {
    Objects.requireNonNull(answers, "answers");
    Read read = read(THREE_X_TEN_D, ThreeXTenDMeasure.QUESTIONNAIRE_ID, answers, false);
    if (read.problem() != null) {
      return read.problem();
    }
    ThreeXTenDMeasure.Builder measure = start(ThreeXTenDMeasure.builder(), answers);
    for (ItemDefinition question : read.questionnaire().questions()) {
      BigDecimal value = read.values().get(question.linkId());
      if (value != null) {
        // The dimension is identified by its ThreeXTenDDimensionCS code, the item's code.
        measure.dimension(ThreeXTenDDimension.fromCode(question.code()), value.intValueExact());
      }
    }
    if (read.values().isEmpty()) {
      return CannotScore.of(THREE_X_TEN_D, Reason.NOTHING_ANSWERED, null);
    }
    return new ThreeXTenDScore(measure.derivedFrom(answers.identifier()).build());
  }

  private ScoringResult total(Instrument instrument, QuestionnaireAnswers answers, Gender sex) {
    Objects.requireNonNull(answers, "answers");
    Read read = read(instrument.label(), instrument.questionnaireId(), answers, true);
    if (read.problem() != null) {
      return read.problem();
    }
    BigDecimal total =
        instrument == Instrument.PARTICIPATION_INDICATOR
            ? participation(read.questionnaire(), read.values())
            : wholeSum(instrument, read.values());
    return new Score(
        start(ScoreMeasure.builder(), answers)
            .instrument(instrument)
            .value(total)
            .band(instrument.band(total.intValue(), sex).orElse(null))
            .derivedFrom(answers.identifier())
            .build());
  }

  /**
   * The answers read against the questionnaire they must be to.
   *
   * @param questionnaire the questionnaire read; null if there is a problem
   * @param values the value of each answered question; empty if there is a problem
   * @param problem why the answers cannot be scored; null if they can
   */
  private record Read(
      QuestionnaireDefinition questionnaire, Map<String, BigDecimal> values, CannotScore problem) {}

  private Read read(
      String label,
      String questionnaireId,
      QuestionnaireAnswers answers,
      boolean everyQuestionRequired) {
    Optional<QuestionnaireDefinition> questionnaire =
        answers.questionnaireId().equals(questionnaireId)
            ? catalog.definition(url(questionnaireId))
            : Optional.empty();
    if (questionnaire.isEmpty()) {
      Reason reason =
          catalog.find(url(answers.questionnaireId())).isPresent()
              ? Reason.WRONG_QUESTIONNAIRE
              : Reason.UNKNOWN_QUESTIONNAIRE;
      return new Read(null, Map.of(), CannotScore.of(label, reason, null));
    }
    List<Problem> problems = new ArrayList<>();
    if (answers.status() != QuestionnaireResponseStatus.COMPLETED
        && answers.status() != QuestionnaireResponseStatus.AMENDED) {
      problems.add(new Problem(Reason.NOT_COMPLETED, null));
    }
    AnswerReader.Answers read =
        AnswerReader.read(questionnaire.get(), answers.answers(), everyQuestionRequired);
    problems.addAll(read.problems());
    if (!problems.isEmpty()) {
      return new Read(null, Map.of(), new CannotScore(label, problems));
    }
    return new Read(questionnaire.get(), read.values(), null);
  }

  /** A measure builder with what every score takes from the answers it is derived from. */
  private static <B extends ObservationBuilder<B>> B start(
      B builder, QuestionnaireAnswers answers) {
    BusinessIdentifier source = answers.identifier();
    builder
        .identifier(BusinessIdentifier.of(source.system(), source.value() + IDENTIFIER_SUFFIX))
        .effective(answers.authored())
        .timepoint(answers.timepoint());
    if (answers.source() != null) {
      builder.performer(answers.source());
    }
    return builder;
  }

  private static String url(String questionnaireId) {
    return TyokykyPackage.questionnaire(questionnaireId);
  }

  /** The sum of the values, which must be whole (whole weights are a property of the package). */
  private static BigDecimal wholeSum(Instrument instrument, Map<String, BigDecimal> values) {
    BigDecimal sum = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    try {
      return BigDecimal.valueOf(sum.setScale(0, RoundingMode.UNNECESSARY).intValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalStateException(
          "The package gives " + instrument.label() + " answer weights that are not whole numbers",
          e);
    }
  }

  private static BigDecimal participation(
      QuestionnaireDefinition questionnaire, Map<String, BigDecimal> values) {
    BigDecimal lowest = BigDecimal.ZERO;
    BigDecimal highest = BigDecimal.ZERO;
    for (ItemDefinition question : questionnaire.questions()) {
      lowest = lowest.add(extremeWeight(question, false));
      highest = highest.add(extremeWeight(question, true));
    }
    BigDecimal sum = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.subtract(lowest)
        .multiply(HUNDRED)
        .divide(highest.subtract(lowest), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal extremeWeight(ItemDefinition question, boolean highest) {
    Comparator<BigDecimal> order = highest ? Comparator.naturalOrder() : Comparator.reverseOrder();
    return question.options().stream()
        .map(AnswerOption::weight)
        .filter(Objects::nonNull)
        .max(order)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Item " + question.linkId() + " has no weighted options"));
  }
}
