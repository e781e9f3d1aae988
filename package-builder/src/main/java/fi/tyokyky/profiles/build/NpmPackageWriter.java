package fi.tyokyky.profiles.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Packs a folder laid out as an NPM FHIR package (its files under {@code package/}) into a {@code
 * .tgz} that NPM clients and HAPI's {@code NpmPackage} read.
 */
final class NpmPackageWriter {

  private NpmPackageWriter() {}

  /** Writes {@code root/package/**} into {@code tgz} with entry names starting {@code package/}. */
  static void tgz(Path root, Path tgz) throws IOException {
    Files.createDirectories(tgz.getParent());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root.resolve("package"))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(tgz);
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Path file : files) {
        String name = root.relativize(file).toString().replace('\\', '/');
        TarArchiveEntry entry = new TarArchiveEntry(file.toFile(), name);
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
      }
    }
  }
}
