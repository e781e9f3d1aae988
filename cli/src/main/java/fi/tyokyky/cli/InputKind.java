package fi.tyokyky.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the command validates, told apart by file name extension. */
enum InputKind {
  /** One FHIR resource in JSON. */
  JSON(".json"),
  /** One FHIR resource in XML. */
  XML(".xml"),
  /** Newline-delimited JSON: one FHIR resource per line, blank lines ignored. */
  NDJSON(".ndjson");

  private final String extension;

  InputKind(String extension) {
    this.extension = extension;
  }

  /** The kind of a file by its extension (ignoring case), or empty for any other file. */
  static Optional<InputKind> of(Path file) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (InputKind kind : values()) {
      if (name.endsWith(kind.extension)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
