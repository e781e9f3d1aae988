package fi.tyokyky.cli;

import fi.tyokyky.cli.InputFiles.Input;
import fi.tyokyky.model.validation.TyokykyValidator;
import fi.tyokyky.model.validation.ValidationIssue;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import fi.tyokyky.model.validation.ValidationResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Command-line validator: checks FHIR files against the Työkyky profiles, offline.
 *
 * <pre>
 * java -jar tyokyky-cli-&lt;version&gt;.jar [--quiet] &lt;file-or-directory&gt;...
 * </pre>
 *
 * <p>Validates {@code .json} and {@code .xml} files (one resource each) and {@code .ndjson} files
 * (one resource per line); directories are walked recursively. For each file it prints whether it
 * is valid and every issue with its severity, location and message, for NDJSON with the line
 * number; then a summary line. With {@code --quiet} only invalid or unusable resources and their
 * errors are printed, and the summary. On large inputs a progress line goes to standard error every
 * 1000 resources or every 2 seconds.
 *
 * <p>Exit code: {@value #EXIT_VALID} when everything is valid (warnings allowed), {@value
 * #EXIT_INVALID} when a resource is invalid, {@value #EXIT_UNUSABLE} when the input cannot be used:
 * no arguments, a path that does not exist, a file that cannot be read as UTF-8, content that is
 * not JSON or XML (a fatal issue). Unusable input wins over invalid.
 */
public final class ValidateCommand {

  /** Everything was valid. */
  public static final int EXIT_VALID = 0;

  /** At least one resource was invalid. */
  public static final int EXIT_INVALID = 1;

  /** The input could not be used (see the class comment). */
  public static final int EXIT_UNUSABLE = 2;

  static final String USAGE =
      "Usage: java -jar tyokyky-cli.jar [--quiet] <file-or-directory>...\n"
          + "Validates .json, .xml and .ndjson FHIR files against the Työkyky profiles (offline).\n"
          + "Exit code: 0 all valid, 1 some invalid, 2 unusable input.";

  private static final int PROGRESS_EVERY_RESOURCES = 1000;
  private static final long PROGRESS_EVERY_MILLIS = 2000;

  private final PrintStream out;
  private final PrintStream err;
  private final Supplier<TyokykyValidator> validatorFactory;
  private final int progressEveryResources;
  private final long progressEveryMillis;

  /**
   * A command that builds its own validator (with defaults) when it has something to validate.
   *
   * @param out where the report goes; not null
   * @param err where usage, progress and read problems go; not null
   */
  public ValidateCommand(PrintStream out, PrintStream err) {
    this(out, err, TyokykyValidator::create, PROGRESS_EVERY_RESOURCES, PROGRESS_EVERY_MILLIS);
  }

  /** For tests: a given validator and progress interval. */
  ValidateCommand(
      PrintStream out,
      PrintStream err,
      Supplier<TyokykyValidator> validatorFactory,
      int progressEveryResources,
      long progressEveryMillis) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.validatorFactory = Objects.requireNonNull(validatorFactory, "validatorFactory");
    this.progressEveryResources = progressEveryResources;
    this.progressEveryMillis = progressEveryMillis;
  }

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    quietenLibraryLogging();
    int exitCode = new ValidateCommand(System.out, System.err).run(args);
    System.out.flush();
    System.exit(exitCode);
  }

  /**
   * Runs the command without exiting.
   *
   * @param args options and paths; not null
   * @return the exit code ({@link #EXIT_VALID}, {@link #EXIT_INVALID} or {@link #EXIT_UNUSABLE})
   */
  public int run(String... args) {
    boolean quiet = false;
    List<Path> paths = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--quiet") || arg.equals("-q")) {
        quiet = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return EXIT_VALID;
      } else if (arg.startsWith("-") && arg.length() > 1) {
        err.println("Unknown option " + arg);
        err.println(USAGE);
        return EXIT_UNUSABLE;
      } else {
        paths.add(Path.of(arg));
      }
    }
    if (paths.isEmpty()) {
      err.println(USAGE);
      return EXIT_UNUSABLE;
    }

    InputFiles files = InputFiles.expand(paths);
    Tally tally = new Tally();
    for (String problem : files.problems()) {
      err.println(problem);
      tally.unusable();
    }
    if (!files.inputs().isEmpty()) {
      long start = System.nanoTime();
      Run run =
          new Run(
              validatorFactory,
              quiet,
              tally,
              new Progress(
                  err, progressEveryResources, progressEveryMillis, System::currentTimeMillis));
      for (Input input : files.inputs()) {
        run.validate(input);
      }
      out.printf("%s (%.1f s)%n", tally.summary(), (System.nanoTime() - start) / 1e9);
    } else {
      out.println(tally.summary());
    }
    return tally.exitCode();
  }

  /** Keeps HAPI's log lines off the console when no logging backend is on the class path. */
  private static void quietenLibraryLogging() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "WARN");
      }
    }
  }

  /** One run over the inputs: validates and reports. */
  private final class Run {
    private final Supplier<TyokykyValidator> validatorFactory;
    private final boolean quiet;
    private final Tally tally;
    private final Progress progress;
    private TyokykyValidator validator;

    Run(
        Supplier<TyokykyValidator> validatorFactory,
        boolean quiet,
        Tally tally,
        Progress progress) {
      this.validatorFactory = validatorFactory;
      this.quiet = quiet;
      this.tally = tally;
      this.progress = progress;
    }

    void validate(Input input) {
      tally.file();
      try {
        if (input.kind() == InputKind.NDJSON) {
          validateLines(input.path());
        } else {
          String text = Files.readString(input.path(), StandardCharsets.UTF_8);
          report(input.path().toString(), validator().validate(text));
        }
      } catch (CharacterCodingException e) {
        unreadable(input.path(), "not UTF-8 text");
      } catch (IOException e) {
        unreadable(input.path(), "cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }

    private void validateLines(Path file) throws IOException {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int lineNumber = 0;
        String line;
        boolean any = false;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          if (!line.isBlank()) {
            any = true;
            report(file + " line " + lineNumber, validator().validate(line));
          }
        }
        if (!any) {
          unreadable(file, "holds no resource");
        }
      }
    }

    /** Built on first use: it takes seconds, and unreadable input needs none. */
    private TyokykyValidator validator() {
      if (validator == null) {
        validator = validatorFactory.get();
      }
      return validator;
    }

    private void unreadable(Path file, String reason) {
      tally.unusable();
      out.println(file + ": UNUSABLE, " + reason);
    }

    private void report(String what, ValidationResult result) {
      boolean unusable = result.issues().stream().anyMatch(i -> i.severity() == Severity.FATAL);
      if (unusable) {
        tally.unusable();
      } else if (result.isValid()) {
        tally.valid();
      } else {
        tally.invalid();
      }
      progress.update(tally);
      if (quiet && result.isValid()) {
        return;
      }
      out.println(what + ": " + verdict(result, unusable));
      for (ValidationIssue issue : result.issues()) {
        if (!quiet || issue.isError()) {
          out.println("  " + issue);
        }
      }
    }

    private String verdict(ValidationResult result, boolean unusable) {
      long errors = result.errors().size();
      long others = result.issues().size() - errors;
      String counts =
          " ("
              + errors
              + (errors == 1 ? " error, " : " errors, ")
              + others
              + (others == 1 ? " warning or note)" : " warnings or notes)");
      if (unusable) {
        return "UNUSABLE" + counts;
      }
      return (result.isValid() ? "VALID" : "INVALID") + counts;
    }
  }
}
