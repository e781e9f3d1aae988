package fi.tyokyky.statistics.cli;

import fi.tyokyky.statistics.tables.TableWriter;
import fi.tyokyky.statistics.view.ViewDefinition;
import fi.tyokyky.statistics.view.ViewDefinitionException;
import fi.tyokyky.statistics.view.ViewDefinitionReader;
import fi.tyokyky.statistics.view.ViewInputException;
import fi.tyokyky.statistics.view.ViewRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code views}: turns an NDJSON directory into the flat tables with the statistics module's {@link
 * TableWriter}: Parquet (what the figures' SQL reads) and CSV, one table per view. The views are
 * the package's own unless {@code --views} names a directory of ViewDefinitions ({@code *.json}).
 */
final class ViewsCommand {

  private final PrintStream out;

  ViewsCommand(PrintStream out, PrintStream err, Environment environment) {
    this.out = out;
  }

  int run(List<String> args) throws IOException {
    Options options = Options.parse(args, Set.of("in", "views", "out"), Set.of());
    run(
        options.path("in"),
        options.get("views") == null ? null : Path.of(options.get("views")),
        options.path("out"));
    return StatisticsCommand.EXIT_OK;
  }

  /**
   * Runs the views over {@code ndjson} into {@code tables}.
   *
   * @param views a directory of ViewDefinitions; null for the package's views
   */
  void run(Path ndjson, Path views, Path tables) throws IOException {
    if (!Files.isDirectory(ndjson)) {
      throw new UsageException("--in must be a directory of NDJSON files: " + ndjson);
    }
    TableWriter writer = views == null ? new TableWriter() : writer(views);
    TableWriter.Result result;
    try {
      result =
          writer.write(ndjson, tables, Set.of(TableWriter.Format.PARQUET, TableWriter.Format.CSV));
    } catch (ViewDefinitionException | ViewInputException e) {
      // Their messages name the view and place, or the line number, never the data.
      throw new CommandFailedException(StatisticsCommand.EXIT_FAILED, e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (IllegalStateException e) {
      throw new CommandFailedException(
          StatisticsCommand.EXIT_FAILED, "the tables could not be written: " + e.getMessage(), e);
    }
    result.resources().forEach((type, count) -> out.println(type + ": " + count + " resources"));
    result.rows().forEach((table, rows) -> out.println("table " + table + ": " + rows + " rows"));
    out.println("tables in " + tables);
  }

  private static TableWriter writer(Path views) throws IOException {
    if (!Files.isDirectory(views)) {
      throw new UsageException(
          "--views must be a directory of ViewDefinition JSON files: " + views);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(views)) {
      list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
    }
    if (files.isEmpty()) {
      throw new UsageException("no ViewDefinition (*.json) in " + views);
    }
    ViewDefinitionReader reader = new ViewDefinitionReader();
    List<ViewDefinition> definitions = new ArrayList<>();
    for (Path file : files) {
      try (InputStream json = Files.newInputStream(file)) {
        definitions.add(reader.read(json));
      } catch (ViewDefinitionException e) {
        throw new CommandFailedException(
            StatisticsCommand.EXIT_FAILED, file.getFileName() + ": " + e.getMessage(), e);
      }
    }
    try {
      return new TableWriter(
          new ViewRunner(), definitions, Runtime.getRuntime().availableProcessors());
    } catch (ViewDefinitionException | IllegalArgumentException e) {
      throw new CommandFailedException(StatisticsCommand.EXIT_FAILED, e.getMessage(), e);
    }
  }
}
