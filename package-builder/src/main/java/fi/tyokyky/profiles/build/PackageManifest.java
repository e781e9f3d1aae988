package fi.tyokyky.profiles.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the package says about itself, read from SUSHI's {@code sushi-config.yaml}, the FSH source
 * of the package: so the {@code package.json} the build writes names the same id, version and
 * canonical as the resources SUSHI compiled, and nothing is restated here.
 *
 * @param id the NPM package id, e.g. {@code fi.tyokyky.fhir}; never null
 * @param version the package version; never null
 * @param canonical the canonical base; never null
 * @param fhirVersion the FHIR version, e.g. {@code 4.0.1}; never null
 * @param title the title; never null
 * @param description the description; never null
 * @param license an SPDX licence id; null if the config names none
 * @param jurisdiction the jurisdiction's {@code system#code}, without a display; null if none
 * @param author the publisher's name; null if none
 */
record PackageManifest(
    String id,
    String version,
    String canonical,
    String fhirVersion,
    String title,
    String description,
    String license,
    String jurisdiction,
    String author) {

  /** Reads the manifest from a {@code sushi-config.yaml}; fails if a required key is missing. */
  static PackageManifest read(Path sushiConfig) throws IOException {
    JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(sushiConfig.toFile());
    String jurisdiction = optional(config, "jurisdiction");
    return new PackageManifest(
        required(config, "id", sushiConfig),
        required(config, "version", sushiConfig),
        required(config, "canonical", sushiConfig),
        required(config, "fhirVersion", sushiConfig),
        required(config, "title", sushiConfig),
        required(config, "description", sushiConfig),
        optional(config, "license"),
        // SUSHI's form is `system#code "display"`; package.json takes the coding alone.
        jurisdiction == null ? null : jurisdiction.split(" ", 2)[0],
        config.path("publisher").hasNonNull("name")
            ? config.path("publisher").get("name").asText()
            : null);
  }

  /** The package reference in the usual {@code id#version} form. */
  String reference() {
    return id + "#" + version;
  }

  /** Writes {@code package.json} into the package folder. */
  void writePackageJson(Path packageDir) throws IOException {
    Map<String, Object> pkg = new LinkedHashMap<>();
    pkg.put("name", id);
    pkg.put("version", version);
    pkg.put("type", "fhir.ig");
    pkg.put("canonical", canonical);
    pkg.put("url", canonical);
    pkg.put("title", title);
    pkg.put("description", description);
    pkg.put("fhirVersions", List.of(fhirVersion));
    pkg.put("dependencies", Map.of("hl7.fhir.r4.core", fhirVersion));
    putIfPresent(pkg, "jurisdiction", jurisdiction);
    putIfPresent(pkg, "license", license);
    putIfPresent(pkg, "author", author);
    PackageIndex.JSON.writeValue(packageDir.resolve("package.json").toFile(), pkg);
  }

  private static void putIfPresent(Map<String, Object> pkg, String key, String value) {
    if (value != null) {
      pkg.put(key, value);
    }
  }

  private static String required(JsonNode config, String key, Path file) {
    String value = optional(config, key);
    if (value == null) {
      throw new IllegalArgumentException(file + " has no " + key);
    }
    return value;
  }

  private static String optional(JsonNode config, String key) {
    JsonNode value = config.get(key);
    return value == null || value.isNull() ? null : value.asText().strip();
  }
}
