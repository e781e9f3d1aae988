package fi.tyokyky.statistics.tables;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.record.ExaminationFixtures;
import fi.tyokyky.statistics.engine.DuckDbFigureEngine;
import fi.tyokyky.statistics.engine.FigureQuery;
import fi.tyokyky.statistics.figures.Cell;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on records built with the library: resources → NDJSON → the package's views →
 * Parquet → the figures' SQL on DuckDB → the figures, which are what the two examinations hold.
 */
class RecordsToFiguresTest {

  @TempDir static Path dir;
  static FigureSet figures;
  static DuckDbFigureEngine engine;

  @BeforeAll
  static void run() throws Exception {
    Path ndjson = dir.resolve("export");
    StoredRecords.writeNdjson(
        ndjson,
        StoredRecords.of(Examinations.complete(), Examinations.consultationWithPrem()),
        false);
    new TableWriter().write(ndjson, dir.resolve("tables"), EnumSet.of(TableWriter.Format.PARQUET));
    engine = new DuckDbFigureEngine(dir.resolve("tables"));
    figures = engine.compute(FigureQuery.of(ReportingPeriod.year(2025)));
  }

  static Map<String, Long> counts(String figureId) {
    Figure figure =
        figures.figures().stream().filter(f -> f.id().equals(figureId)).findFirst().orElseThrow();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("population", figure.population());
    figure
        .stratifiers()
        .forEach(s -> s.cells().forEach(c -> counts.put(s.id() + "/" + c.stratum(), c.count())));
    return counts;
  }

  static BigDecimal score(String figureId, String stratifier, String stratum) {
    Figure figure =
        figures.figures().stream().filter(f -> f.id().equals(figureId)).findFirst().orElseThrow();
    if (stratifier == null) {
      return figure.score() == null ? null : figure.score().value();
    }
    Cell cell = figure.stratifier(stratifier).cell(stratum);
    return cell.score() == null ? null : cell.score().value();
  }

  @Test
  void contactsAndClients() {
    assertThat(counts("visits")).containsExactly(Map.entry("population", 0L));
    assertThat(counts("consultation-contacts-by-source"))
        .containsExactly(Map.entry("population", 1L), Map.entry("source/social-services", 1L));
    assertThat(counts("clients-per-year")).containsExactly(Map.entry("population", 1L));
    assertThat(counts("clients-by-referral-source"))
        .containsEntry("source/municipal-employment-services", 1L);
    // Path started 12 Feb 2025, born 1985.
    assertThat(score("client-age", null, null)).isEqualTo(new BigDecimal("40.0"));
    assertThat(counts("clients-by-gender")).containsEntry("gender/female", 1L);
    // 14.5 months unemployed.
    assertThat(counts("clients-long-term-unemployed"))
        .containsEntry("long-term-unemployed/yes", 1L);
    assertThat(counts("clients-unemployed-over-3-years"))
        .containsEntry("unemployed-over-3-years/no", 1L);
    assertThat(counts("network-participation-by-organisation-type"))
        .containsExactly(
            Map.entry("population", 1L),
            Map.entry("organisation-type/municipal-employment-services", 1L),
            Map.entry("organisation-type/primary-health-care", 1L));
  }

  @Test
  void measuresAndAnswers() {
    assertThat(score("prom-work-ability-score", "timepoint", "baseline"))
        .isEqualTo(new BigDecimal("5.00"));
    assertThat(score("prom-work-ability-score", null, null)).isNull();
    assertThat(score("prom-participation-indicator", "timepoint", "baseline"))
        .isEqualTo(new BigDecimal("62.50"));
    // The ten dimensions are rated 0 to 9.
    assertThat(score("prom-three-x-ten-d", "timepoint", "baseline"))
        .isEqualTo(new BigDecimal("4.50"));
    assertThat(counts("follow-up-response-rate"))
        .containsExactly(Map.entry("population", 1L), Map.entry("follow-up/no", 1L));
    assertThat(counts("employment-situation-baseline"))
        .containsEntry("status/unemployed-jobseeker", 1L);
    assertThat(counts("prem-coping-better")).containsEntry("answer/positive", 1L);
    assertThat(counts("prem-understood-information")).containsEntry("answer/other", 1L);
    assertThat(counts("prem-decided-together")).containsExactly(Map.entry("population", 0L));
  }

  @Test
  void outcomes() {
    assertThat(counts("supported-employment-contracts"))
        .containsExactly(
            Map.entry("population", 2L),
            Map.entry("wage-subsidy/yes", 2L),
            Map.entry("interrupted/no", 2L));
    assertThat(counts("persons-employed")).containsExactly(Map.entry("population", 1L));
    assertThat(counts("work-trials")).containsExactly(Map.entry("population", 1L));
  }

  @Test
  void theHealthCentreAloneHasTheSameFigures() {
    FigureSet healthCentre =
        engine.compute(
            FigureQuery.of(ReportingPeriod.year(2025))
                .forOrganisation(ExaminationFixtures.HEALTH_CENTRE_OID));
    assertThat(healthCentre).isEqualTo(figures);
    assertThat(engine.organisations()).containsExactly(ExaminationFixtures.HEALTH_CENTRE_OID);
  }
}
