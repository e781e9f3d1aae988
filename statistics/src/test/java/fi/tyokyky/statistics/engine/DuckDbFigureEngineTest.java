package fi.tyokyky.statistics.engine;

import static fi.tyokyky.statistics.engine.Figures.cellScore;
import static fi.tyokyky.statistics.engine.Figures.cells;
import static fi.tyokyky.statistics.engine.Figures.population;
import static fi.tyokyky.statistics.engine.Figures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.tables.TableFixture;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures' SQL on DuckDB over hand-built tables whose figures are known: every figure for 2025,
 * the same for one organisation, and the period filter (rows of 2024 and 2026 are in the tables and
 * must not count). Organisation A holds c1 and c4 and most contacts, B holds c2.
 */
class DuckDbFigureEngineTest {

  static final String ORG_A = "urn:oid:1.2.246.10.1111111.10.1";
  static final String ORG_B = "urn:oid:1.2.246.10.2222222.10.1";
  static final ReportingPeriod YEAR_2025 = ReportingPeriod.year(2025);

  @TempDir static Path tables;
  static DuckDbFigureEngine engine;
  static FigureSet all;
  static FigureSet orgA;

  @BeforeAll
  static void tables() throws Exception {
    try (TableFixture t = new TableFixture()) {
      t.insert("organisations", "organisation_key, sote_oid", "'oa', '" + ORG_A + "'")
          .insert("organisations", "organisation_key, sote_oid", "'ob', '" + ORG_B + "'");
      String v =
          "encounter_key, client_key, organisation_key, encounter_type, contact_source,"
              + " start_date, episode_key";
      // e1 twice: it belongs to two paths (forEachOrNull gives a row per path).
      t.insert("visits", v, "'e1', 'c1', 'oa', 'coordinator-visit', NULL, DATE '2025-02-01', 'p1'")
          .insert(
              "visits", v, "'e1', 'c1', 'oa', 'coordinator-visit', NULL, DATE '2025-02-01', 'p2'")
          .insert(
              "visits", v, "'e2', 'c1', 'oa', 'coordinator-visit', NULL, DATE '2025-03-01', 'p1'")
          .insert(
              "visits", v, "'e3', 'c2', 'ob', 'coordinator-visit', NULL, DATE '2025-05-01', 'p3'")
          .insert(
              "visits", v, "'e4', 'c3', 'oa', 'coordinator-visit', NULL, DATE '2024-12-31', 'p4'")
          .insert(
              "visits",
              v,
              "'e5', 'c1', 'oa', 'team-physician-visit', NULL, DATE '2025-02-01', NULL")
          .insert(
              "visits",
              v,
              "'e6', 'c1', 'oa', 'consultation-contact', 'municipal-employment-services', DATE '2025-01-10', NULL")
          .insert(
              "visits",
              v,
              "'e7', 'c4', 'oa', 'consultation-contact', 'municipal-employment-services', DATE '2025-02-10', NULL")
          .insert(
              "visits",
              v,
              "'e8', 'c2', 'ob', 'consultation-contact', 'social-services', DATE '2025-03-10', NULL")
          .insert(
              "visits",
              v,
              "'e9', 'c2', 'oa', 'consultation-contact', NULL, DATE '2025-03-11', NULL")
          .insert(
              "visits",
              v,
              "'e10', 'c1', 'oa', 'consultation-contact', 'kela', DATE '2026-01-01', NULL");
      String e = "episode_key, client_key, organisation_key, start_date, referral_source";
      t.insert(
              "episodes", e, "'p1', 'c1', 'oa', DATE '2025-02-01', 'municipal-employment-services'")
          .insert("episodes", e, "'p2', 'c1', 'oa', DATE '2025-06-01', 'social-services'")
          .insert("episodes", e, "'p3', 'c2', 'ob', DATE '2025-03-01', NULL")
          .insert("episodes", e, "'p4', 'c3', 'oa', DATE '2024-05-01', 'kela'")
          .insert("episodes", e, "'p5', 'c4', 'oa', DATE '2025-07-01', 'kela'");
      String c = "client_key, gender, birth_year";
      t.insert("clients", c, "'c1', 'female', 1985")
          .insert("clients", c, "'c2', 'male', 1990")
          .insert("clients", c, "'c3', 'male', 1970")
          .insert("clients", c, "'c4', NULL, NULL");
      String u = "observation_key, client_key, effective_date, months";
      t.insert("unemployment", u, "'u2', 'c1', DATE '2025-06-01', 40")
          .insert("unemployment", u, "'u1', 'c1', DATE '2025-01-01', 14")
          .insert("unemployment", u, "'u3', 'c2', DATE '2025-03-01', 40.5");
      String n = "network_key, client_key, organisation_key, start_date, organisation_type";
      t.insert(
              "network_participation",
              n,
              "'n1', 'c1', 'oa', DATE '2025-03-01', 'municipal-employment-services'")
          .insert("network_participation", n, "'n1', 'c1', 'oa', DATE '2025-03-01', 'kela'")
          .insert("network_participation", n, "'n1', 'c1', 'oa', DATE '2025-03-01', 'kela'")
          .insert(
              "network_participation",
              n,
              "'n2', 'c2', 'ob', DATE '2025-04-01', 'municipal-employment-services'")
          .insert(
              "network_participation", n, "'n3', 'c3', 'oa', DATE '2024-01-01', 'social-services'");
      String m =
          "observation_key, client_key, encounter_key, instrument, effective_date, timepoint,"
              + " dimension, value";
      t.insert(
              "measures",
              m,
              "'m1', 'c1', 'e1', 'work-ability-score', DATE '2025-02-01', 'baseline', NULL, 4")
          .insert(
              "measures",
              m,
              "'m2', 'c1', 'e2', 'work-ability-score', DATE '2025-03-01', 'baseline', NULL, 6")
          .insert(
              "measures",
              m,
              "'m3', 'c2', 'e3', 'work-ability-score', DATE '2025-05-01', 'baseline', NULL, 7")
          .insert(
              "measures",
              m,
              "'m4', 'c1', 'e1', 'work-ability-score', DATE '2025-08-01', 'follow-up-6-months', NULL, 8")
          .insert(
              "measures",
              m,
              "'m5', 'c3', 'e4', 'work-ability-score', DATE '2024-12-31', 'baseline', NULL, 3")
          .insert(
              "measures",
              m,
              "'m6', 'c2', 'e3', 'three-x-ten-d', DATE '2025-05-01', 'baseline', 'health', 5")
          .insert(
              "measures",
              m,
              "'m6', 'c2', 'e3', 'three-x-ten-d', DATE '2025-05-01', 'baseline', 'mood', 7")
          .insert(
              "measures",
              m,
              "'m7', 'c1', 'e1', '44261-6', DATE '2025-02-01', 'baseline', NULL, 12");
      String s =
          "observation_key, client_key, encounter_key, effective_date, timepoint,"
              + " employment_status";
      t.insert(
              "employment_situation",
              s,
              "'s1', 'c1', 'e1', DATE '2025-02-01', 'baseline', 'unemployed-jobseeker'")
          .insert(
              "employment_situation",
              s,
              "'s2', 'c1', 'e2', DATE '2025-02-05', 'baseline', 'laid-off'")
          .insert(
              "employment_situation",
              s,
              "'s3', 'c2', 'e3', DATE '2025-05-01', 'baseline', 'unemployed-jobseeker'")
          .insert(
              "employment_situation",
              s,
              "'s4', 'c1', 'e1', DATE '2025-08-01', 'follow-up-6-months', 'employed-full-time'");
      String a = "response_key, client_key, encounter_key, authored_date, item, answer";
      t.insert("experience_answers", a, "'r1', 'c1', 'e1', DATE '2025-05-01', 'prem-1', 'better'")
          .insert(
              "experience_answers", a, "'r1', 'c1', 'e1', DATE '2025-05-01', 'prem-2', 'neutral'")
          .insert("experience_answers", a, "'r2', 'c1', 'e2', DATE '2025-06-01', 'prem-1', 'worse'")
          .insert(
              "experience_answers",
              a,
              "'r3', 'c2', 'e3', DATE '2025-05-02', 'prem-1', 'much-better'")
          .insert(
              "experience_answers", a, "'r3', 'c2', 'e3', DATE '2025-05-02', 'prem-2', 'agree'");
      String o =
          "observation_key, client_key, encounter_key, effective_date, outcome, wage_subsidy,"
              + " interrupted";
      t.insert(
              "outcomes",
              o,
              "'o1', 'c1', 'e1', DATE '2025-04-01', 'employment-contract', TRUE, FALSE")
          .insert(
              "outcomes",
              o,
              "'o2', 'c1', 'e2', DATE '2025-05-01', 'employment-contract', NULL, TRUE")
          .insert("outcomes", o, "'o3', 'c2', 'e3', DATE '2025-04-15', 'work-trial', NULL, NULL")
          .insert(
              "outcomes",
              o,
              "'o4', 'c2', 'e3', DATE '2024-12-01', 'employment-contract', TRUE, NULL");
      t.writeParquet(tables);
    }
    engine = new DuckDbFigureEngine(tables);
    all = engine.compute(FigureQuery.of(YEAR_2025));
    orgA =
        engine.compute(FigureQuery.of(YEAR_2025).forOrganisation(SoteOrganisationOid.parse(ORG_A)));
  }

  @Test
  void everyFigureOfTheCatalogueInItsOrder() {
    assertThat(all.period()).isEqualTo(YEAR_2025);
    assertThat(all.figures())
        .extracting(f -> f.id())
        .containsExactlyElementsOf(
            FigureCatalog.figures().stream().map(FigureCatalog.FigureDefinition::id).toList());
  }

  @Test
  void contacts() {
    assertThat(population(all, "clients-seen-by-coordinator")).isEqualTo(2);
    assertThat(population(all, "visits")).isEqualTo(3);
    assertThat(population(all, "clients-seen-by-physician")).isEqualTo(1);
    // e9 has no source and e10 is in 2026.
    assertThat(population(all, "consultation-contacts-by-source")).isEqualTo(3);
    assertThat(cells(all, "consultation-contacts-by-source", "source"))
        .containsExactly(entry("municipal-employment-services", 2L), entry("social-services", 1L));
    assertThat(cellScore(all, "consultation-contacts-by-source", "source", "social-services"))
        .isEqualByComparingTo("0.3333");
  }

  @Test
  void clientsAndTheirProfile() {
    assertThat(population(all, "clients-per-year")).isEqualTo(3);
    // c1's first path of the year counts (municipal), c2 has no source, c4 kela.
    assertThat(population(all, "clients-by-referral-source")).isEqualTo(2);
    assertThat(cells(all, "clients-by-referral-source", "source"))
        .containsExactly(entry("kela", 1L), entry("municipal-employment-services", 1L));
    // c1 2025 - 1985 = 40, c2 2025 - 1990 = 35; c4 has no birth year.
    assertThat(population(all, "client-age")).isEqualTo(2);
    assertThat(score(all, "client-age")).isEqualTo(new BigDecimal("37.5"));
    assertThat(cells(all, "clients-by-gender", "gender"))
        .containsExactly(entry("female", 1L), entry("male", 1L), entry("unknown", 1L));
    // c1's earliest duration (14 months) decides; c2 40.5 months; c4 has none.
    assertThat(population(all, "clients-long-term-unemployed")).isEqualTo(2);
    assertThat(cells(all, "clients-long-term-unemployed", "long-term-unemployed"))
        .containsExactly(entry("yes", 2L));
    assertThat(cells(all, "clients-unemployed-over-3-years", "unemployed-over-3-years"))
        .containsExactly(entry("no", 1L), entry("yes", 1L));
  }

  @Test
  void networkParticipationCountsClientsOncePerType() {
    assertThat(population(all, "network-participation-by-organisation-type")).isEqualTo(2);
    assertThat(cells(all, "network-participation-by-organisation-type", "organisation-type"))
        .containsExactly(entry("kela", 1L), entry("municipal-employment-services", 2L));
    assertThat(
            cellScore(
                all, "network-participation-by-organisation-type", "organisation-type", "kela"))
        .isEqualByComparingTo("0.5");
  }

  @Test
  void promMeansPerTimepointAndTheirChange() {
    assertThat(population(all, "prom-work-ability-score")).isEqualTo(2);
    assertThat(cells(all, "prom-work-ability-score", "timepoint"))
        .containsExactly(entry("baseline", 2L), entry("follow-up-6-months", 1L));
    // c1's baseline is the mean of 4 and 6; c2's is 7.
    assertThat(cellScore(all, "prom-work-ability-score", "timepoint", "baseline"))
        .isEqualTo(new BigDecimal("6.00"));
    assertThat(cellScore(all, "prom-work-ability-score", "timepoint", "follow-up-6-months"))
        .isEqualTo(new BigDecimal("8.00"));
    assertThat(score(all, "prom-work-ability-score")).isEqualTo(new BigDecimal("2.00"));
    assertThat(cellScore(all, "prom-three-x-ten-d", "timepoint", "baseline"))
        .isEqualTo(new BigDecimal("6.00"));
    assertThat(score(all, "prom-three-x-ten-d")).isNull();
    assertThat(population(all, "prom-participation-indicator")).isZero();
    assertThat(population(all, "follow-up-response-rate")).isEqualTo(2);
    assertThat(cells(all, "follow-up-response-rate", "follow-up"))
        .containsExactly(entry("no", 1L), entry("yes", 1L));
    assertThat(score(all, "follow-up-response-rate")).isEqualTo(new BigDecimal("0.5000"));
  }

  @Test
  void employmentSituationTakesTheLatestStatusAtEachTimepoint() {
    assertThat(cells(all, "employment-situation-baseline", "status"))
        .containsExactly(entry("laid-off", 1L), entry("unemployed-jobseeker", 1L));
    assertThat(cells(all, "employment-situation-follow-up-6-months", "status"))
        .containsExactly(entry("employed-full-time", 1L));
  }

  @Test
  void premTakesEachClientsLatestAnswer() {
    assertThat(cells(all, "prem-coping-better", "answer"))
        .containsExactly(entry("other", 1L), entry("positive", 1L));
    assertThat(cells(all, "prem-found-useful", "answer"))
        .containsExactly(entry("other", 1L), entry("positive", 1L));
    assertThat(population(all, "prem-decided-together")).isZero();
  }

  @Test
  void supportedEmploymentOutcomes() {
    assertThat(population(all, "supported-employment-outcomes")).isEqualTo(2);
    assertThat(cells(all, "supported-employment-outcomes", "outcome"))
        .containsExactly(entry("employment-contract", 1L), entry("work-trial", 1L));
    assertThat(population(all, "supported-employment-contracts")).isEqualTo(2);
    assertThat(cells(all, "supported-employment-contracts", "wage-subsidy"))
        .containsExactly(entry("no", 1L), entry("yes", 1L));
    assertThat(cells(all, "supported-employment-contracts", "interrupted"))
        .containsExactly(entry("no", 1L), entry("yes", 1L));
    assertThat(population(all, "persons-employed")).isEqualTo(1);
    assertThat(population(all, "work-trials")).isEqualTo(1);
  }

  @Test
  void oneOrganisationsFigures() {
    assertThat(population(orgA, "clients-seen-by-coordinator")).isEqualTo(1);
    assertThat(population(orgA, "visits")).isEqualTo(2);
    assertThat(cells(orgA, "consultation-contacts-by-source", "source"))
        .containsExactly(entry("municipal-employment-services", 2L));
    assertThat(population(orgA, "clients-per-year")).isEqualTo(2);
    assertThat(score(orgA, "client-age")).isEqualTo(new BigDecimal("40.0"));
    assertThat(cells(orgA, "clients-by-gender", "gender"))
        .containsExactly(entry("female", 1L), entry("unknown", 1L));
    assertThat(cells(orgA, "network-participation-by-organisation-type", "organisation-type"))
        .containsExactly(entry("kela", 1L), entry("municipal-employment-services", 1L));
    // Observations follow their encounter's organisation: c2's (e3) are B's.
    assertThat(cells(orgA, "prom-work-ability-score", "timepoint"))
        .containsExactly(entry("baseline", 1L), entry("follow-up-6-months", 1L));
    assertThat(population(orgA, "supported-employment-outcomes")).isEqualTo(1);
    assertThat(population(orgA, "work-trials")).isZero();
    assertThat(engine.organisations())
        .containsExactly(SoteOrganisationOid.parse(ORG_A), SoteOrganisationOid.parse(ORG_B));
  }

  @Test
  void thePeriodFilterKeepsOtherYearsOut() {
    FigureSet year2024 = engine.compute(FigureQuery.of(ReportingPeriod.year(2024)));
    assertThat(population(year2024, "visits")).isEqualTo(1);
    assertThat(population(year2024, "clients-per-year")).isEqualTo(1);
    assertThat(population(year2024, "supported-employment-contracts")).isEqualTo(1);
    assertThat(population(year2024, "network-participation-by-organisation-type")).isEqualTo(1);
    FigureSet firstQuarter =
        engine.compute(
            FigureQuery.of(
                new ReportingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1))));
    // e1 and e2 (1 Feb, 1 Mar: the end is inclusive), not e3 (May).
    assertThat(population(firstQuarter, "visits")).isEqualTo(2);
  }

  @Test
  void aMissingTableIsNamed(@TempDir Path empty) throws Exception {
    Files.createDirectories(empty);
    assertThatThrownBy(() -> new DuckDbFigureEngine(empty).compute(FigureQuery.of(YEAR_2025)))
        .isInstanceOf(FigureEngineException.class)
        .hasMessageContaining(".parquet");
  }
}
