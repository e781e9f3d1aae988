package fi.tyokyky.profiles.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts the package's SQL-on-FHIR ViewDefinitions into the package's {@code other/} folder.
 *
 * <p>A ViewDefinition is a logical model of SQL-on-FHIR v2, not an R4 resource type, so it cannot
 * sit among the package's resources (HAPI could not parse it, and a package's {@code .index.json}
 * lists resources only). The NPM package convention keeps such files under {@code other/}; this
 * class copies them there as {@code ViewDefinition-<name>.json} and writes {@code
 * other/view-definitions.json}, which lists each file with its view name and resource type, so that
 * a reader finds them without listing a folder of a jar.
 */
final class ViewDefinitionFiles {

  /** The index file in {@code other/}. */
  static final String INDEX = "view-definitions.json";

  /** A view name as the SQL-on-FHIR specification recommends: usable as a database table name. */
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]*$");

  private ViewDefinitionFiles() {}

  /**
   * Copies every {@code *.json} of {@code views} into {@code packageDir/other/} and writes the
   * index.
   *
   * @param views the folder of ViewDefinition JSON files, each named {@code <name>.json}; not null
   * @param packageDir the package's {@code package/} folder; not null
   * @return how many views were copied
   * @throws IllegalStateException if a file is not a ViewDefinition, lacks a name or resource, or
   *     its name differs from the file name
   */
  static int copy(Path views, Path packageDir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Path other = Files.createDirectories(packageDir.resolve("other"));
    ObjectNode index = mapper.createObjectNode();
    ArrayNode entries = index.putArray("views");
    List<Path> files;
    try (Stream<Path> list = Files.list(views)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode view = mapper.readTree(file.toFile());
      String fileName = file.getFileName().toString();
      String expected = fileName.substring(0, fileName.length() - ".json".length());
      if (!"ViewDefinition".equals(view.path("resourceType").asText())) {
        throw new IllegalStateException(fileName + ": resourceType must be ViewDefinition");
      }
      String name = view.path("name").asText("");
      if (!NAME.matcher(name).matches() || !name.equals(expected)) {
        throw new IllegalStateException(
            fileName + ": name must be '" + expected + "' (lower case, digits and _)");
      }
      String resource = view.path("resource").asText("");
      if (resource.isEmpty()) {
        throw new IllegalStateException(fileName + ": resource is missing");
      }
      String target = "ViewDefinition-" + name + ".json";
      Files.copy(file, other.resolve(target));
      entries.addObject().put("name", name).put("resource", resource).put("filename", target);
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(other.resolve(INDEX).toFile(), index);
    return files.size();
  }
}
