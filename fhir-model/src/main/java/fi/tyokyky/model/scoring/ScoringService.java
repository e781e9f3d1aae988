package fi.tyokyky.model.scoring;

import fi.tyokyky.model.scoring.CannotScore.Problem;
import fi.tyokyky.model.scoring.CannotScore.Reason;
import fi.tyokyky.model.scoring.QuestionnaireDefinition.AnswerOption;
import fi.tyokyky.model.scoring.QuestionnaireDefinition.ItemDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;

/**
 * Scores questionnaire responses with the answer weights of the package's questionnaires (the
 * {@code ordinalValue} of each answer option; integer items count their own value).
 *
 * <p>Rules common to every instrument: the response must name a scored questionnaire of the package
 * in {@code QuestionnaireResponse.questionnaire} (optionally with {@code |version}, which must then
 * be the package's); its status must be {@code completed} or {@code amended}; every answer must be
 * valid for its item; and no item may be missing that the score needs. Otherwise the result is
 * {@link CannotScore}, listing every problem by linkId. An item that its {@code enableWhen} skips
 * counts as 0 and must not be answered (AUDIT-C questions 2 and 3 after "Never" to question 1); the
 * conditions are evaluated as the validator evaluates them.
 *
 * <p>Thread-safe and cheap to share.
 */
public final class ScoringService {

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
   * Scores a response with the instrument its questionnaire belongs to. An AUDIT-C response is read
   * without the person's sex and so gets {@link AuditCRisk#UNKNOWN_RISK}; use {@link
   * #score(QuestionnaireResponse, AdministrativeGender)} to have the risk level.
   *
   * @param response not null
   * @return never null
   */
  public ScoringResult score(QuestionnaireResponse response) {
    return score(response, null);
  }

  /**
   * Scores a response with the instrument its questionnaire belongs to.
   *
   * @param response not null
   * @param sex {@code Patient.gender} of the respondent, used only for AUDIT-C; may be null
   * @return never null; {@link CannotScore} with {@link Reason#NOT_SCORED} for a package
   *     questionnaire that has no score, {@link Reason#UNKNOWN_QUESTIONNAIRE} for any other
   */
  public ScoringResult score(QuestionnaireResponse response, AdministrativeGender sex) {
    Objects.requireNonNull(response, "response");
    Optional<Instrument> instrument = Instrument.forQuestionnaire(response.getQuestionnaire());
    if (instrument.isEmpty()) {
      Reason reason =
          catalog.find(response.getQuestionnaire()).isPresent()
              ? Reason.NOT_SCORED
              : Reason.UNKNOWN_QUESTIONNAIRE;
      return CannotScore.of(null, reason, null);
    }
    return scoreAs(instrument.get(), response, sex);
  }

  /**
   * PHQ-9 total 0–27 with its {@link Phq9Severity}; response must be for the PHQ-9 questionnaire.
   */
  public ScoringResult phq9(QuestionnaireResponse response) {
    return scoreAs(Instrument.PHQ_9, response, null);
  }

  /**
   * GAD-7 total 0–21 with its {@link Gad7Severity}; response must be for the GAD-7 questionnaire.
   */
  public ScoringResult gad7(QuestionnaireResponse response) {
    return scoreAs(Instrument.GAD_7, response, null);
  }

  /**
   * AUDIT-C total 0–12 with its {@link AuditCRisk}. "Never" to question 1 skips questions 2 and 3,
   * which then count as 0 and must be left unanswered; any other answer to question 1 requires
   * both.
   *
   * @param response a response to the AUDIT-C questionnaire; not null
   * @param sex {@code Patient.gender}; null or not male/female gives {@link
   *     AuditCRisk#UNKNOWN_RISK}
   */
  public ScoringResult auditC(QuestionnaireResponse response, AdministrativeGender sex) {
    return scoreAs(Instrument.AUDIT_C, response, sex);
  }

  /** Work Ability Score 0–10: the answer itself, no band. */
  public ScoringResult workAbilityScore(QuestionnaireResponse response) {
    return scoreAs(Instrument.WORK_ABILITY_SCORE, response, null);
  }

  /**
   * Participation indicator 0–100, one decimal: (sum − lowest sum) / (highest sum − lowest sum) ×
   * 100, rounded half up. With the package's eight items weighted 1–5 this is (sum − 8) / 32 × 100,
   * as the questionnaire's description states. All eight items must be answered.
   */
  public ScoringResult participationIndicator(QuestionnaireResponse response) {
    return scoreAs(Instrument.PARTICIPATION_INDICATOR, response, null);
  }

  /**
   * 3X10D: the answered dimensions (0–10) by their ThreeXTenDDimensionCS code, no total. The
   * dimensions are optional; at least one must be answered.
   */
  public ScoringResult threeXTenD(QuestionnaireResponse response) {
    return scoreAs(Instrument.THREE_X_TEN_D, response, null);
  }

  private ScoringResult scoreAs(
      Instrument instrument, QuestionnaireResponse response, AdministrativeGender sex) {
    Objects.requireNonNull(response, "response");
    String canonical = response.getQuestionnaire();
    Optional<Instrument> answered = Instrument.forQuestionnaire(canonical);
    if (answered.isPresent() && answered.get() != instrument) {
      return CannotScore.of(instrument, Reason.WRONG_QUESTIONNAIRE, null);
    }
    Optional<QuestionnaireDefinition> questionnaire =
        answered.flatMap(i -> catalog.definition(canonical));
    if (questionnaire.isEmpty()) {
      Reason reason =
          catalog.find(canonical).isPresent()
              ? Reason.WRONG_QUESTIONNAIRE
              : Reason.UNKNOWN_QUESTIONNAIRE;
      return CannotScore.of(instrument, reason, null);
    }

    List<Problem> problems = new ArrayList<>();
    if (!isFinished(response.getStatus())) {
      problems.add(new Problem(Reason.NOT_COMPLETED, null));
    }
    boolean everyQuestionRequired = instrument != Instrument.THREE_X_TEN_D;
    AnswerReader.Answers answers =
        AnswerReader.read(questionnaire.get(), response, everyQuestionRequired);
    problems.addAll(answers.problems());
    if (!problems.isEmpty()) {
      return new CannotScore(instrument, problems);
    }
    return compute(instrument, questionnaire.get(), answers.values(), sex);
  }

  private static boolean isFinished(QuestionnaireResponseStatus status) {
    return status == QuestionnaireResponseStatus.COMPLETED
        || status == QuestionnaireResponseStatus.AMENDED;
  }

  private static ScoringResult compute(
      Instrument instrument,
      QuestionnaireDefinition questionnaire,
      Map<String, BigDecimal> values,
      AdministrativeGender sex) {
    return switch (instrument) {
      case PHQ_9 -> {
        int total = wholeSum(instrument, values);
        yield totalScore(instrument, total, Phq9Severity.of(total));
      }
      case GAD_7 -> {
        int total = wholeSum(instrument, values);
        yield totalScore(instrument, total, Gad7Severity.of(total));
      }
      case AUDIT_C -> {
        int total = wholeSum(instrument, values);
        yield totalScore(instrument, total, AuditCRisk.of(total, sex));
      }
      case WORK_ABILITY_SCORE -> totalScore(instrument, wholeSum(instrument, values), null);
      case PARTICIPATION_INDICATOR -> participation(questionnaire, values);
      case THREE_X_TEN_D -> dimensions(questionnaire, values);
      case WORK_ABILITY_INDEX ->
          throw new IllegalStateException("The Work Ability Index has no questionnaire");
    };
  }

  private static Score totalScore(Instrument instrument, int total, ScoreBand band) {
    return new Score(instrument, BigDecimal.valueOf(total), band, Map.of());
  }

  /** The sum of the values, which must be whole (whole weights are a property of the package). */
  private static int wholeSum(Instrument instrument, Map<String, BigDecimal> values) {
    BigDecimal sum = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    try {
      return sum.setScale(0, RoundingMode.UNNECESSARY).intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalStateException(
          "The package gives " + instrument.label() + " answer weights that are not whole numbers",
          e);
    }
  }

  private static Score participation(
      QuestionnaireDefinition questionnaire, Map<String, BigDecimal> values) {
    BigDecimal lowest = BigDecimal.ZERO;
    BigDecimal highest = BigDecimal.ZERO;
    for (ItemDefinition question : questionnaire.questions()) {
      lowest = lowest.add(extremeWeight(question, false));
      highest = highest.add(extremeWeight(question, true));
    }
    BigDecimal sum = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal score =
        sum.subtract(lowest)
            .multiply(HUNDRED)
            .divide(highest.subtract(lowest), 1, RoundingMode.HALF_UP);
    return new Score(Instrument.PARTICIPATION_INDICATOR, score, null, Map.of());
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

  private static ScoringResult dimensions(
      QuestionnaireDefinition questionnaire, Map<String, BigDecimal> values) {
    if (values.isEmpty()) {
      return CannotScore.of(Instrument.THREE_X_TEN_D, Reason.NOTHING_ANSWERED, null);
    }
    Map<String, Integer> dimensions = new LinkedHashMap<>();
    for (ItemDefinition question : questionnaire.questions()) {
      BigDecimal value = values.get(question.linkId());
      if (value != null) {
        // The dimension is identified by its ThreeXTenDDimensionCS code, the item's code.
        String key = question.code() != null ? question.code() : question.linkId();
        dimensions.put(key, value.intValueExact());
      }
    }
    return new Score(Instrument.THREE_X_TEN_D, null, null, dimensions);
  }
}
