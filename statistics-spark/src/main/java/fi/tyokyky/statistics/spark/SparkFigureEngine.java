package fi.tyokyky.statistics.spark;

import fi.tyokyky.statistics.engine.FigureAssembler;
import fi.tyokyky.statistics.engine.FigureEngine;
import fi.tyokyky.statistics.engine.FigureEngineException;
import fi.tyokyky.statistics.engine.FigureQuery;
import fi.tyokyky.statistics.engine.FigureRow;
import fi.tyokyky.statistics.engine.FigureSql;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.tables.PackageViews;
import fi.tyokyky.statistics.view.ViewDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The figures on Apache Spark: the statistics module's SQL files ({@link FigureSql}), unchanged,
 * over the Parquet tables of a directory ({@code <view name>.parquet}, a file as {@link
 * fi.tyokyky.statistics.tables.TableWriter} writes it or a directory of parts as Spark writes one),
 * each registered as a temporary view of its name. Rows are read and assembled by the same code as
 * {@link fi.tyokyky.statistics.engine.DuckDbFigureEngine}'s ({@link FigureRow#of}, {@link
 * FigureAssembler}), so the two engines differ only in who runs the SQL.
 *
 * <p>Each {@link #compute} works in a session of its own ({@link SparkSession#newSession()}: the
 * same SparkContext, its own temporary views), so calls may run at once, over different tables,
 * without seeing each other's views. The engine never stops the session it is given.
 */
public final class SparkFigureEngine implements FigureEngine {

  private final SparkSession spark;
  private final String tables;
  private final List<String> tableNames;

  /**
   * An engine over a local directory of the package's tables.
   *
   * @param spark the session to run in (a cluster's, or {@link LocalSpark}'s); not null
   * @param tables the directory of the Parquet tables; not null
   */
  public SparkFigureEngine(SparkSession spark, Path tables) {
    this(spark, tables.toAbsolutePath().toUri().toString());
  }

  /**
   * An engine over the package's tables at a location Spark reads.
   *
   * @param spark the session to run in; not null
   * @param tables the directory of the tables as a Hadoop path or URI ({@code hdfs://…/tables},
   *     {@code s3a://…}, {@code file:///…}, or a path of the default file system); not null
   */
  public SparkFigureEngine(SparkSession spark, String tables) {
    this(spark, tables, PackageViews.all().stream().map(ViewDefinition::name).toList());
  }

  /**
   * @param spark the session to run in; not null
   * @param tables the directory of the tables as a Hadoop path or URI; not null
   * @param tableNames the tables the SQL reads, each {@code <name>.parquet} in {@code tables}; not
   *     null
   */
  public SparkFigureEngine(SparkSession spark, String tables, List<String> tableNames) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.tables = Objects.requireNonNull(tables, "tables").replaceAll("/+$", "");
    this.tableNames = List.copyOf(tableNames);
  }

  @Override
  public FigureSet compute(FigureQuery query) {
    return FigureAssembler.assemble(query.period(), rows(query));
  }

  /**
   * The rows of the figures' SQL as Spark gives them, before they are assembled into figures (to
   * compare engines on the unrounded means). Raw counts: publish only through {@link #compute} and
   * the suppressor.
   *
   * @param query the period and optional organisation; not null
   * @return the rows of every SQL file, in {@link FigureSql#FILES} order; never null
   * @throws FigureEngineException if a table is missing or unreadable, or Spark fails on a file
   */
  public List<FigureRow> rows(FigureQuery query) {
    SparkSession session = spark.newSession();
    for (String name : tableNames) {
      register(session, name);
    }
    return FigureSql.run(query, (file, sql) -> rows(session, file, sql));
  }

  private void register(SparkSession session, String name) {
    String location = tables + "/" + name + ".parquet";
    if (!exists(session, location)) {
      throw new FigureEngineException("table " + name + " is missing: no " + location, null);
    }
    try {
      session.read().parquet(location).createOrReplaceTempView(name);
    } catch (Exception e) {
      // Spark's analysis errors are checked exceptions Java does not see declared.
      throw new FigureEngineException(
          "table " + name + " cannot be read as Parquet: " + location + condition(e), e);
    }
  }

  private static boolean exists(SparkSession session, String location) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
    try {
      return path.getFileSystem(session.sparkContext().hadoopConfiguration()).exists(path);
    } catch (IOException e) {
      throw new FigureEngineException("the tables' file system cannot be read: " + location, e);
    }
  }

  private static List<FigureRow> rows(SparkSession session, String file, String sql) {
    List<Row> result;
    try {
      result = session.sql(sql).collectAsList();
    } catch (Exception e) {
      // The condition names the kind of failure; Spark's message may quote values, so it stays in
      // the cause.
      throw new FigureEngineException("Spark failed on " + file + condition(e), e);
    }
    List<FigureRow> rows = new ArrayList<>(result.size());
    for (Row row : result) {
      rows.add(
          FigureRow.of(
              row.getAs("figure"),
              row.getAs("stratifier"),
              row.getAs("stratum"),
              row.getAs("n"),
              row.getAs("mean")));
    }
    return rows;
  }

  private static String condition(Exception e) {
    return e instanceof SparkThrowable spark && spark.getCondition() != null
        ? " (" + spark.getCondition() + ")"
        : "";
  }
}
