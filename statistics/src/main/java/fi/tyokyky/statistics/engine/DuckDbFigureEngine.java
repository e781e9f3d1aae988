package fi.tyokyky.statistics.engine;

import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.tables.PackageViews;
import fi.tyokyky.statistics.view.ViewDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The embedded engine: DuckDB, in process, runs the figures' SQL ({@link FigureSql}) over the
 * Parquet tables of a directory ({@code <view name>.parquet}, as {@link
 * fi.tyokyky.statistics.tables.TableWriter} writes them). Each {@link #compute} opens its own
 * in-memory DuckDB database whose tables are views over the Parquet files, so nothing is loaded up
 * front and calls may run at once from several threads.
 */
public final class DuckDbFigureEngine implements FigureEngine {

  private final Path tables;
  private final List<String> tableNames;

  /**
   * An engine over the tables of the package's views.
   *
   * @param tables the directory of the Parquet tables; not null
   */
  public DuckDbFigureEngine(Path tables) {
    this(tables, PackageViews.all().stream().map(ViewDefinition::name).toList());
  }

  /**
   * @param tables the directory of the Parquet tables; not null
   * @param tableNames the tables the SQL reads, each a file {@code <name>.parquet}; not null
   */
  public DuckDbFigureEngine(Path tables, List<String> tableNames) {
    this.tables = Objects.requireNonNull(tables, "tables");
    this.tableNames = List.copyOf(tableNames);
  }

  @Override
  public FigureSet compute(FigureQuery query) {
    return FigureAssembler.assemble(query.period(), rows(query));
  }

  /**
   * The rows of the figures' SQL as DuckDB gives them, before they are assembled into figures (to
   * compare engines on the unrounded means). Raw counts: publish only through {@link #compute} and
   * the suppressor.
   *
   * @param query the period and optional organisation; not null
   * @return the rows of every SQL file, in {@link FigureSql#FILES} order; never null
   * @throws FigureEngineException if a table is missing or the SQL fails
   */
  public List<FigureRow> rows(FigureQuery query) {
    try (Connection duckdb = open();
        Statement sql = duckdb.createStatement()) {
      return FigureSql.run(query, (file, statement) -> rows(sql, file, statement));
    } catch (SQLException e) {
      throw new FigureEngineException("DuckDB could not open the tables in " + tables, e);
    }
  }

  private static List<FigureRow> rows(Statement sql, String file, String statement) {
    List<FigureRow> rows = new ArrayList<>();
    try (ResultSet result = sql.executeQuery(statement)) {
      while (result.next()) {
        rows.add(
            FigureRow.of(
                result.getObject("figure"),
                result.getObject("stratifier"),
                result.getObject("stratum"),
                result.getObject("n"),
                result.getObject("mean")));
      }
    } catch (SQLException e) {
      throw new FigureEngineException("DuckDB failed on " + file, e);
    }
    return rows;
  }

  /**
   * The organisations of the tables with a SOTE register OID, for a per-organisation breakdown
   * ({@code compute(query.forOrganisation(oid))} for each).
   *
   * @return the OIDs, sorted; never null
   * @throws FigureEngineException if the tables cannot be read
   */
  public List<SoteOrganisationOid> organisations() {
    List<SoteOrganisationOid> oids = new ArrayList<>();
    try (Connection duckdb = open();
        Statement sql = duckdb.createStatement();
        ResultSet result =
            sql.executeQuery(
                "SELECT DISTINCT sote_oid FROM organisations WHERE sote_oid IS NOT NULL"
                    + " ORDER BY sote_oid")) {
      while (result.next()) {
        SoteOrganisationOid.tryParse(result.getString(1)).ifPresent(oids::add);
      }
    } catch (SQLException e) {
      throw new FigureEngineException("DuckDB could not read the organisations", e);
    }
    return oids;
  }

  private Connection open() throws SQLException {
    Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement sql = duckdb.createStatement()) {
      for (String name : tableNames) {
        Path file = tables.resolve(name + ".parquet");
        if (!Files.isRegularFile(file)) {
          throw new FigureEngineException("table " + name + " is missing: no " + file, null);
        }
        sql.execute(
            "CREATE VIEW "
                + name
                + " AS SELECT * FROM read_parquet('"
                + file.toAbsolutePath().toString().replace("'", "''")
                + "')");
      }
    } catch (SQLException | RuntimeException e) {
      duckdb.close();
      throw e;
    }
    return duckdb;
  }
}
