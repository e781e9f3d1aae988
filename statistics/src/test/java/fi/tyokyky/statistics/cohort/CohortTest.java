package fi.tyokyky.statistics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CohortTest {

  private static final CohortGenerator GENERATOR = new CohortGenerator();

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("pilot", CohortPlan.seed001Pilot()),
        Arguments.of("pilot, another seed", CohortPlan.seed001Pilot().withSeed(42)),
        Arguments.of("scaled to 3000", CohortPlan.scaled(3000)),
        Arguments.of("edge: cell of four", EdgeCohortPlans.cellOfFour()),
        Arguments.of("edge: cell of five", EdgeCohortPlans.cellOfFive()),
        Arguments.of("edge: total minus one", EdgeCohortPlans.totalMinusOneSuppressed()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void theRecordsCountedInJavaGiveTheKnownFigures(String name, CohortPlan plan) {
    Cohort cohort = GENERATOR.cohort(plan);

    RecordFigures counter = RecordFigures.counter(cohort);
    FigureSet counted = counter.toFigureSet();

    // Born in January, referred later in the year: the age by birth year is the exact age.
    assertThat(counter.ageSum).isEqualTo(counter.exactAgeSum);
    assertThat(counted.figures())
        .extracting(Figure::id)
        .containsExactlyElementsOf(
            cohort.knownFigures().figures().stream().map(Figure::id).toList());
    for (Figure known : cohort.knownFigures().figures()) {
      assertThat(counted.figures()).as(known.id()).contains(known);
    }
    assertThat(counted).isEqualTo(cohort.knownFigures());
  }

  @Test
  void thePilotsKnownFiguresAreTheSeedsFigures() {
    FigureSet known = GENERATOR.cohort(CohortPlan.seed001Pilot()).knownFigures();

    assertThat(figure(known, "clients-seen-by-coordinator").population()).isEqualTo(138);
    assertThat(figure(known, "visits").population()).isEqualTo(172);
    Figure contacts = figure(known, "consultation-contacts-by-source");
    assertThat(contacts.population()).isEqualTo(322);
    assertThat(contacts.stratifier("source").cell("municipal-employment-services").count())
        .isEqualTo(162);
    assertThat(contacts.stratifier("source").cell("social-services").count()).isEqualTo(58);
    assertThat(figure(known, "clients-seen-by-physician").population()).isEqualTo(146);
    assertThat(figure(known, "clients-per-year").population()).isEqualTo(199);
    Figure referral = figure(known, "clients-by-referral-source");
    assertThat(referral.stratifier("source").cell("municipal-employment-services").score().value())
        .isEqualByComparingTo("0.5779"); // 58 %
    assertThat(referral.stratifier("source").cell("social-services").score().value())
        .isEqualByComparingTo("0.1809"); // 18 %
    assertThat(figure(known, "client-age").score().value()).isEqualByComparingTo("37");
    assertThat(figure(known, "clients-by-gender").stratifier("gender").cell("male").score().value())
        .isEqualByComparingTo("0.6382"); // 64 %
    assertThat(share(known, "clients-long-term-unemployed", "long-term-unemployed", "yes"))
        .isEqualByComparingTo("0.8191"); // 82 %
    assertThat(share(known, "clients-unemployed-over-3-years", "unemployed-over-3-years", "yes"))
        .isEqualByComparingTo("0.6482"); // 65 %
    Figure network = figure(known, "network-participation-by-organisation-type");
    assertThat(network.population()).isEqualTo(122);
    assertThat(network.stratifier("organisation-type").cells())
        .extracting(c -> c.stratum() + "=" + c.count())
        .containsExactly(
            "criminal-sanctions-agency=2",
            "kela=30",
            "mental-health-services=3",
            "municipal-employment-services=59",
            "other-health-care=1",
            "other-network=5",
            "other-service-provider=7",
            "social-services=41",
            "te-office=5",
            "third-sector=10");
    Figure prom = figure(known, "prom-work-ability-score");
    assertThat(prom.stratifier("timepoint").cell("baseline").count()).isEqualTo(48);
    assertThat(prom.stratifier("timepoint").cell("follow-up-6-months").count()).isEqualTo(14);
    assertThat(share(known, "prem-coping-better", "answer", "positive"))
        .isEqualByComparingTo("0.4490"); // 44.9 %
    assertThat(share(known, "prem-knew-continuation", "answer", "positive"))
        .isEqualByComparingTo("0.7959"); // 79.6 %
    assertThat(figure(known, "prem-decided-together").population()).isEqualTo(49);
    Figure outcomes = figure(known, "supported-employment-outcomes");
    assertThat(outcomes.stratifier("outcome").cell("employment-contract").count()).isEqualTo(27);
    assertThat(outcomes.stratifier("outcome").cell("work-trial").count()).isEqualTo(18);
    Figure contracts = figure(known, "supported-employment-contracts");
    assertThat(contracts.population()).isEqualTo(30);
    assertThat(contracts.stratifier("wage-subsidy").cell("yes").count()).isEqualTo(14);
    assertThat(contracts.stratifier("interrupted").cell("yes").count()).isEqualTo(4);
    assertThat(figure(known, "persons-employed").population()).isEqualTo(27);
    assertThat(figure(known, "work-trials").population()).isEqualTo(18);
    assertThat(figure(known, "follow-up-response-rate").score().value())
        .isEqualByComparingTo("0.2917"); // 14 of 48
    assertThat(figure(known, "employment-situation-baseline").population()).isEqualTo(48);
    assertThat(figure(known, "employment-situation-follow-up-6-months").population()).isEqualTo(14);
  }

  @Test
  void everyClientHasAValidTestHenkilotunnusOfItsOwn() {
    Cohort cohort = GENERATOR.cohort(CohortPlan.scaled(3000));
    Set<String> codes = new HashSet<>();
    long examinations = 0;
    for (Cohort.ClientRecords client : cohort) {
      String code = client.visits().get(0).client().henkilotunnus().value();
      assertThat(Henkilotunnus.isValid(code)).isTrue();
      assertThat(Integer.parseInt(code.substring(7, 10))).isBetween(900, 999);
      assertThat(codes.add(code)).as("unique").isTrue();
      examinations += client.visits().size();
      for (Examination visit : client.visits()) {
        assertThat(visit.client()).isEqualTo(client.visits().get(0).client());
      }
    }
    assertThat(examinations).isEqualTo(3000);
  }

  @Test
  void theSamePlanGivesTheSameRecordsAndAnotherSeedOthers() {
    List<Examination> first = firstClient(CohortPlan.seed001Pilot());
    List<Examination> again = firstClient(CohortPlan.seed001Pilot());
    List<Examination> other = firstClient(CohortPlan.seed001Pilot().withSeed(2));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  private static List<Examination> firstClient(CohortPlan plan) {
    return GENERATOR.cohort(plan).iterator().next().visits();
  }

  private static Figure figure(FigureSet set, String id) {
    return set.figures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  private static BigDecimal share(FigureSet set, String id, String stratifier, String stratum) {
    return figure(set, id).stratifier(stratifier).cell(stratum).score().value();
  }
}
