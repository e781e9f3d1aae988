package fi.tyokyky.model.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import fi.tyokyky.model.code.ScoreBandCode;
import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.model.record.ScoreMeasure.Instrument;
import fi.tyokyky.model.scoring.QuestionnaireCatalog;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The facts each score {@link Instrument} keeps, its bands, and how they agree with the package.
 */
class InstrumentTest {

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void theCodeIsTheOneItsProfileFixes(Instrument instrument) {
    Coding fixed =
        PackageResources.shared().fixedCoding(instrument.profileId(), "Observation.code");

    assertThat(instrument.system()).isEqualTo(fixed.getSystem());
    assertThat(instrument.code()).isEqualTo(fixed.getCode());
    assertThat(instrument.profileUrl())
        .isEqualTo("https://tyokyky.fi/fhir/StructureDefinition/" + instrument.profileId());
  }

  @ParameterizedTest
  @CsvSource({
    "WORK_ABILITY_SCORE, https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs, work-ability-score",
    "PHQ_9, http://loinc.org, 44261-6",
    "GAD_7, http://loinc.org, 70274-6",
    "AUDIT_C, http://loinc.org, 75626-2",
    "PARTICIPATION_INDICATOR, https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs,"
        + " participation-indicator"
  })
  void theCodesAreTheInstrumentsOwn(Instrument instrument, String system, String code) {
    assertThat(instrument.system()).isEqualTo(system);
    assertThat(instrument.code()).isEqualTo(code);
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void theQuestionnaireIsInThePackageAndLeadsBack(Instrument instrument) {
    String url = instrument.questionnaireUrl();

    assertThat(url)
        .isEqualTo("https://tyokyky.fi/fhir/Questionnaire/" + instrument.questionnaireId());
    assertThat(new QuestionnaireCatalog().find(url)).isPresent();
    assertThat(Instrument.forQuestionnaire(url)).contains(instrument);
    assertThat(Instrument.forQuestionnaire(url + "|0.1.0")).contains(instrument);
  }

  @Test
  void otherQuestionnairesHaveNoInstrument() {
    assertThat(
            Instrument.forQuestionnaire("https://tyokyky.fi/fhir/Questionnaire/service-experience"))
        .isEmpty();
    assertThat(Instrument.forQuestionnaire("https://tyokyky.fi/fhir/Questionnaire/three-x-ten-d"))
        .isEmpty();
    assertThat(Instrument.forQuestionnaire(null)).isEmpty();
  }

  @Test
  void theRangesAndWholeNumbersAreTheInstruments() {
    assertThat(Instrument.values())
        .extracting(Instrument::min, Instrument::max, Instrument::wholeNumber)
        .containsExactly(
            tuple(0, 10, true),
            tuple(0, 27, true),
            tuple(0, 21, true),
            tuple(0, 12, true),
            tuple(0, 100, false));
    assertThat(WorkAbilityIndexMeasure.MIN_TOTAL).isEqualTo(7);
    assertThat(WorkAbilityIndexMeasure.MAX_TOTAL).isEqualTo(49);
    assertThat(ThreeXTenDMeasure.MAX_VALUE).isEqualTo(10);
  }

  @ParameterizedTest(name = "PHQ-9 {0} is {1}")
  @CsvSource({
    "0, MINIMAL",
    "4, MINIMAL",
    "5, MILD",
    "9, MILD",
    "10, MODERATE",
    "14, MODERATE",
    "15, MODERATELY_SEVERE",
    "19, MODERATELY_SEVERE",
    "20, SEVERE",
    "27, SEVERE"
  })
  void phq9Bands(int total, ScoreBandCode band) {
    assertThat(Instrument.PHQ_9.band(total, null)).contains(band);
    assertThat(Instrument.PHQ_9.possibleBands(total)).containsExactly(band);
  }

  @ParameterizedTest(name = "GAD-7 {0} is {1}")
  @CsvSource({
    "0, MINIMAL",
    "4, MINIMAL",
    "5, MILD",
    "9, MILD",
    "10, MODERATE",
    "14, MODERATE",
    "15, SEVERE",
    "21, SEVERE"
  })
  void gad7Bands(int total, ScoreBandCode band) {
    assertThat(Instrument.GAD_7.band(total, Gender.FEMALE)).contains(band);
  }

  @ParameterizedTest(name = "AUDIT-C {0} for {1} is {2}")
  @CsvSource({
    "0, FEMALE, LOW_RISK",
    "4, FEMALE, LOW_RISK",
    "5, FEMALE, AT_RISK",
    "12, FEMALE, AT_RISK",
    "0, MALE, LOW_RISK",
    "5, MALE, LOW_RISK",
    "6, MALE, AT_RISK",
    "12, MALE, AT_RISK"
  })
  void auditCBandsDependOnTheSex(int total, Gender sex, ScoreBandCode band) {
    assertThat(Instrument.AUDIT_C.band(total, sex)).contains(band);
  }

  @Test
  void auditCHasNoBandWithoutAThreshold() {
    assertThat(Instrument.AUDIT_C.band(7, null)).isEmpty();
    assertThat(Instrument.AUDIT_C.band(7, Gender.OTHER)).isEmpty();
    assertThat(Instrument.AUDIT_C.band(7, Gender.UNKNOWN)).isEmpty();
    assertThat(Instrument.AUDIT_C.possibleBands(5))
        .containsExactlyInAnyOrder(ScoreBandCode.LOW_RISK, ScoreBandCode.AT_RISK);
    assertThat(Instrument.AUDIT_C.possibleBands(6)).containsExactly(ScoreBandCode.AT_RISK);
  }

  @Test
  void scoresWithoutBandsHaveNone() {
    assertThat(Instrument.WORK_ABILITY_SCORE.band(5, Gender.MALE)).isEmpty();
    assertThat(Instrument.PARTICIPATION_INDICATOR.possibleBands(50)).isEmpty();
  }

  @Test
  void aTotalOutOfRangeHasNoBand() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Instrument.PHQ_9.band(28, null))
        .withMessage("PHQ-9 total 28 is outside 0–27");
    assertThatIllegalArgumentException().isThrownBy(() -> Instrument.PHQ_9.band(-1, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Instrument.GAD_7.band(22, null))
        .withMessage("GAD-7 total 22 is outside 0–21");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Instrument.AUDIT_C.band(13, Gender.MALE))
        .withMessage("AUDIT-C total 13 is outside 0–12");
  }

  @ParameterizedTest
  @CsvSource({"PHQ_9, phq9-severity-vs", "GAD_7, gad7-severity-vs", "AUDIT_C, audit-c-risk-vs"})
  void theBandsAreThoseOfTheValueSetTheProfileBinds(Instrument instrument, String valueSetId) {
    ValueSet valueSet = PackageResources.shared().load(ValueSet.class, valueSetId).orElseThrow();
    List<String> bound =
        valueSet.getCompose().getIncludeFirstRep().getConcept().stream()
            .map(ValueSet.ConceptReferenceComponent::getCode)
            .toList();

    assertThat(bandsOf(instrument))
        .extracting(ScoreBandCode::code)
        .containsExactlyElementsOf(bound);
  }

  private static Set<ScoreBandCode> bandsOf(Instrument instrument) {
    Set<ScoreBandCode> bands = new LinkedHashSet<>();
    for (int total = instrument.min(); total <= instrument.max(); total++) {
      bands.addAll(instrument.possibleBands(total));
    }
    return bands;
  }
}
