package fi.tyokyky.model.record;

import fi.tyokyky.model.code.MeasurementTimepoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client's answers to one of the package's questionnaires (profile {@code
 * tyokyky-questionnaire-response}). The package's questionnaires are flat (no groups), so the
 * answers are a flat list; the record stays free of HAPI types so that it also has a plain JSON
 * form. {@link fi.tyokyky.model.scoring.ScoringService} scores this record.
 *
 * @param identifier the source system's id; never null
 * @param questionnaireId the id of the package questionnaire, e.g. {@code phq-9}; never null
 * @param status the status; never null, default {@link QuestionnaireResponseStatus#COMPLETED}
 * @param authored when the answers were given, kept to the second; never null
 * @param timepoint the measurement time point; null if none
 * @param answers the answers in questionnaire order; never null, may be empty
 * @param source who answered: the client or a professional role; null if not recorded
 */
public record QuestionnaireAnswers(
    @NotNull BusinessIdentifier identifier,
    @NotNull String questionnaireId,
    @NotNull QuestionnaireResponseStatus status,
    @NotNull @PastOrPresent OffsetDateTime authored,
    MeasurementTimepoint timepoint,
    List<@Valid @NotNull Answer> answers,
    @Valid Actor source)
    implements Keyed {

  private static final String RECORD = "QuestionnaireAnswers";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  /** Checks the parts; see the component descriptions. */
  public QuestionnaireAnswers {
    Check.required(identifier, RECORD, "identifier");
    Check.required(questionnaireId, RECORD, "questionnaireId");
    Check.that(
        ID.matcher(questionnaireId).matches(),
        RECORD,
        "questionnaireId",
        "must be the id of a package questionnaire, e.g. phq-9");
    Check.required(status, RECORD, "status");
    authored = Check.seconds(Check.required(authored, RECORD, "authored"));
    answers = Check.list(answers, RECORD, "answers");
    Check.that(
        source == null || source.kind() != Actor.Kind.ORGANISATION,
        RECORD,
        "source",
        "must be the client or a professional role");
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuestionnaireAnswers}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private String questionnaireId;
    private QuestionnaireResponseStatus status = QuestionnaireResponseStatus.COMPLETED;
    private OffsetDateTime authored;
    private MeasurementTimepoint timepoint;
    private final List<Answer> answers = new ArrayList<>();
    private Actor source;

    private Builder() {}

    /** The source system's id (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The id of the package questionnaire, e.g. {@code phq-9} (required). */
    public Builder questionnaireId(String value) {
      this.questionnaireId = value;
      return this;
    }

    /** The status; default completed. */
    public Builder status(QuestionnaireResponseStatus value) {
      this.status = value;
      return this;
    }

    /** When the answers were given (required). */
    public Builder authored(OffsetDateTime value) {
      this.authored = value;
      return this;
    }

    /** The measurement time point. */
    public Builder timepoint(MeasurementTimepoint value) {
      this.timepoint = value;
      return this;
    }

    /** Adds an answer. */
    public Builder answer(Answer value) {
      this.answers.add(value);
      return this;
    }

    /** Who answered: the client or a professional role. */
    public Builder source(Actor value) {
      this.source = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or the questionnaire id is
     *     malformed
     */
    public QuestionnaireAnswers build() {
      return new QuestionnaireAnswers(
          identifier, questionnaireId, status, authored, timepoint, answers, source);
    }
  }
}
