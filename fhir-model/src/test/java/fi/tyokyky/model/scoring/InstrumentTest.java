package fi.tyokyky.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import fi.tyokyky.model.conformance.PackageResources;
import java.math.BigDecimal;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/** The facts each {@link Instrument} keeps agree with the package and bound {@link Score}. */
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
  @EnumSource(value = Instrument.class, names = "WORK_ABILITY_INDEX", mode = Mode.EXCLUDE)
  void theQuestionnaireIsInThePackageAndLeadsBack(Instrument instrument) {
    String url = instrument.questionnaireUrl().orElseThrow();

    assertThat(url)
        .isEqualTo("https://tyokyky.fi/fhir/Questionnaire/" + instrument.questionnaireId().get());
    assertThat(new QuestionnaireCatalog().find(url)).isPresent();
    assertThat(Instrument.forQuestionnaire(url)).contains(instrument);
  }

  @Test
  void theWorkAbilityIndexHasNoQuestionnaire() {
    assertThat(Instrument.WORK_ABILITY_INDEX.questionnaireId()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Instrument.class, names = "THREE_X_TEN_D", mode = Mode.EXCLUDE)
  void theRangeIsWhatAScoreMayTotal(Instrument instrument) {
    int min = instrument.min();
    int max = instrument.max();

    assertThat(new Score(instrument, BigDecimal.valueOf(min), null, Map.of()).total())
        .isEqualByComparingTo(BigDecimal.valueOf(min));
    assertThat(new Score(instrument, BigDecimal.valueOf(max), null, Map.of()).total())
        .isEqualByComparingTo(BigDecimal.valueOf(max));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Score(instrument, BigDecimal.valueOf(max + 1), null, Map.of()))
        .withMessage(instrument.label() + " total " + (max + 1) + " is outside " + min + "–" + max);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Score(instrument, BigDecimal.valueOf(min - 1), null, Map.of()));
  }

  @Test
  void theRangesAndWholeNumbersAreTheInstruments() {
    assertThat(Instrument.values())
        .extracting(Instrument::min, Instrument::max, Instrument::wholeNumber)
        .containsExactly(
            tuple(0, 27, true),
            tuple(0, 21, true),
            tuple(0, 12, true),
            tuple(0, 10, true),
            tuple(7, 49, true),
            tuple(0, 100, false),
            tuple(0, 10, true));
  }

  @Test
  void aThreeXTenDDimensionStaysInTheInstrumentsRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Score(Instrument.THREE_X_TEN_D, null, null, Map.of("dimension-1", 11)))
        .withMessage("3X10D dimension value 11 is outside 0–10");
  }
}
