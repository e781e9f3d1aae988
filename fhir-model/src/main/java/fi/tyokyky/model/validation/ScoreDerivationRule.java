package fi.tyokyky.model.validation;

import fi.tyokyky.model.fhir.QuestionnaireAnswersMapper;
import fi.tyokyky.model.fhir.ReferenceReader;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.ScoreMeasure.Instrument;
import fi.tyokyky.model.scoring.Score;
import fi.tyokyky.model.scoring.ScoringService;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A score Observation must say what its QuestionnaireResponse gives: where a score Observation of
 * the package (PHQ-9, GAD-7, AUDIT-C, Work Ability Score, participation indicator) is {@code
 * derivedFrom} a QuestionnaireResponse in the same Bundle, its total must equal the total that the
 * package's answer weights give for that response ({@link ScoringService}), and the response must
 * be to the instrument's own questionnaire. The response is read as the library reads every
 * response, with {@link QuestionnaireAnswersMapper}, and scored from those answers. Rule id {@value
 * #RULE_ID}, an error located at the Observation's value.
 *
 * <p>FHIRPath cannot reach a Questionnaire's answer weights, so this rule is Java, not a profile
 * invariant. It is checked within a Bundle only: the response is found by the Observation's
 * reference, matched against the entries' {@code fullUrl} or {@code Type/id}. An Observation
 * validated on its own, or one whose response is not in the Bundle, is not checked, so that a
 * resource gets the same verdict offline and on a server whatever the server already holds. Nor is
 * a response that cannot be scored (unfinished, an answer missing): its own validation reports why,
 * and there is no total to compare with, nor one the library cannot read (the mapper's error names
 * why). 3X10D has no total and is not checked.
 *
 * <p>Thread-safe.
 */
public final class ScoreDerivationRule {

  /** The rule id of the issue reported for a score that its response does not give. */
  public static final String RULE_ID = "tk-score-derivation";

  private static final QuestionnaireAnswersMapper RESPONSES = new QuestionnaireAnswersMapper();

  private final ScoringService scoring;

  /** Scores with {@code scoring} (not null). */
  public ScoreDerivationRule(ScoringService scoring) {
    this.scoring = Objects.requireNonNull(scoring, "scoring");
  }

  /**
   * Checks every score Observation of {@code resource} if it is a Bundle.
   *
   * @param resource an R4 resource; not null
   * @return one error per score that disagrees with its response; empty if none or if {@code
   *     resource} is not a Bundle; never null
   */
  public List<ValidationIssue> check(Resource resource) {
    if (!(resource instanceof Bundle bundle)) {
      return List.of();
    }
    Map<String, Resource> byReference = new HashMap<>();
    for (BundleEntryComponent entry : bundle.getEntry()) {
      Resource entryResource = entry.getResource();
      if (entryResource != null) {
        if (entry.hasFullUrl()) {
          byReference.put(entry.getFullUrl(), entryResource);
        }
        if (entryResource.getIdElement().hasIdPart()) {
          byReference.put(
              entryResource.fhirType() + "/" + entryResource.getIdElement().getIdPart(),
              entryResource);
        }
      }
    }
    List<ValidationIssue> issues = new ArrayList<>();
    List<BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).getResource() instanceof Observation observation) {
        Optional<Instrument> instrument = scoredInstrument(observation);
        if (instrument.isPresent()) {
          checkScore(observation, instrument.get(), i, byReference, issues);
        }
      }
    }
    return issues;
  }

  private void checkScore(
      Observation observation,
      Instrument instrument,
      int entryIndex,
      Map<String, Resource> byReference,
      List<ValidationIssue> issues) {
    for (Reference derivedFrom : observation.getDerivedFrom()) {
      if (!(byReference.get(derivedFrom.getReference())
          instanceof QuestionnaireResponse response)) {
        continue;
      }
      Optional<Instrument> answered = Instrument.forQuestionnaire(response.getQuestionnaire());
      if (answered.isPresent() && answered.get() != instrument) {
        issues.add(
            issue(
                observation,
                entryIndex,
                "The "
                    + instrument.label()
                    + " score is derived from a"
                    + " response to the "
                    + answered.get().label()
                    + " questionnaire, not to its own"));
        continue;
      }
      BigDecimal recorded =
          observation.hasValueQuantity() ? observation.getValueQuantity().getValue() : null;
      Optional<BigDecimal> total = recorded == null ? Optional.empty() : totalOf(response);
      if (total.isPresent() && total.get().compareTo(recorded) != 0) {
        issues.add(
            issue(
                observation,
                entryIndex,
                "The "
                    + instrument.label()
                    + " total "
                    + recorded.toPlainString()
                    + " is not what the package's answer weights give for the"
                    + " QuestionnaireResponse it is derived from ("
                    + total.get().toPlainString()
                    + ")"));
      }
    }
  }

  /** The total the package's weights give for a response; empty if it cannot be read or scored. */
  private Optional<BigDecimal> totalOf(QuestionnaireResponse response) {
    // Who answered does not change the total, and a source the reader cannot name (a reference
    // without a business identifier) must not keep the total from being checked.
    QuestionnaireResponse answersOnly = response.copy();
    answersOnly.setSource(null);
    QuestionnaireAnswers answers;
    try {
      answers = RESPONSES.fromFhir(answersOnly, ReferenceReader.IDENTIFIER);
    } catch (IllegalArgumentException unreadable) {
      // FhirReadException, InvalidRecordException or UnknownCodeException: the response's own
      // validation reports what is wrong with it, and there are no answers to score.
      return Optional.empty();
    }
    return scoring.score(answers) instanceof Score score
        ? Optional.of(score.measure().value())
        : Optional.empty();
  }

  /** The score instrument whose profile or code the Observation has. */
  private static Optional<Instrument> scoredInstrument(Observation observation) {
    for (Instrument instrument : Instrument.values()) {
      for (CanonicalType claim : observation.getMeta().getProfile()) {
        String url = claim.getValue();
        if (url != null && url.split("\\|", 2)[0].equals(instrument.profileUrl())) {
          return Optional.of(instrument);
        }
      }
      for (Coding coding : observation.getCode().getCoding()) {
        if (instrument.system().equals(coding.getSystem())
            && instrument.code().equals(coding.getCode())) {
          return Optional.of(instrument);
        }
      }
    }
    return Optional.empty();
  }

  private static ValidationIssue issue(Observation observation, int entryIndex, String message) {
    return new ValidationIssue(
        Severity.ERROR,
        EntryLocation.of(observation, entryIndex, ".value.ofType(Quantity)"),
        message,
        RULE_ID,
        "business-rule",
        0,
        0);
  }
}
