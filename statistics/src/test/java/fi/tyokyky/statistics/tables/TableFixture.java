package fi.tyokyky.statistics.tables;

import fi.tyokyky.statistics.view.CompiledView;
import fi.tyokyky.statistics.view.OutputColumn;
import fi.tyokyky.statistics.view.ViewDefinition;
import fi.tyokyky.statistics.view.ViewRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;

/**
 * Hand-built flat tables: every table of the package's views, created empty with the views' columns
 * and types in an in-memory DuckDB, filled by the test with SQL inserts, and written as Parquet
 * files as {@link TableWriter} would write them.
 */
public final class TableFixture implements AutoCloseable {

  private final Connection duckdb;

  public TableFixture() throws SQLException {
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    ViewRunner runner = new ViewRunner();
    try (Statement sql = duckdb.createStatement()) {
      for (ViewDefinition view : PackageViews.all()) {
        CompiledView compiled = runner.compile(view);
        StringJoiner columns = new StringJoiner(", ", "CREATE TABLE " + view.name() + " (", ")");
        for (OutputColumn column : compiled.columns()) {
          columns.add(column.name() + " " + ColumnTypes.sqlType(column));
        }
        sql.execute(columns.toString());
      }
    }
  }

  /** Inserts a row: {@code insert("visits", "encounter_key, client_key", "'e1', 'c1'")}. */
  public TableFixture insert(String table, String columns, String values) throws SQLException {
    try (Statement sql = duckdb.createStatement()) {
      sql.execute("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")");
    }
    return this;
  }

  /**
   * Runs any SQL on the fixture's database, e.g. {@code INSERT INTO t SELECT ... FROM range(n)}.
   */
  public TableFixture execute(String statement) throws SQLException {
    try (Statement sql = duckdb.createStatement()) {
      sql.execute(statement);
    }
    return this;
  }

  /** Writes every table to {@code <dir>/<name>.parquet}. */
  public void writeParquet(Path dir) throws SQLException {
    try (Statement sql = duckdb.createStatement()) {
      for (ViewDefinition view : PackageViews.all()) {
        sql.execute(
            "COPY "
                + view.name()
                + " TO "
                + TableWriter.literal(dir.resolve(view.name() + ".parquet"))
                + " (FORMAT PARQUET)");
      }
    }
  }

  @Override
  public void close() throws SQLException {
    duckdb.close();
  }
}
