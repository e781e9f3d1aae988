package fi.tyokyky.statistics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.record.Gender;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortPlanTest {

  @Test
  void thePilotHasTheSeedsCounts() {
    CohortPlan pilot = CohortPlan.seed001Pilot();

    assertThat(pilot.clients()).isEqualTo(199);
    assertThat(pilot.consultationContacts()).isEqualTo(322);
    assertThat(pilot.examinations()).isEqualTo(199 + 146 + 172 + 322 + 14);
    assertThat(pilot.premRespondents()).isEqualTo(49);
    assertThat(pilot.outcomes().persons()).isEqualTo(27 + 18 - 7);
  }

  @Test
  void aScaledPlanHasExactlyTheExaminationsAskedForAndThePilotsProportions() {
    for (long n : new long[] {853, 100_000, 1_000_000}) {
      CohortPlan plan = CohortPlan.scaled(n);
      assertThat(plan.examinations()).as("%d", n).isEqualTo(n);
    }
    CohortPlan million = CohortPlan.scaled(1_000_000);
    assertThat(million.clients()).isEqualTo(233_294);
    double men = (double) million.genders().get(Gender.MALE) / million.clients();
    assertThat(men).isBetween(0.638, 0.639);
    assertThat((double) million.totalAgeYears() / million.clients()).isBetween(36.999, 37.001);
    assertThat(million.centres()).isEqualTo(100);
    assertThat(CohortPlan.scaled(853)).isEqualTo(CohortPlan.seed001Pilot());
  }

  @Test
  void aPlanThatDoesNotAddUpIsRefusedNamingThePart() {
    CohortPlan pilot = CohortPlan.seed001Pilot();

    assertThatThrownBy(() -> CohortPlan.scaled(100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least the pilot's 853");
    assertThatThrownBy(
            () ->
                new CohortPlan(
                    1,
                    pilot.period(),
                    1,
                    pilot.clients(),
                    Map.of(OrganisationTypeCode.KELA, 1),
                    pilot.genders(),
                    pilot.totalAgeYears(),
                    pilot.longTermUnemployed(),
                    pilot.unemployedOver3Years(),
                    pilot.coordinatorClients(),
                    pilot.coordinatorVisits(),
                    pilot.physicianClients(),
                    pilot.consultationSources(),
                    pilot.networkClients(),
                    pilot.networkParticipation(),
                    pilot.prom(),
                    pilot.baselineEmployment(),
                    pilot.followUpEmployment(),
                    pilot.prem(),
                    pilot.outcomes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cohort plan, referralSources: must sum to the clients");
    assertThatThrownBy(() -> new CohortPlan.Prom(10, 11, 0, 0, 0, 0, 0, 0))
        .hasMessage("Cohort plan, prom.followUp: at most the baseline respondents");
    assertThatThrownBy(() -> new CohortPlan.Outcomes(10, 4, 0, 0, 0, 0))
        .hasMessageContaining("outcomes.contracts");
  }
}
