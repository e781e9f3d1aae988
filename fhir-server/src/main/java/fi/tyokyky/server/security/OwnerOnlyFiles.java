package fi.tyokyky.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files that hold keys or secrets so that only their owner can read them (POSIX 600) from
 * the moment they exist: the text goes to a new file created with those permissions, which then
 * replaces the target in one move. On file systems without POSIX permissions the file is written
 * with the defaults.
 */
public final class OwnerOnlyFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFiles() {}

  /** Writes {@code text} (UTF-8) to {@code file}, creating its directory if missing. */
  public static void write(Path file, String text) {
    try {
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Path temporary =
          posix()
              ? Files.createTempFile(
                  directory, ".tmp-", ".json", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
              : Files.createTempFile(directory, ".tmp-", ".json");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
      if (posix()) {
        // A file replaced by the move keeps the new file's permissions; this only repairs a file
        // someone loosened by hand.
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** The text of {@code file}, or null if there is no such file. */
  public static String readIfExists(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
