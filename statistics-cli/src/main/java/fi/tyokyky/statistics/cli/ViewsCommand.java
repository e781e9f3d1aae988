package fi.tyokyky.statistics.cli;

import fi.tyokyky.statistics.view.CompiledView;
import fi.tyokyky.statistics.view.CsvRowSink;
import fi.tyokyky.statistics.view.ViewDefinitionException;
import fi.tyokyky.statistics.view.ViewDefinitionReader;
import fi.tyokyky.statistics.view.ViewInputException;
import fi.tyokyky.statistics.view.ViewRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code views}: runs every ViewDefinition ({@code *.json}) of a directory over the NDJSON of its
 * resource type ({@code <Type>.ndjson}; a missing file is no resources) and writes one table per
 * view, {@code <view name>.csv}, with the statistics module's streaming {@link ViewRunner}.
 *
 * <p>The tables are CSV for now: once the statistics module's Parquet table writer is there, it
 * replaces {@link CsvRowSink} here (the one place that chooses the sink, {@link #sink}).
 */
final class ViewsCommand {

  private final PrintStream out;
  private final PrintStream err;

  ViewsCommand(PrintStream out, PrintStream err, Environment environment) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) throws IOException {
    Options options = Options.parse(args, Set.of("in", "views", "out"), Set.of());
    run(options.path("in"), options.path("views"), options.path("out"));
    return StatisticsCommand.EXIT_OK;
  }

  /** Runs the views of {@code views} over {@code ndjson} into {@code tables}. */
  void run(Path ndjson, Path views, Path tables) throws IOException {
    if (!Files.isDirectory(ndjson)) {
      throw new UsageException("--in must be a directory of NDJSON files: " + ndjson);
    }
    List<Path> definitions = definitions(views);
    Files.createDirectories(tables);
    ViewRunner runner = new ViewRunner();
    ViewDefinitionReader reader = new ViewDefinitionReader();
    for (Path definition : definitions) {
      CompiledView view;
      try (InputStream json = Files.newInputStream(definition)) {
        view = runner.compile(reader.read(json));
      } catch (ViewDefinitionException e) {
        throw new CommandFailedException(
            StatisticsCommand.EXIT_FAILED, definition.getFileName() + ": " + e.getMessage(), e);
      }
      Path input = ndjson.resolve(view.definition().resource() + ".ndjson");
      Path table = tables.resolve(view.name() + ".csv");
      ViewRunner.RunSummary summary;
      try (Reader in =
              Files.exists(input)
                  ? Files.newBufferedReader(input, StandardCharsets.UTF_8)
                  : new StringReader("");
          Writer csv = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
        summary = runner.run(view, in, sink(csv));
      } catch (ViewDefinitionException | ViewInputException e) {
        throw new CommandFailedException(
            StatisticsCommand.EXIT_FAILED, "view " + view.name() + ": " + e.getMessage(), e);
      }
      out.println(
          "view "
              + view.name()
              + ": "
              + summary.resources()
              + " resources, "
              + summary.rows()
              + " rows -> "
              + table);
      err.flush();
    }
  }

  private static CsvRowSink sink(Writer csv) {
    return new CsvRowSink(csv);
  }

  private static List<Path> definitions(Path views) throws IOException {
    if (!Files.isDirectory(views)) {
      throw new UsageException(
          "--views must be a directory of ViewDefinition JSON files: " + views);
    }
    List<Path> definitions = new ArrayList<>();
    try (Stream<Path> files = Files.list(views)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .forEach(definitions::add);
    }
    if (definitions.isEmpty()) {
      throw new UsageException("no ViewDefinition (*.json) in " + views);
    }
    return definitions;
  }
}
