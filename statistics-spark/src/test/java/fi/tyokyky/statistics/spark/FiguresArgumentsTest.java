package fi.tyokyky.statistics.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.tyokyky.statistics.figures.output.FigureFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The job's command line, without Spark. */
class FiguresArgumentsTest {

  private static final List<String> REQUIRED =
      List.of(
          "--tables",
          "hdfs:///release/tables",
          "--out",
          "figures",
          "--from",
          "2023-08-01",
          "--to",
          "2024-10-31");

  @Test
  void theRequiredOptionsGiveThePeriodForAllOrganisationsAndTheDefaultThreshold() {
    FiguresArguments arguments = FiguresArguments.parse(REQUIRED);

    assertThat(arguments.tables()).isEqualTo("hdfs:///release/tables");
    assertThat(arguments.out()).isEqualTo(Path.of("figures"));
    assertThat(arguments.query().period().start()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(arguments.query().period().end()).isEqualTo(LocalDate.of(2024, 10, 31));
    assertThat(arguments.query().organisation()).isNull();
    assertThat(arguments.policy().threshold()).isEqualTo(5);
  }

  @Test
  void anOrganisationAndAThresholdAreTaken() {
    FiguresArguments arguments =
        FiguresArguments.parse(
            with("--organisation", "1.2.246.10.99999997.1.10.0", "--threshold", "10"));

    assertThat(arguments.query().organisation().urn())
        .isEqualTo("urn:oid:1.2.246.10.99999997.1.10.0");
    assertThat(arguments.policy().threshold()).isEqualTo(10);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "--organisation, 1.2.3, --organisation must be a SOTE organisation OID",
    "--threshold, 0, '--threshold must be a whole number, at least 1'",
    "--threshold, five, '--threshold must be a whole number, at least 1'",
    "--min-cell, 5, unknown option --min-cell",
    "--from, 2023-08-01, --from given twice",
  })
  void aWrongOptionIsAUsageError(String option, String value, String message) {
    assertThatThrownBy(() -> FiguresArguments.parse(with(option, value)))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void aMissingOrMalformedPeriodIsAUsageError() {
    assertThatThrownBy(() -> FiguresArguments.parse(REQUIRED.subList(0, 6)))
        .isInstanceOf(UsageException.class)
        .hasMessage("--to is required");
    List<String> backwards = new ArrayList<>(REQUIRED);
    backwards.set(7, "2023-07-31");
    assertThatThrownBy(() -> FiguresArguments.parse(backwards))
        .hasMessage("--to must not be before --from");
    List<String> notADate = new ArrayList<>(REQUIRED);
    notADate.set(5, "1.8.2023");
    assertThatThrownBy(() -> FiguresArguments.parse(notADate))
        .hasMessage("--from and --to must be dates, YYYY-MM-DD");
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    assertThatThrownBy(() -> FiguresArguments.parse(with("--threshold")))
        .isInstanceOf(UsageException.class)
        .hasMessage("--threshold needs a value");
  }

  @Test
  void theCommandLineIsCheckedBeforeSparkIsAskedFor() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SparkFigures job =
        new SparkFigures(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new FigureFiles());

    int code =
        job.run(
            with("--threshold", "0"),
            () -> {
              throw new AssertionError("no session for a wrong command line");
            });

    assertThat(code).isEqualTo(SparkFigures.EXIT_USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: --threshold must be")
        .contains(FiguresArguments.USAGE);
  }

  private static List<String> with(String... more) {
    List<String> args = new ArrayList<>(REQUIRED);
    args.addAll(List.of(more));
    return args;
  }
}
