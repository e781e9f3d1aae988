package fi.tyokyky.profiles;

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
 * The one listing of the package's test fixtures, {@code valid/*.json} and {@code invalid/*.json}
 * (and of any other classpath folder of JSON files, such as the package's examples). It is in this
 * module's test-jar, so that the library's and the server's tests judge exactly the fixtures that
 * this module's tests check, read from a directory here and from the jar there. Folders are listed
 * whole, not through an index, so that a fixture added is a fixture covered. Plain Java: it adds
 * nothing to the classpath of those who use it.
 */
public final class PackageFixtures {

  /** The classpath folder of the fixtures that must validate without an error. */
  public static final String VALID = "valid";

  /**
   * The classpath folder of the fixtures that must each raise the issue {@code fixtures.csv} names.
   */
  public static final String INVALID = "invalid";

  private PackageFixtures() {}

  /**
   * The classpath paths ({@code folder/name.json}) of the JSON files directly in a classpath
   * folder, sorted; hidden files are left out.
   *
   * @param folder a classpath folder, without leading or trailing slash; not null
   * @return never null
   * @throws IllegalStateException if the folder is not on the classpath
   */
  public static List<String> jsonFiles(String folder) {
    URL url = PackageFixtures.class.getClassLoader().getResource(folder);
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
            String file = name.substring(Math.min(prefix.length(), name.length()));
            if (name.startsWith(prefix) && isJson(file) && name.indexOf('/', prefix.length()) < 0) {
              names.add(name);
            }
          }
        }
      } else {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
          files
              .map(path -> path.getFileName().toString())
              .filter(PackageFixtures::isJson)
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

  /**
   * The text (UTF-8) of a classpath resource.
   *
   * @param path a classpath path as {@link #jsonFiles} gives it; not null
   * @return never null
   * @throws IllegalStateException if it is not on the classpath
   */
  public static String read(String path) {
    try (InputStream in = PackageFixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Not on the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file name of a classpath path, e.g. for test names.
   *
   * @param path a classpath path; not null
   * @return the part after the last slash; never null
   */
  public static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static boolean isJson(String name) {
    return name.endsWith(".json") && !name.startsWith(".");
  }
}
