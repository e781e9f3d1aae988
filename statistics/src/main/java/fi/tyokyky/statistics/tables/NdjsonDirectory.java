package fi.tyokyky.statistics.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The NDJSON files of a Bulk Data export directory, by resource type: {@code Patient.ndjson}, or
 * several parts such as {@code Patient.000.ndjson}, {@code Patient.001.ndjson} (also {@code
 * Patient-1.ndjson} and {@code Patient_1.ndjson}); a {@code .gz} suffix means gzip. Other files
 * (the manifest, the output of the tables) are ignored.
 */
public final class NdjsonDirectory {

  private static final Pattern FILE =
      Pattern.compile("^([A-Z][A-Za-z]+)(?:[._-][A-Za-z0-9]+)?\\.ndjson(\\.gz)?$");

  private final Path directory;

  /**
   * @param directory the directory; not null
   */
  public NdjsonDirectory(Path directory) {
    this.directory = directory;
  }

  /** The directory; never null. */
  public Path directory() {
    return directory;
  }

  /**
   * The files of one resource type, sorted by name.
   *
   * @param resourceType e.g. {@code Observation}; not null
   * @return the files; never null, empty when there are none
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public List<Path> files(String resourceType) {
    try (Stream<Path> list = Files.list(directory)) {
      return list.filter(Files::isRegularFile)
          .filter(f -> resourceType.equals(typeOf(f)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + directory + " failed", e);
    }
  }

  /** The resource type a file holds by its name, or null if the name is not an NDJSON file's. */
  static String typeOf(Path file) {
    Matcher m = FILE.matcher(file.getFileName().toString());
    return m.matches() ? m.group(1) : null;
  }

  /** Whether the file is gzip-compressed, by its name. */
  static boolean gzipped(Path file) {
    return file.getFileName().toString().endsWith(".gz");
  }
}
