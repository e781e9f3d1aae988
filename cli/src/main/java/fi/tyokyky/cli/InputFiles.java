package fi.tyokyky.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command's arguments into the files to validate: a file is taken as given (its kind by
 * extension, JSON for an unknown extension), a directory is walked recursively for {@code .json},
 * {@code .xml} and {@code .ndjson} files in name order. Paths that do not exist or cannot be listed
 * are collected as problems rather than thrown. Hidden files (name starting with a dot) in
 * directories are skipped.
 */
final class InputFiles {

  /** A file to validate and how to read it. */
  record Input(Path path, InputKind kind) {}

  private final List<Input> inputs = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private InputFiles() {}

  /** Expands the given paths. */
  static InputFiles expand(List<Path> paths) {
    InputFiles files = new InputFiles();
    for (Path path : paths) {
      files.add(path);
    }
    return files;
  }

  /** The files to validate, in argument order, each directory's files sorted by path. */
  List<Input> inputs() {
    return inputs;
  }

  /** One message per argument that could not be used (missing, unlistable). */
  List<String> problems() {
    return problems;
  }

  private void add(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            // Hidden files such as a package's .index.json are not resources.
            .filter(file -> !file.getFileName().toString().startsWith("."))
            .sorted()
            .forEach(
                file -> InputKind.of(file).ifPresent(kind -> inputs.add(new Input(file, kind))));
      } catch (IOException | UncheckedIOException e) {
        problems.add(path + ": cannot list the directory (" + e.getClass().getSimpleName() + ")");
      }
    } else if (Files.isRegularFile(path)) {
      inputs.add(new Input(path, InputKind.of(path).orElse(InputKind.JSON)));
    } else {
      problems.add(path + ": no such file or directory");
    }
  }
}
