package fi.tyokyky.statistics.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.statistics.view.ViewInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables from a Bulk Data NDJSON directory: Parquet (read back with DuckDB) and CSV. */
class TableWriterTest {

  static final List<Resource> RESOURCES =
      StoredRecords.of(Examinations.complete(), Examinations.consultationWithPrem());
  static final TableWriter WRITER = new TableWriter();

  @Test
  void writesOneParquetAndCsvTablePerViewFromPartedFiles(@TempDir Path dir) throws Exception {
    Path ndjson = dir.resolve("export");
    StoredRecords.writeNdjson(ndjson, RESOURCES, true);
    assertThat(ndjson.resolve("Observation.000.ndjson")).exists();
    Path out = dir.resolve("tables");

    TableWriter.Result result =
        WRITER.write(ndjson, out, EnumSet.of(TableWriter.Format.PARQUET, TableWriter.Format.CSV));

    assertThat(result.rows()).containsEntry("measures", 16L).containsEntry("visits", 2L);
    assertThat(result.resources()).containsEntry("Patient", 1L);
    for (String table : result.rows().keySet()) {
      assertThat(out.resolve(table + ".parquet")).exists();
      assertThat(out.resolve(table + ".csv")).exists();
      assertThat(rowCount(out, table)).as(table).isEqualTo(result.rows().get(table));
    }
    assertThat(Files.readAllLines(out.resolve("visits.csv"), StandardCharsets.UTF_8).get(0))
        .isEqualTo(
            "encounter_key,client_key,organisation_key,encounter_type,contact_source,start_date,"
                + "episode_key");
  }

  @Test
  void columnsHaveTheirSqlTypesAndDatesAreDays(@TempDir Path dir) throws Exception {
    Path ndjson = dir.resolve("export");
    StoredRecords.writeNdjson(ndjson, RESOURCES, false);
    Path out = dir.resolve("tables");
    WRITER.write(ndjson, out, EnumSet.of(TableWriter.Format.PARQUET));

    assertThat(out.resolve("visits.csv")).doesNotExist();
    assertThat(types(out, "visits")).containsEntry("start_date", "DATE");
    assertThat(types(out, "measures")).containsEntry("value", "DOUBLE");
    assertThat(types(out, "clients")).containsEntry("birth_year", "INTEGER");
    assertThat(types(out, "outcomes")).containsEntry("wage_subsidy", "BOOLEAN");
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duckdb.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT CAST(effective_date AS VARCHAR), effective_month FROM read_parquet("
                    + TableWriter.literal(out.resolve("outcomes.parquet"))
                    + ") ORDER BY effective_date")) {
      // A dateTime is its day as written; a month is its first day.
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("2025-03-05");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("2025-04-04");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("2025-06-01");
      assertThat(rows.getString(2)).isEqualTo("2025-06");
    }
  }

  @Test
  void aTypeWithoutFilesGivesAnEmptyTableWithItsColumns(@TempDir Path dir) throws Exception {
    Path ndjson = Files.createDirectories(dir.resolve("export"));
    Files.writeString(ndjson.resolve("Patient.ndjson"), "", StandardCharsets.UTF_8);
    Path out = dir.resolve("tables");
    TableWriter.Result result = WRITER.write(ndjson, out, EnumSet.of(TableWriter.Format.PARQUET));
    assertThat(result.rows()).containsEntry("clients", 0L).containsEntry("measures", 0L);
    assertThat(rowCount(out, "measures")).isZero();
    assertThat(types(out, "measures")).containsKeys("client_key", "value", "dimension");
  }

  @Test
  void aLineThatIsNotAResourceIsNamedByItsNumber(@TempDir Path dir) throws Exception {
    Path ndjson = Files.createDirectories(dir.resolve("export"));
    Files.writeString(
        ndjson.resolve("Patient.ndjson"),
        "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{not json 150385-912E}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> WRITER.write(ndjson, dir.resolve("t"), EnumSet.of(TableWriter.Format.CSV)))
        .isInstanceOf(ViewInputException.class)
        .hasMessageContaining("line 2")
        .hasMessageNotContaining("150385");
  }

  static long rowCount(Path dir, String table) throws Exception {
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duckdb.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT COUNT(*) FROM read_parquet("
                    + TableWriter.literal(dir.resolve(table + ".parquet"))
                    + ")")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static Map<String, String> types(Path dir, String table) throws Exception {
    Map<String, String> types = new LinkedHashMap<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duckdb.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "DESCRIBE SELECT * FROM read_parquet("
                    + TableWriter.literal(dir.resolve(table + ".parquet"))
                    + ")")) {
      while (rows.next()) {
        types.put(rows.getString("column_name"), rows.getString("column_type"));
      }
    }
    return types;
  }
}
