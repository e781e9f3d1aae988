package fi.tyokyky.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Map;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.junit.jupiter.api.Test;

/** Range checks of the band lookups and of {@link Score} itself. */
class ScoreBandsTest {

  @Test
  void phq9OutOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Phq9Severity.of(28))
        .withMessage("PHQ-9 total 28 is outside 0–27");
    assertThatIllegalArgumentException().isThrownBy(() -> Phq9Severity.of(-1));
  }

  @Test
  void gad7OutOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Gad7Severity.of(22))
        .withMessage("GAD-7 total 22 is outside 0–21");
  }

  @Test
  void auditCOutOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditCRisk.of(13, AdministrativeGender.MALE))
        .withMessage("AUDIT-C total 13 is outside 0–12");
  }

  @Test
  void bandCodes() {
    assertThat(Phq9Severity.values())
        .extracting(Phq9Severity::code)
        .containsExactly("minimal", "mild", "moderate", "moderately-severe", "severe");
    assertThat(Gad7Severity.values())
        .extracting(Gad7Severity::code)
        .containsExactly("minimal", "mild", "moderate", "severe");
    assertThat(AuditCRisk.values())
        .extracting(AuditCRisk::code)
        .containsExactly("low-risk", "at-risk", "unknown-risk");
  }

  @Test
  void scoreRejectsTotalOutsideTheInstrumentRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Score(Instrument.PHQ_9, BigDecimal.valueOf(28), null, Map.of()))
        .withMessage("PHQ-9 total 28 is outside 0–27");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Score(
                    Instrument.PARTICIPATION_INDICATOR, new BigDecimal("100.1"), null, Map.of()));
  }

  @Test
  void scoreShapeFollowsTheInstrument() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Score(Instrument.THREE_X_TEN_D, BigDecimal.ONE, null, Map.of("dimension-1", 1)))
        .withMessage("A 3X10D score has dimensions and no total");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Score(Instrument.GAD_7, null, null, Map.of()))
        .withMessage("GAD-7 score has a total and no dimensions");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Score(Instrument.THREE_X_TEN_D, null, null, Map.of("dimension-1", 11)));
  }

  @Test
  void scoreBandMustAgreeWithTheTotal() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Score(Instrument.PHQ_9, BigDecimal.valueOf(5), Phq9Severity.MINIMAL, Map.of()))
        .withMessage("PHQ-9 score cannot have the band minimal");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Score(Instrument.GAD_7, BigDecimal.valueOf(5), Phq9Severity.MILD, Map.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Score(
                    Instrument.WORK_ABILITY_SCORE, BigDecimal.ONE, AuditCRisk.LOW_RISK, Map.of()));
    assertThat(
            new Score(Instrument.AUDIT_C, BigDecimal.valueOf(5), AuditCRisk.UNKNOWN_RISK, Map.of())
                .band())
        .isEqualTo(AuditCRisk.UNKNOWN_RISK);
    assertThat(
            new Score(Instrument.WORK_ABILITY_INDEX, BigDecimal.valueOf(28), null, Map.of()).band())
        .isNull();
  }

  @Test
  void instrumentForQuestionnaire() {
    assertThat(Instrument.forQuestionnaire("https://tyokyky.fi/fhir/Questionnaire/gad-7|0.1.0"))
        .contains(Instrument.GAD_7);
    assertThat(
            Instrument.forQuestionnaire("https://tyokyky.fi/fhir/Questionnaire/service-experience"))
        .isEmpty();
    assertThat(Instrument.forQuestionnaire(null)).isEmpty();
    assertThat(Instrument.WORK_ABILITY_INDEX.questionnaireUrl()).isEmpty();
  }
}
