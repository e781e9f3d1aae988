package fi.tyokyky.statistics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.tables.TableFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures (asserts no time) the whole figure set on DuckDB over generated flat tables of N
 * examinations, written as Parquet straight with DuckDB SQL (no FHIR): per examination one client
 * and path, 1–2 coordinator visits, a physician visit for every second, two consultation contacts,
 * a three-member network for nine in ten, an unemployment duration, a Work Ability Score,
 * participation indicator and ten 3X10D dimensions at baseline (a third also at six months),
 * employment statuses, five PREM answers for every second, outcomes for some. Run with {@code
 * -Dfigures.benchmark.examinations=1000000}; it prints the table sizes and the times.
 */
@EnabledIfSystemProperty(named = "figures.benchmark.examinations", matches = "\\d+(,\\d+)*")
class FigureBenchmarkTest {

  @Test
  void figuresOverGeneratedTables(@TempDir Path dir) throws Exception {
    for (String size : System.getProperty("figures.benchmark.examinations").split(",")) {
      long n = Long.parseLong(size);
      // -Dfigures.benchmark.dir=/tmp/x keeps the tables, for experiments with the SQL afterwards
      String keep = System.getProperty("figures.benchmark.dir");
      run(n, Files.createDirectories((keep == null ? dir : Path.of(keep)).resolve(size)));
    }
  }

  static void run(long n, Path tables) throws Exception {
    long generating = System.nanoTime();
    try (TableFixture t = new TableFixture()) {
      generate(t, n);
      t.writeParquet(tables);
    }
    long generated = System.nanoTime();
    long bytes;
    try (Stream<Path> files = Files.list(tables)) {
      bytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    System.out.printf(
        "figures benchmark: %,d examinations, tables %,d MB written in %.1f s%n",
        n, bytes >> 20, (generated - generating) / 1e9);

    DuckDbFigureEngine engine = new DuckDbFigureEngine(tables);
    FigureSet figures = null;
    for (int run = 1; run <= 3; run++) {
      long start = System.nanoTime();
      figures = engine.compute(FigureQuery.of(ReportingPeriod.year(2025)));
      System.out.printf(
          "figures benchmark: run %d: %d figures in %.2f s%n",
          run, figures.figures().size(), (System.nanoTime() - start) / 1e9);
    }
    assertThat(Figures.population(figures, "clients-per-year")).isEqualTo(n);
    for (int run = 1; run <= 3; run++) {
      perFile(tables);
    }
  }

  /** The time of each SQL file on its own, to see where the time goes. */
  static void perFile(Path tables) throws Exception {
    try (java.sql.Connection duckdb = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement sql = duckdb.createStatement()) {
      for (fi.tyokyky.statistics.view.ViewDefinition view :
          fi.tyokyky.statistics.tables.PackageViews.all()) {
        sql.execute(
            "CREATE VIEW "
                + view.name()
                + " AS SELECT * FROM read_parquet('"
                + tables.resolve(view.name() + ".parquet")
                + "')");
      }
      StringBuilder line = new StringBuilder("figures benchmark: per file:");
      for (java.util.Map.Entry<String, String> statement :
          FigureSql.statements(FigureQuery.of(ReportingPeriod.year(2025))).entrySet()) {
        long start = System.nanoTime();
        try (java.sql.ResultSet rows = sql.executeQuery(statement.getValue())) {
          while (rows.next()) {
            rows.getLong("n");
          }
        }
        line.append(
            String.format(" %s %.2f s", statement.getKey(), (System.nanoTime() - start) / 1e9));
      }
      System.out.println(line);
    }
  }

  /** Fills the tables; examination i is client c<i>, at organisation i % 20. */
  static void generate(TableFixture t, long n) throws Exception {
    String range = " FROM range(" + n + ") r(i)";
    String day = "(DATE '2025-01-01' + CAST(i % 365 AS INTEGER))";
    String org = "'o' || CAST(i % 20 AS VARCHAR)";
    String client = "'c' || CAST(i AS VARCHAR)";
    t.execute(
        "INSERT INTO organisations (organisation_key, sote_oid, organisation_type)"
            + " SELECT 'o' || CAST(i AS VARCHAR),"
            + " 'urn:oid:1.2.246.10.' || CAST(1000000 + i AS VARCHAR) || '.10.1',"
            + " 'primary-health-care' FROM range(20) r(i)");
    t.execute(
        "INSERT INTO clients (client_key, gender, birth_year) SELECT "
            + client
            + ", CASE WHEN i % 100 < 64 THEN 'male' WHEN i % 100 < 99 THEN 'female'"
            + " ELSE 'unknown' END, CAST(1960 + i % 45 AS INTEGER)"
            + range);
    t.execute(
        "INSERT INTO episodes (episode_key, client_key, organisation_key, status, start_date,"
            + " referral_source, phase) SELECT 'p' || CAST(i AS VARCHAR), "
            + client
            + ", "
            + org
            + ", 'active', "
            + day
            + ", ['municipal-employment-services', 'social-services', 'kela', 'te-office',"
            + " 'third-sector'][CAST(i % 5 AS INTEGER) + 1], 'services-planned'"
            + range);
    String visit =
        "INSERT INTO visits (encounter_key, client_key, organisation_key, encounter_type,"
            + " contact_source, start_date, episode_key) SELECT ";
    t.execute(
        visit
            + "'v' || CAST(i AS VARCHAR) || '-' || CAST(k AS VARCHAR), "
            + client
            + ", "
            + org
            + ", 'coordinator-visit', NULL, "
            + day
            + ", 'p' || CAST(i AS VARCHAR) FROM range("
            + n
            + ") r(i), range(2) s(k) WHERE k = 0 OR i % 4 = 0");
    t.execute(
        visit
            + "'d' || CAST(i AS VARCHAR), "
            + client
            + ", "
            + org
            + ", 'team-physician-visit', NULL, "
            + day
            + ", 'p' || CAST(i AS VARCHAR)"
            + range
            + " WHERE i % 2 = 0");
    t.execute(
        visit
            + "'k' || CAST(i AS VARCHAR) || '-' || CAST(k AS VARCHAR), "
            + client
            + ", "
            + org
            + ", 'consultation-contact', ['municipal-employment-services', 'social-services',"
            + " 'kela', 'third-sector', 'other-service-provider', 'te-office']"
            + "[CAST((i * 7 + k) % 6 AS INTEGER) + 1], "
            + day
            + ", NULL FROM range("
            + n
            + ") r(i), range(2) s(k)");
    t.execute(
        "INSERT INTO unemployment (observation_key, client_key, encounter_key, effective_date,"
            + " months) SELECT 'u' || CAST(i AS VARCHAR), "
            + client
            + ", 'v' || CAST(i AS VARCHAR) || '-0', "
            + day
            + ", CAST((i * 13) % 60 AS DOUBLE)"
            + range);
    t.execute(
        "INSERT INTO network_participation (network_key, client_key, organisation_key,"
            + " start_date, organisation_type) SELECT 'n' || CAST(i AS VARCHAR), "
            + client
            + ", "
            + org
            + ", "
            + day
            + ", ['municipal-employment-services', 'social-services', 'kela', 'third-sector',"
            + " 'other-service-provider', 'te-office', 'other-network', 'mental-health-services',"
            + " 'criminal-sanctions-agency', 'other-health-care'][CAST((i + k * 3) % 10 AS INTEGER)"
            + " + 1] FROM range("
            + n
            + ") r(i), range(3) s(k) WHERE i % 10 < 9");
    String measure =
        "INSERT INTO measures (observation_key, client_key, encounter_key, instrument,"
            + " effective_date, timepoint, dimension, value) SELECT ";
    for (String instrument : new String[] {"work-ability-score", "participation-indicator"}) {
      t.execute(
          measure
              + "'m' || CAST(i AS VARCHAR) || '-' || CAST(k AS VARCHAR), "
              + client
              + ", 'v' || CAST(i AS VARCHAR) || '-0', '"
              + instrument
              + "', "
              + day
              + ", CASE WHEN k = 0 THEN 'baseline' ELSE 'follow-up-6-months' END, NULL,"
              + " CAST((i + k) % 11 AS DOUBLE) FROM range("
              + n
              + ") r(i), range(2) s(k) WHERE k = 0 OR i % 3 = 0");
    }
    t.execute(
        measure
            + "'x' || CAST(i AS VARCHAR), "
            + client
            + ", 'v' || CAST(i AS VARCHAR) || '-0', 'three-x-ten-d', "
            + day
            + ", 'baseline', 'dimension-' || CAST(k AS VARCHAR), CAST((i + k) % 11 AS DOUBLE)"
            + " FROM range("
            + n
            + ") r(i), range(10) s(k)");
    t.execute(
        "INSERT INTO employment_situation (observation_key, client_key, encounter_key,"
            + " effective_date, timepoint, employment_status) SELECT 's' || CAST(i AS VARCHAR)"
            + " || '-' || CAST(k AS VARCHAR), "
            + client
            + ", 'v' || CAST(i AS VARCHAR) || '-0', "
            + day
            + ", CASE WHEN k = 0 THEN 'baseline' ELSE 'follow-up-6-months' END,"
            + " ['unemployed-jobseeker', 'laid-off', 'employed-part-time', 'student']"
            + "[CAST((i + k) % 4 AS INTEGER) + 1] FROM range("
            + n
            + ") r(i), range(2) s(k) WHERE k = 0 OR i % 3 = 0");
    t.execute(
        "INSERT INTO experience_answers (response_key, client_key, encounter_key, authored_date,"
            + " timepoint, item, answer) SELECT 'q' || CAST(i AS VARCHAR), "
            + client
            + ", 'v' || CAST(i AS VARCHAR) || '-0', "
            + day
            + ", 'follow-up-6-months', 'prem-' || CAST(k + 1 AS VARCHAR),"
            + " CASE WHEN k = 0 THEN ['much-better', 'better', 'same', 'worse']"
            + "[CAST(i % 4 AS INTEGER) + 1] ELSE ['strongly-agree', 'agree', 'neutral',"
            + " 'disagree'][CAST(i % 4 AS INTEGER) + 1] END FROM range("
            + n
            + ") r(i), range(5) s(k) WHERE i % 2 = 0");
    t.execute(
        "INSERT INTO outcomes (observation_key, client_key, encounter_key, effective_date,"
            + " effective_month, outcome, wage_subsidy, interrupted) SELECT 'e' ||"
            + " CAST(i AS VARCHAR), "
            + client
            + ", 'v' || CAST(i AS VARCHAR) || '-0', "
            + day
            + ", NULL, CASE WHEN i % 5 = 0 THEN 'employment-contract' ELSE 'work-trial' END,"
            + " i % 2 = 0, i % 7 = 0"
            + range
            + " WHERE i % 5 = 0 OR i % 7 = 0");
  }
}
