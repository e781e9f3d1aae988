package fi.tyokyky.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line validator, run in-process on temporary files with its output captured. */
class ValidateCommandTest {

  private static TyokykyValidator validator;
  private static String validPatient;
  private static String invalidPatient;

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void buildValidatorOnce() {
    validator = TyokykyValidator.create();
    validPatient = read("valid/tyokyky-patient.json");
    invalidPatient = read("invalid/tyokyky-patient-hetu-check-character.json");
  }

  @Test
  void validFilesGiveExitCodeZeroAndAReportPerFile() throws IOException {
    Path file = write("patient.json", validPatient);

    int exit = run(file.toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_VALID);
    assertThat(out())
        .contains(file + ": VALID (0 errors,")
        .contains("1 file, 1 resource: 1 valid, 0 invalid, 0 unusable");
  }

  @Test
  void anInvalidFileGivesExitCodeOneWithSeverityLocationAndMessage() throws IOException {
    write("a/valid.json", validPatient);
    write("a/b/invalid.json", invalidPatient);

    int exit = run(dir.toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_INVALID);
    assertThat(out())
        .contains(dir.resolve("a/b/invalid.json") + ": INVALID (1 error,")
        .contains("  ERROR Patient.identifier[0] (line")
        .contains("Constraint failed: tk-hetu")
        .contains("[tk-hetu]")
        .contains("2 files, 2 resources: 1 valid, 1 invalid, 0 unusable");
  }

  @Test
  void directoriesAreWalkedForJsonXmlAndNdjsonOnly() throws IOException {
    write("x/patient.json", validPatient);
    write("x/deeper/patient.xml", toXml(validPatient));
    write("x/notes.txt", "not a resource");
    write("x/.index.json", "{\"index-version\": 1}");

    int exit = run(dir.resolve("x").toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_VALID);
    assertThat(out())
        .contains("patient.xml: VALID")
        .doesNotContain("notes.txt")
        .doesNotContain(".index.json")
        .contains("2 files, 2 resources: 2 valid");
  }

  @Test
  void ndjsonIsValidatedLineByLineWithLineNumbers() throws IOException {
    Path file =
        write("bulk.ndjson", oneLine(validPatient) + "\n\n" + oneLine(invalidPatient) + "\n");

    int exit = run(file.toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_INVALID);
    assertThat(out())
        .contains(file + " line 1: VALID")
        .contains(file + " line 3: INVALID")
        .contains("1 file, 2 resources: 1 valid, 1 invalid, 0 unusable");
  }

  @Test
  void quietPrintsOnlyInvalidResourcesTheirErrorsAndTheSummary() throws IOException {
    write("valid.json", validPatient);
    Path invalid = write("invalid.json", invalidPatient);

    int exit = run("--quiet", dir.toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_INVALID);
    assertThat(out())
        .doesNotContain("valid.json: VALID")
        .doesNotContain("WARNING")
        .contains(invalid + ": INVALID")
        .contains("ERROR Patient.identifier[0]")
        .contains("2 files, 2 resources: 1 valid, 1 invalid, 0 unusable");
  }

  @Test
  void garbageContentIsUnusableAndWinsOverInvalid() throws IOException {
    write("invalid.json", invalidPatient);
    Path garbage = write("garbage.json", "this is not json");
    Path brokenXml = write("broken.xml", "<Patient xmlns=\"http://hl7.org/fhir\">");

    int exit = run(dir.toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_UNUSABLE);
    assertThat(out())
        .contains(garbage + ": UNUSABLE")
        .contains(brokenXml + ": UNUSABLE")
        .contains("FATAL")
        .contains("3 files, 1 resource: 0 valid, 1 invalid, 2 unusable");
  }

  @Test
  void aFileThatIsNotUtf8IsUnusable() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xE4, '"', '}'});

    int exit = run(file.toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_UNUSABLE);
    assertThat(out()).contains(file + ": UNUSABLE, not UTF-8 text");
  }

  @Test
  void aMissingPathIsUnusable() {
    int exit = run(dir.resolve("no-such-file.json").toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_UNUSABLE);
    assertThat(err()).contains("no-such-file.json: no such file or directory");
  }

  @Test
  void noArgumentsOrAnUnknownOptionPrintUsageAndGiveTwo() {
    assertThat(run()).isEqualTo(ValidateCommand.EXIT_UNUSABLE);
    assertThat(err()).contains("Usage: java -jar");
    assertThat(run("--colour", dir.toString())).isEqualTo(ValidateCommand.EXIT_UNUSABLE);
    assertThat(err()).contains("Unknown option --colour");
  }

  @Test
  void progressGoesToStandardErrorOnLargeInputs() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      lines.append(oneLine(validPatient)).append('\n');
    }
    Path file = write("many.ndjson", lines.toString());
    ValidateCommand command =
        new ValidateCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            () -> validator,
            2,
            Long.MAX_VALUE);

    int exit = command.run(file.toString());

    assertThat(exit).isEqualTo(ValidateCommand.EXIT_VALID);
    assertThat(err())
        .contains("... 2 resources validated, 0 invalid so far")
        .contains("... 4 resources validated, 0 invalid so far");
    assertThat(out()).doesNotContain("resources validated,");
  }

  @Test
  void personalDataDoesNotReachTheReport() throws IOException {
    // HAPI quotes an invalid date in its message; here the date is an identity code.
    String patient =
        oneLine(validPatient)
            .replace("\"birthDate\":\"1980-01-01\"", "\"birthDate\":\"010180-9004\"");
    assertThat(patient).contains("010180-9004");
    Path file = write("echo.json", patient);

    run(file.toString());

    assertThat(out())
        .contains("Not a valid date format: '[redacted]'")
        .doesNotContain("010180-9004");
  }

  private int run(String... args) {
    ValidateCommand command =
        new ValidateCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            () -> validator,
            1000,
            Long.MAX_VALUE);
    return command.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static String oneLine(String json) {
    var context = validator.fhirContext();
    return context
        .newJsonParser()
        .setPrettyPrint(false)
        .encodeResourceToString(context.newJsonParser().parseResource(json));
  }

  private static String toXml(String json) {
    var context = validator.fhirContext();
    return context
        .newXmlParser()
        .encodeResourceToString(context.newJsonParser().parseResource(json));
  }

  private static String read(String path) {
    try (InputStream in = ValidateCommandTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "Not on the classpath: " + path + " (package " + TyokykyPackage.reference() + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
