package fi.tyokyky.statistics.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.statistics.cohort.Cohort;
import fi.tyokyky.statistics.cohort.CohortGenerator;
import fi.tyokyky.statistics.cohort.CohortPlan;
import fi.tyokyky.statistics.cohort.CohortWriter;
import fi.tyokyky.statistics.cohort.EdgeCohortPlans;
import fi.tyokyky.statistics.engine.DuckDbFigureEngine;
import fi.tyokyky.statistics.engine.FigureAssembler;
import fi.tyokyky.statistics.engine.FigureEngineException;
import fi.tyokyky.statistics.engine.FigureQuery;
import fi.tyokyky.statistics.engine.FigureRow;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.output.FigureFiles;
import fi.tyokyky.statistics.figures.output.MeasureReportWriter;
import fi.tyokyky.statistics.suppression.SmallCellSuppressor;
import fi.tyokyky.statistics.tables.TableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark in local mode ({@code local[2]}, loopback only, no UI) against DuckDB on the same Parquet
 * tables: the seed-001 pilot cohort, generated, written as NDJSON and turned into tables by the
 * package's views, then the figures' SQL on both engines. One session serves the whole class.
 *
 * <p>Counts must be equal exactly. Means are compared as the SQL gives them, before rounding,
 * within 1e-9 rather than to the last bit: {@code AVG} over {@code DOUBLE} sums in an order that
 * depends on each engine's partitioning, and a different order may change the last bits (the scores
 * are at most 100, so the error of summing a few thousand of them is below 1e-12, and the figures
 * round means to at most 2 decimals). After the shared assembly, which rounds, the figures must be
 * equal to each other and to the cohort's known figures.
 */
class SparkFigureEngineIT {

  private static final double MEAN_TOLERANCE = 1e-9;

  /** The edge cohort with a cell of four and its secondary suppression. */
  private static final CohortPlan EDGE = EdgeCohortPlans.cellOfFour();

  private static Path root;
  private static SparkSession spark;
  private static Cohort pilot;
  private static Path pilotTables;
  private static Path edgeTables;

  @BeforeAll
  static void sessionAndTables() throws IOException {
    root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "spark-it")), "run");
    spark = LocalSpark.session(2, root.resolve("spark"));
    pilot = new CohortGenerator().cohort(CohortPlan.seed001Pilot());
    pilotTables = tables(pilot, "pilot");
    edgeTables = tables(new CohortGenerator().cohort(EDGE), "edge");
  }

  @AfterAll
  static void stop() throws IOException {
    if (spark != null) {
      spark.stop();
    }
    if (root != null) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static Path tables(Cohort cohort, String name) throws IOException {
    Path ndjson = Files.createDirectories(root.resolve(name).resolve("ndjson"));
    Path tables = root.resolve(name).resolve("tables");
    new CohortWriter().writeNdjson(cohort, ndjson, CohortWriter.Progress.NONE);
    new TableWriter().write(ndjson, tables, Set.of(TableWriter.Format.PARQUET));
    return tables;
  }

  @Test
  void thePilotPeriodGivesDuckDbsFiguresAndTheKnownOnes() {
    FigureQuery query = FigureQuery.of(pilot.plan().period());

    FigureSet onSpark = sameRowsOnBoth(pilotTables, query);

    assertSameFigures(onSpark, new DuckDbFigureEngine(pilotTables).compute(query));
    assertSameFigures(onSpark, pilot.knownFigures());
  }

  @Test
  void oneOrganisationGivesDuckDbsFigures() {
    // The pilot has one health centre, so its figures are the cohort's known ones.
    DuckDbFigureEngine duckdb = new DuckDbFigureEngine(pilotTables);
    List<SoteOrganisationOid> centres = duckdb.organisations();
    assertThat(centres).hasSize(1);
    FigureQuery query = FigureQuery.of(pilot.plan().period()).forOrganisation(centres.get(0));

    FigureSet onSpark = sameRowsOnBoth(pilotTables, query);

    assertSameFigures(onSpark, duckdb.compute(query));
    assertSameFigures(onSpark, pilot.knownFigures());
  }

  @Test
  void aMissingTableIsNamed() throws IOException {
    Path empty = Files.createDirectories(root.resolve("no-tables"));

    assertThatThrownBy(() -> spark(empty).compute(FigureQuery.of(pilot.plan().period())))
        .isInstanceOf(FigureEngineException.class)
        .hasMessageStartingWith("table ")
        .hasMessageContaining("is missing: no ");
  }

  @Test
  void theJobWritesTheFilesStatisticsCliWritesForAnEdgeCohortSuppressedAlike() throws IOException {
    Path out = root.resolve("job-figures");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    FigureFiles files = new FigureFiles(fixedClockReports());

    int code =
        new SparkFigures(print(stdout), print(stderr), files)
            .run(
                List.of(
                    "--tables",
                    edgeTables.toString(),
                    "--out",
                    out.toString(),
                    "--from",
                    EDGE.period().start().toString(),
                    "--to",
                    EDGE.period().end().toString()),
                () -> spark);

    assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(SparkFigures.EXIT_OK);
    Path expected = root.resolve("duckdb-figures");
    files.write(
        new SmallCellSuppressor()
            .suppress(new DuckDbFigureEngine(edgeTables).compute(FigureQuery.of(EDGE.period()))),
        expected);
    for (String name : List.of(FigureFiles.MEASURE_REPORTS, FigureFiles.CSV, FigureFiles.JSON)) {
      assertThat(out.resolve(name)).as(name).hasSameBinaryContentAs(expected.resolve(name));
    }
    // Kela's 4 contacts are masked, and the third sector's 6 with them (secondary suppression).
    assertThat(Files.readString(out.resolve(FigureFiles.CSV)))
        .contains(",kela,count,,,true", ",third-sector,count,,,true");
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("small cells (below 5)");
  }

  @Test
  void theJobNamesAMissingTableAndFails() throws IOException {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Path empty = Files.createDirectories(root.resolve("job-no-tables"));

    int code =
        new SparkFigures(print(new ByteArrayOutputStream()), print(stderr), new FigureFiles())
            .run(
                List.of(
                    "--tables",
                    empty.toString(),
                    "--out",
                    root.resolve("unused").toString(),
                    "--from",
                    "2024-01-01",
                    "--to",
                    "2024-12-31"),
                () -> spark);

    assertThat(code).isEqualTo(SparkFigures.EXIT_FAILED);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("the figures could not be computed: table ")
        .doesNotContain("Exception");
  }

  /**
   * Spark's rows for the query, compared with DuckDB's, then assembled as {@code compute} does (one
   * Spark run per test keeps the class short; the job test goes through {@code compute}).
   */
  private static FigureSet sameRowsOnBoth(Path tables, FigureQuery query) {
    List<FigureRow> onSpark = spark(tables).rows(query);
    assertSameRows(new DuckDbFigureEngine(tables).rows(query), onSpark);
    return FigureAssembler.assemble(query.period(), onSpark);
  }

  private static SparkFigureEngine spark(Path tables) {
    return new SparkFigureEngine(spark, tables);
  }

  private static void assertSameRows(List<FigureRow> duckdb, List<FigureRow> onSpark) {
    List<FigureRow> expected = sorted(duckdb);
    List<FigureRow> actual = sorted(onSpark);
    assertThat(actual)
        .extracting(SparkFigureEngineIT::key)
        .containsExactlyElementsOf(expected.stream().map(SparkFigureEngineIT::key).toList());
    int bitForBit = 0;
    int withinTolerance = 0;
    double largest = 0;
    for (int i = 0; i < expected.size(); i++) {
      FigureRow e = expected.get(i);
      FigureRow a = actual.get(i);
      assertThat(a.n()).as(key(e)).isEqualTo(e.n());
      if (e.mean() == null || a.mean() == null) {
        assertThat(a.mean()).as(key(e)).isEqualTo(e.mean());
        continue;
      }
      assertThat(a.mean()).as(key(e)).isCloseTo(e.mean(), offset(MEAN_TOLERANCE));
      if (Double.doubleToLongBits(a.mean()) == Double.doubleToLongBits(e.mean())) {
        bitForBit++;
      } else {
        withinTolerance++;
        largest = Math.max(largest, Math.abs(a.mean() - e.mean()));
      }
    }
    System.out.printf(
        "%d rows equal; means: %d equal to the bit, %d within %.0e (largest difference %.3e)%n",
        expected.size(), bitForBit, withinTolerance, MEAN_TOLERANCE, largest);
  }

  private static List<FigureRow> sorted(List<FigureRow> rows) {
    return rows.stream().sorted(Comparator.comparing(SparkFigureEngineIT::key)).toList();
  }

  private static String key(FigureRow row) {
    return row.figure() + "/" + row.stratifier() + "/" + row.stratum();
  }

  private static void assertSameFigures(FigureSet actual, FigureSet expected) {
    assertThat(actual.figures())
        .extracting(Figure::id)
        .containsExactlyElementsOf(expected.figures().stream().map(Figure::id).toList());
    for (Figure figure : expected.figures()) {
      assertThat(actual.figures()).as(figure.id()).contains(figure);
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static MeasureReportWriter fixedClockReports() {
    return new MeasureReportWriter(
        FhirContext.forR4Cached(),
        Clock.fixed(Instant.parse("2026-01-15T08:00:00Z"), ZoneOffset.UTC));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
