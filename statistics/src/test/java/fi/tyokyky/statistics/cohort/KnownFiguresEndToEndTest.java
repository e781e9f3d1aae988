package fi.tyokyky.statistics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.engine.DuckDbFigureEngine;
import fi.tyokyky.statistics.engine.FigureQuery;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.tables.TableWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole path on a generated cohort: its records as Bulk Data NDJSON, the package's views into
 * Parquet tables, the figures' SQL on DuckDB for the cohort's period; every figure must be the one
 * the plan says (computed from the plan, not from the records).
 */
class KnownFiguresEndToEndTest {

  @TempDir Path temp;

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("seed-001 pilot", CohortPlan.seed001Pilot()),
        Arguments.of("pilot, another seed", CohortPlan.seed001Pilot().withSeed(42)),
        Arguments.of("edge: cell of four", EdgeCohortPlans.cellOfFour()),
        Arguments.of("edge: cell of five", EdgeCohortPlans.cellOfFive()),
        Arguments.of("edge: total minus one", EdgeCohortPlans.totalMinusOneSuppressed()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void ndjsonThenViewsThenSqlGiveTheKnownFigures(String name, CohortPlan plan) throws IOException {
    Cohort cohort = new CohortGenerator().cohort(plan);
    Path ndjson = Files.createDirectories(temp.resolve("ndjson"));
    Path tables = temp.resolve("tables");
    new CohortWriter().writeNdjson(cohort, ndjson, CohortWriter.Progress.NONE);
    new TableWriter().write(ndjson, tables, Set.of(TableWriter.Format.PARQUET));

    FigureSet computed = new DuckDbFigureEngine(tables).compute(FigureQuery.of(plan.period()));

    FigureSet known = cohort.knownFigures();
    assertThat(computed.figures())
        .extracting(Figure::id)
        .containsExactlyElementsOf(known.figures().stream().map(Figure::id).toList());
    for (Figure expected : known.figures()) {
      Figure actual =
          computed.figures().stream().filter(f -> f.id().equals(expected.id())).findFirst().get();
      assertThat(actual).as(expected.id()).isEqualTo(expected);
    }
    assertThat(computed).isEqualTo(known);
  }
}
