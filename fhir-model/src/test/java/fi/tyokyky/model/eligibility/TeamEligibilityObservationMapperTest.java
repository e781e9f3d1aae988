package fi.tyokyky.model.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class TeamEligibilityObservationMapperTest {

  static final String CRITERION_CS = "https://tyokyky.fi/fhir/CodeSystem/eligibility-criterion-cs";
  static final String STATUS_CS = "https://tyokyky.fi/fhir/CodeSystem/criterion-status-cs";

  private final EligibilityCheck check = new EligibilityCheck();
  private final TeamEligibilityObservationMapper mapper = new TeamEligibilityObservationMapper();

  static Identifier identifier() {
    return new Identifier().setSystem("urn:oid:1.2.246.10.99999999.10.2").setValue("elig-1");
  }

  Observation map(EligibilityInput input) {
    return mapper.toObservation(
        check.evaluate(input),
        new Reference("Patient/p1"),
        new Reference("Encounter/e1"),
        new DateTimeType("2026-03-02"),
        identifier());
  }

  static String statusOf(Observation observation, String criterion) {
    return observation.getComponent().stream()
        .filter(c -> criterion.equals(c.getCode().getCodingFirstRep().getCode()))
        .map(c -> c.getValueCodeableConcept().getCodingFirstRep().getCode())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eligibleClient() {
    Observation observation = map(EligibilityCheckTest.eligible().build());

    assertThat(observation.getMeta().getProfile().get(0).getValue())
        .isEqualTo("https://tyokyky.fi/fhir/StructureDefinition/team-eligibility");
    assertThat(observation.getCode().getCodingFirstRep().getSystem())
        .isEqualTo("https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs");
    assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("team-eligibility");
    assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("exam");
    assertThat(observation.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
    assertThat(observation.getValueBooleanType().booleanValue()).isTrue();
    assertThat(observation.hasDataAbsentReason()).isFalse();
    assertThat(observation.getComponent()).hasSize(8);
    assertThat(observation.getComponent())
        .allSatisfy(
            c -> {
              assertThat(c.getCode().getCodingFirstRep().getSystem()).isEqualTo(CRITERION_CS);
              assertThat(c.getValueCodeableConcept().getCodingFirstRep().getSystem())
                  .isEqualTo(STATUS_CS);
              assertThat(c.getValueCodeableConcept().getCodingFirstRep().getCode())
                  .isEqualTo("met");
            });
    assertThat(observation.getSubject().getReference()).isEqualTo("Patient/p1");
    assertThat(observation.getEncounter().getReference()).isEqualTo("Encounter/e1");
    assertThat(observation.getIdentifierFirstRep().getValue()).isEqualTo("elig-1");
  }

  @Test
  void notEligibleClient() {
    Observation observation =
        map(EligibilityCheckTest.eligible().acuteCrisis(true).longTermChallenge(null).build());

    assertThat(observation.getValueBooleanType().booleanValue()).isFalse();
    assertThat(statusOf(observation, "no-acute-crisis")).isEqualTo("not-met");
    assertThat(statusOf(observation, "long-term-challenge")).isEqualTo("unknown");
    assertThat(statusOf(observation, "age-18-65")).isEqualTo("met");
  }

  @Test
  void undeterminedHasNoValue() {
    Observation observation =
        map(EligibilityCheckTest.eligible().earlierServicesNoSolution(null).build());

    assertThat(observation.hasValue()).isFalse();
    CodeableConcept absent = observation.getDataAbsentReason();
    assertThat(absent.getCodingFirstRep().getSystem())
        .isEqualTo("http://terminology.hl7.org/CodeSystem/data-absent-reason");
    assertThat(absent.getCodingFirstRep().getCode()).isEqualTo("unknown");
    assertThat(statusOf(observation, "earlier-services-no-solution")).isEqualTo("unknown");
  }

  @Test
  void subjectIsRequired() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                mapper.toObservation(
                    check.evaluate(EligibilityCheckTest.eligible().build()),
                    null,
                    null,
                    new DateTimeType("2026-03-02"),
                    identifier()))
        .withMessage("The eligibility check has no subject");
  }
}
