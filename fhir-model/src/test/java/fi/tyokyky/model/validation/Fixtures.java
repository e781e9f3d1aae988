package fi.tyokyky.model.validation;

import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The package's test fixtures and examples on the test classpath: {@code valid/*.json} and {@code
 * invalid/*.json} from the profiles test-jar, and the package examples from the profiles jar.
 * Folders are listed whole (not through an index), so that every fixture is covered.
 */
final class Fixtures {

  static final String VALID = "valid";
  static final String INVALID = "invalid";
  static final String EXAMPLES = TyokykyPackage.CLASSPATH_FOLDER + "/package/example";
  static final String COMPLETE_EXAMINATION = EXAMPLES + "/Bundle-complete-examination.json";

  private Fixtures() {}

  /** Classpath paths of the JSON files directly in a classpath folder, sorted. */
  static List<String> jsonFiles(String folder) {
    URL url = Fixtures.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalStateException("Not on the classpath: " + folder);
    }
    List<String> names = new ArrayList<>();
    try {
      if ("jar".equals(url.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          String prefix = folder + "/";
          for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(prefix)
                && name.endsWith(".json")
                && name.indexOf('/', prefix.length()) < 0) {
              names.add(name);
            }
          }
        }
      } else {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
          files
              .map(path -> path.getFileName().toString())
              .filter(name -> name.endsWith(".json") && !name.startsWith("."))
              .forEach(name -> names.add(folder + "/" + name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Collections.sort(names);
    return names;
  }

  /** The text of a classpath resource. */
  static String read(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Not on the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name of a classpath path, for test names. */
  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
