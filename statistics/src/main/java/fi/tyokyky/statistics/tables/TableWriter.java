package fi.tyokyky.statistics.tables;

import fi.tyokyky.statistics.view.CompiledView;
import fi.tyokyky.statistics.view.CsvRowSink;
import fi.tyokyky.statistics.view.OutputColumn;
import fi.tyokyky.statistics.view.RowSink;
import fi.tyokyky.statistics.view.ViewDefinition;
import fi.tyokyky.statistics.view.ViewRunner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns a Bulk Data NDJSON directory into the statistics' flat tables: runs every view over the
 * files of its resource type and writes one Parquet file ({@code <view name>.parquet}) and,
 * optionally, one CSV file ({@code <view name>.csv}) per view.
 *
 * <p>How: each resource type's files are read once, in one pass for all the views of that type
 * ({@link ViewRunner#runAll}); the rows go straight to a CSV file ({@link CsvRowSink}, dates cut to
 * their day); DuckDB, in process, then converts each CSV file to Parquet with {@code COPY ... TO}.
 * Both steps stream, so memory does not grow with the number of resources. Resource types run in
 * parallel on {@code threads} threads; DuckDB uses its own threads for the conversion. A view whose
 * resource type has no file gives an empty table with its columns.
 *
 * <p>The tables' SQL types are those of {@link ColumnTypes}. Thread-safe: a writer may run several
 * writes at once (into different output directories).
 */
public final class TableWriter {

  /** The output formats. */
  public enum Format {
    /** Apache Parquet, the tables the figures' SQL reads. */
    PARQUET,
    /** RFC 4180 CSV with a header row, as {@link CsvRowSink} writes it. */
    CSV
  }

  /** What a write produced: per view (by table name, in view order) the rows written. */
  public record Result(Map<String, Long> rows, Map<String, Long> resources) {
    /** Copies the maps. */
    public Result {
      rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
      resources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }
  }

  private final ViewRunner runner;
  private final List<CompiledView> views;
  private final int threads;

  /** A writer of the package's views ({@link PackageViews#all()}), one thread per processor. */
  public TableWriter() {
    this(new ViewRunner(), PackageViews.all(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param runner the view runner; not null
   * @param views the views, each giving one table named after it; not null, not empty, names
   *     distinct
   * @param threads how many resource types are read at once; at least 1
   * @throws fi.tyokyky.statistics.view.ViewDefinitionException if a view is invalid
   * @throws IllegalArgumentException if there are no views, two share a name, or threads is below 1
   */
  public TableWriter(ViewRunner runner, List<ViewDefinition> views, int threads) {
    this.runner = Objects.requireNonNull(runner, "runner");
    if (views.isEmpty() || threads < 1) {
      throw new IllegalArgumentException("at least one view and one thread are needed");
    }
    List<CompiledView> compiled = new ArrayList<>();
    for (ViewDefinition view : views) {
      if (compiled.stream().anyMatch(c -> c.name().equals(view.name()))) {
        throw new IllegalArgumentException("two views are named " + view.name());
      }
      compiled.add(runner.compile(view));
    }
    this.views = List.copyOf(compiled);
    this.threads = threads;
  }

  /**
   * Writes the tables.
   *
   * @param ndjson the NDJSON directory (see {@link NdjsonDirectory}); not null
   * @param output where the tables go, created if missing; existing tables of the same names are
   *     replaced; not null
   * @param formats the formats to write; not null, not empty
   * @return the rows per table and the resources read per type; never null
   * @throws fi.tyokyky.statistics.view.ViewInputException if an NDJSON line is not a resource
   * @throws fi.tyokyky.statistics.view.ViewDefinitionException if a view meets data it cannot
   *     represent
   * @throws UncheckedIOException if a file cannot be read or written
   * @throws IllegalStateException if DuckDB fails
   */
  public Result write(Path ndjson, Path output, Set<Format> formats) {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no format asked for");
    }
    NdjsonDirectory directory = new NdjsonDirectory(ndjson);
    Map<String, List<CompiledView>> byType = new LinkedHashMap<>();
    for (CompiledView view : views) {
      byType.computeIfAbsent(view.definition().resource(), t -> new ArrayList<>()).add(view);
    }
    Path csvDir = null;
    try {
      Files.createDirectories(output);
      csvDir = formats.contains(Format.CSV) ? output : Files.createTempDirectory(output, ".csv-");
      Map<String, Long> rows = new LinkedHashMap<>();
      Map<String, Long> resources = new LinkedHashMap<>();
      runViews(directory, byType, csvDir, rows, resources);
      if (formats.contains(Format.PARQUET)) {
        toParquet(csvDir, output);
      }
      Map<String, Long> ordered = new LinkedHashMap<>();
      views.forEach(v -> ordered.put(v.name(), rows.get(v.name())));
      return new Result(ordered, resources);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the tables into " + output + " failed", e);
    } finally {
      if (csvDir != null && !formats.contains(Format.CSV)) {
        deleteQuietly(csvDir);
      }
    }
  }

  private void runViews(
      NdjsonDirectory directory,
      Map<String, List<CompiledView>> byType,
      Path csvDir,
      Map<String, Long> rows,
      Map<String, Long> resources) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, byType.size()));
    try {
      Map<String, Future<List<ViewRunner.RunSummary>>> running = new LinkedHashMap<>();
      byType.forEach(
          (type, typeViews) ->
              running.put(
                  type, pool.submit(() -> runType(directory.files(type), typeViews, csvDir))));
      for (Map.Entry<String, Future<List<ViewRunner.RunSummary>>> entry : running.entrySet()) {
        List<ViewRunner.RunSummary> summaries = entry.getValue().get();
        List<CompiledView> typeViews = byType.get(entry.getKey());
        for (int i = 0; i < typeViews.size(); i++) {
          rows.put(typeViews.get(i).name(), summaries.get(i).rows());
        }
        resources.put(entry.getKey(), summaries.get(0).resources());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the tables", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("writing the tables failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs the views of one resource type over all its files, in one pass. */
  private List<ViewRunner.RunSummary> runType(
      List<Path> files, List<CompiledView> typeViews, Path csvDir) throws IOException {
    List<Writer> writers = new ArrayList<>();
    try {
      List<RowSink> sinks = new ArrayList<>();
      for (CompiledView view : typeViews) {
        Writer writer = Files.newBufferedWriter(csvDir.resolve(view.name() + ".csv"));
        writers.add(writer);
        sinks.add(new DayNormalisingSink(new CsvRowSink(writer)));
      }
      try (Reader ndjson = new InputStreamReader(concatenated(files), StandardCharsets.UTF_8)) {
        return runner.runAll(typeViews, ndjson, sinks);
      }
    } finally {
      for (Writer writer : writers) {
        writer.close();
      }
    }
  }

  /** The files one after the other, each followed by a line break, opened one at a time. */
  private static InputStream concatenated(List<Path> files) {
    Iterator<Path> next = files.iterator();
    Enumeration<InputStream> streams =
        new Enumeration<>() {
          private boolean separator;

          @Override
          public boolean hasMoreElements() {
            return separator || next.hasNext();
          }

          @Override
          public InputStream nextElement() {
            if (separator) {
              separator = false;
              return new ByteArrayInputStream(new byte[] {'\n'});
            }
            Path file = next.next();
            separator = true;
            try {
              InputStream in = Files.newInputStream(file);
              return NdjsonDirectory.gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
            } catch (IOException e) {
              throw new UncheckedIOException("opening " + file.getFileName() + " failed", e);
            }
          }
        };
    return new SequenceInputStream(streams);
  }

  /** Converts each view's CSV file into Parquet with DuckDB. */
  private void toParquet(Path csvDir, Path output) {
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duckdb.createStatement()) {
      for (CompiledView view : views) {
        Path parquet = output.resolve(view.name() + ".parquet");
        Path partial = output.resolve(view.name() + ".parquet.partial");
        sql.execute(
            "COPY (SELECT * FROM read_csv("
                + literal(csvDir.resolve(view.name() + ".csv"))
                + ", header = true, auto_detect = false, delim = ',', quote = '\"',"
                + " escape = '\"', columns = "
                + columnsStruct(view.columns())
                + ")) TO "
                + literal(partial)
                + " (FORMAT PARQUET)");
        Files.move(partial, parquet, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed to write a Parquet table", e);
    } catch (IOException e) {
      throw new UncheckedIOException("moving a Parquet table into place failed", e);
    }
  }

  private static String columnsStruct(List<OutputColumn> columns) {
    StringBuilder struct = new StringBuilder("{");
    for (OutputColumn column : columns) {
      if (struct.length() > 1) {
        struct.append(", ");
      }
      struct.append(literal(column.name())).append(": '").append(ColumnTypes.sqlType(column));
      struct.append('\'');
    }
    return struct.append('}').toString();
  }

  /** A SQL string literal. */
  static String literal(Object value) {
    return "'" + value.toString().replace("'", "''") + "'";
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary folder left behind holds no more than the tables themselves.
    }
  }
}
