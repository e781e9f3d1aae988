package fi.tyokyky.statistics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.statistics.cohort.CohortGenerator;
import fi.tyokyky.statistics.cohort.EdgeCohortPlans;
import fi.tyokyky.statistics.figures.FigureSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsCommandTest {

  /** A view of the clients: id, gender and birth date. */
  static final String PATIENT_VIEW =
      """
      {"resourceType": "ViewDefinition", "name": "clients", "resource": "Patient", "status": "active",
       "select": [{"column": [
         {"name": "id", "path": "getResourceKey()", "type": "id"},
         {"name": "gender", "path": "gender", "type": "code"},
         {"name": "birth_date", "path": "birthDate", "type": "date"}]}]}
      """;

  @TempDir Path temp;

  /**
   * The arguments of {@code figures} over the tables in {@code tables} for {@code from} to {@code
   * to}, written to {@code out}, followed by {@code more} options.
   */
  private static String[] figures(Path tables, Path out, String from, String to, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "figures",
            "--tables",
            tables.toString(),
            "--out",
            out.toString(),
            "--from",
            from,
            "--to",
            to));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void withoutACommandItPrintsTheUsageAndExitsWith2() {
    Console console = new Console();

    assertThat(console.run()).isEqualTo(StatisticsCommand.EXIT_USAGE);
    assertThat(console.err()).contains("Usage:");
    assertThat(console.run("frobnicate")).isEqualTo(StatisticsCommand.EXIT_USAGE);
    assertThat(console.err()).contains("unknown command 'frobnicate'");
    assertThat(console.run("cohort", "--out", temp.toString(), "--plan", "scaled:x"))
        .isEqualTo(StatisticsCommand.EXIT_USAGE);
    assertThat(console.err()).contains("--plan scaled:N needs a whole number N");
    assertThat(console.run("cohort")).isEqualTo(StatisticsCommand.EXIT_USAGE);
    assertThat(console.err()).contains("--out is required");
    assertThat(console.run("cohort", "--out", "x", "--out", "y"))
        .isEqualTo(StatisticsCommand.EXIT_USAGE);
    assertThat(console.err()).contains("--out given twice");
  }

  @Test
  void cohortWritesNdjsonAndPrintsTheSeed() throws IOException {
    Console console = new Console();

    int code =
        console.run(
            "cohort", "--out", temp.toString(), "--plan", "edge-cell-of-five", "--seed", "7");

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_OK);
    assertThat(console.out()).contains("cohort seed 7: 17 clients", "Patient 17");
    assertThat(Files.readAllLines(temp.resolve("Patient.ndjson"))).hasSize(17);
    assertThat(console.err()).contains("... 17 of 17 clients");
  }

  @Test
  void cohortWritesTransactionBundles() throws IOException {
    Console console = new Console();

    int code =
        console.run(
            "cohort",
            "--out",
            temp.toString(),
            "--plan",
            "edge-cell-of-four",
            "--format",
            "bundles");

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_OK);
    long examinations = EdgeCohortPlans.cellOfFour().examinations();
    assertThat(Files.readAllLines(temp.resolve("transactions.ndjson"))).hasSize((int) examinations);
    assertThat(console.out()).contains("cohort seed " + EdgeCohortPlans.SEED);
  }

  @Test
  void viewsTurnTheNdjsonIntoOneTablePerView() throws IOException {
    Path ndjson = temp.resolve("ndjson");
    Path views = Files.createDirectories(temp.resolve("views"));
    Path tables = temp.resolve("tables");
    Files.writeString(views.resolve("clients.json"), PATIENT_VIEW);
    Console console = new Console();
    assertThat(console.run("cohort", "--out", ndjson.toString(), "--plan", "edge-cell-of-five"))
        .isZero();

    int code =
        console.run(
            "views",
            "--in",
            ndjson.toString(),
            "--views",
            views.toString(),
            "--out",
            tables.toString());

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_OK);
    var rows = Files.readAllLines(tables.resolve("clients.csv"), StandardCharsets.UTF_8);
    assertThat(rows.get(0)).isEqualTo("id,gender,birth_date");
    assertThat(rows).hasSize(18);
    assertThat(rows.stream().filter(r -> r.contains(",male,"))).hasSize(5);
    assertThat(console.out()).contains("table clients: 17 rows");
    assertThat(tables.resolve("clients.parquet")).exists();
  }

  @Test
  void aBrokenViewIsAFailureNamingTheFile() throws IOException {
    Path views = Files.createDirectories(temp.resolve("views"));
    Files.writeString(
        views.resolve("broken.json"), PATIENT_VIEW.replace("\"select\"", "\"selekt\""));
    Console console = new Console();

    int code =
        console.run(
            "views",
            "--in",
            temp.toString(),
            "--views",
            views.toString(),
            "--out",
            temp.resolve("t").toString());

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_FAILED);
    assertThat(console.err()).contains("broken.json");
  }

  @Test
  void figuresAreSuppressedAndWrittenInThreeFormats() throws IOException {
    FigureSet raw = new CohortGenerator().cohort(EdgeCohortPlans.cellOfFour()).knownFigures();
    Path tables = Files.createDirectories(temp.resolve("tables"));
    Path out = temp.resolve("figures");
    Console console = new Console();

    int code =
        console.run(() -> (dir, period) -> raw, figures(tables, out, "2025-01-01", "2025-12-31"));

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_OK);
    String csv = Files.readString(out.resolve(FiguresCommand.CSV));
    assertThat(csv)
        .contains("consultation-contacts-by-source,source,kela,count,,,true")
        .contains("consultation-contacts-by-source,source,third-sector,count,,,true")
        .contains(
            "consultation-contacts-by-source,source,municipal-employment-services,count,35,,false");
    assertThat(Files.readString(out.resolve(FiguresCommand.MEASURE_REPORTS))).contains("masked");
    assertThat(Files.readString(out.resolve(FiguresCommand.JSON)))
        .containsPattern("\"suppressed\"\\s*:\\s*true");
    assertThat(console.out()).contains("small cells (below 5) suppressed");
  }

  @Test
  void withoutTablesFiguresFailAndBadOptionsAreUsageErrors() throws IOException {
    Path tables = Files.createDirectories(temp.resolve("tables"));
    Console console = new Console();

    int code = console.run(figures(tables, temp.resolve("f"), "2025-01-01", "2025-12-31"));

    assertThat(code).isEqualTo(StatisticsCommand.EXIT_FAILED);
    assertThat(console.err()).contains("the figures could not be computed");
    assertThat(console.run(figures(tables, Path.of("f"), "2025-13-01", "2025-12-31")))
        .isEqualTo(StatisticsCommand.EXIT_USAGE);
    assertThat(
            console.run(
                figures(tables, Path.of("f"), "2025-01-01", "2025-12-31", "--threshold", "0")))
        .isEqualTo(StatisticsCommand.EXIT_USAGE);
  }

  @Test
  void cohortThenViewsThenFiguresGiveThePilotsFiguresSuppressed() throws IOException {
    Path ndjson = temp.resolve("ndjson");
    Path tables = temp.resolve("tables");
    Path out = temp.resolve("figures");
    Console console = new Console();

    assertThat(console.run("cohort", "--plan", "pilot", "--out", ndjson.toString())).isZero();
    assertThat(console.run("views", "--in", ndjson.toString(), "--out", tables.toString()))
        .as(console.err())
        .isZero();
    int code = console.run(figures(tables, out, "2023-08-01", "2024-10-31"));

    assertThat(code).as(console.err()).isEqualTo(StatisticsCommand.EXIT_OK);
    String csv = Files.readString(out.resolve(FiguresCommand.CSV));
    assertThat(csv)
        .contains(
            "clients-seen-by-coordinator,,,count,138,,false",
            "visits,,,count,172,,false",
            "consultation-contacts-by-source,,,count,322,,false",
            "consultation-contacts-by-source,source,municipal-employment-services,count,162,,false",
            "clients-seen-by-physician,,,count,146,,false",
            "clients-per-year,,,count,199,,false",
            "network-participation-by-organisation-type,organisation-type,kela,count,30,,false",
            "network-participation-by-organisation-type,organisation-type,other-health-care,count,,,true");
  }
}
