package fi.tyokyky.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the unpacked package that the build put on the test classpath. */
final class PackageResources {

  static final ObjectMapper JSON = new ObjectMapper();

  private PackageResources() {}

  /**
   * The text of a file of the package, e.g. {@code package.json} or {@code example/Bundle-x.json}.
   */
  static String read(String pathInPackage) {
    String path = TyokykyPackage.CLASSPATH_FOLDER + "/package/" + pathInPackage;
    try (InputStream in = PackageResources.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("not on the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String pathInPackage) {
    try {
      return JSON.readTree(read(pathInPackage));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File names listed in an {@code .index.json} ("" for the package, "example/" for examples). */
  static List<String> files(String folder) {
    List<String> files = new ArrayList<>();
    json(folder + ".index.json")
        .get("files")
        .forEach(f -> files.add(folder + f.get("filename").asText()));
    return files;
  }

  /** File names of one resource type in the package. */
  static List<String> files(String folder, String resourceType) {
    List<String> files = new ArrayList<>();
    json(folder + ".index.json")
        .get("files")
        .forEach(
            f -> {
              if (resourceType.equals(f.get("resourceType").asText())) {
                files.add(folder + f.get("filename").asText());
              }
            });
    return files;
  }
}
