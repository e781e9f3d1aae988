package fi.tyokyky.statistics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code all}: export from a server into {@code OUT/ndjson}, the views into {@code OUT/tables}, the
 * suppressed figures into {@code OUT/figures}, stopping at the first step that fails.
 */
final class AllCommand {

  private final PrintStream out;
  private final PrintStream err;
  private final Environment environment;
  private final FiguresCommand figures;

  AllCommand(PrintStream out, PrintStream err, Environment environment, FiguresCommand figures) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.figures = figures;
  }

  int run(List<String> args) throws IOException {
    Set<String> valued = new HashSet<>(ExportCommand.OPTIONS);
    valued.addAll(Set.of("views", "from", "to", "threshold"));
    Options options = Options.parse(args, valued, Set.of());
    Path root = options.path("out");
    Path views = options.get("views") == null ? null : Path.of(options.get("views"));
    var period = FiguresCommand.period(options);
    var policy = FiguresCommand.policy(options);
    Path ndjson = root.resolve("ndjson");
    Path tables = root.resolve("tables");
    err.println("1/3 export");
    new ExportCommand(out, err, environment).export(options, ndjson);
    err.println("2/3 views");
    new ViewsCommand(out, err, environment).run(ndjson, views, tables);
    err.println("3/3 figures");
    figures.run(tables, root.resolve("figures"), period, policy);
    return StatisticsCommand.EXIT_OK;
  }
}
