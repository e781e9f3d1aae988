package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.scoring.ScoringService;
import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** {@link ScoreDerivationRule} on the package's complete example examination, changed a little. */
class ScoreDerivationRuleTest {

  private static final String PHQ9_SCORE = "https://tyokyky.fi/fhir/StructureDefinition/phq9-score";

  private final ScoreDerivationRule rule = new ScoreDerivationRule(new ScoringService());

  @Test
  void everyScoreOfTheCompleteExampleIsWhatItsResponseGives() {
    assertThat(rule.check(example())).isEmpty();
  }

  @Test
  void aTotalThatItsResponseDoesNotGiveIsAnErrorAtTheObservationsValue() {
    Bundle bundle = example();
    int entry = indexOfScore(bundle, PHQ9_SCORE);
    ((Observation) bundle.getEntry().get(entry).getResource()).getValueQuantity().setValue(22);

    List<ValidationIssue> issues = rule.check(bundle);

    assertThat(issues)
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.severity()).isEqualTo(ValidationIssue.Severity.ERROR);
              assertThat(issue.ruleId()).isEqualTo(ScoreDerivationRule.RULE_ID);
              assertThat(issue.location())
                  .isEqualTo(
                      "Bundle.entry["
                          + entry
                          + "].resource/*Observation/null*/.value.ofType(Quantity)");
              assertThat(issue.message()).contains("PHQ-9 total 22").contains("(14)");
            });
  }

  @Test
  void theSameTotalWrittenWithDecimalsAgrees() {
    Bundle bundle = example();
    Observation score =
        (Observation) bundle.getEntry().get(indexOfScore(bundle, PHQ9_SCORE)).getResource();
    score.getValueQuantity().setValue(new BigDecimal("14.0"));

    assertThat(rule.check(bundle)).isEmpty();
  }

  @Test
  void aResponseOutsideTheBundleIsNotLookedFor() {
    Bundle bundle = example();
    Observation score =
        (Observation) bundle.getEntry().get(indexOfScore(bundle, PHQ9_SCORE)).getResource();
    score.getValueQuantity().setValue(22);
    score.getDerivedFromFirstRep().setReference("QuestionnaireResponse/elsewhere");

    assertThat(rule.check(bundle)).isEmpty();
  }

  @Test
  void anObservationOnItsOwnIsNotChecked() {
    Observation score =
        (Observation) example().getEntry().get(indexOfScore(example(), PHQ9_SCORE)).getResource();
    score.getValueQuantity().setValue(22);

    assertThat(rule.check(score)).isEmpty();
  }

  private static Bundle example() {
    return FhirContext.forR4Cached()
        .newJsonParser()
        .parseResource(Bundle.class, Fixtures.read(Fixtures.COMPLETE_EXAMINATION));
  }

  private static int indexOfScore(Bundle bundle, String profile) {
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      if (bundle.getEntry().get(i).getResource().getMeta().hasProfile(profile)) {
        return i;
      }
    }
    throw new IllegalStateException("No entry claims " + profile);
  }
}
