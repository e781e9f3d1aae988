package fi.tyokyky.profiles.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** package.json says what sushi-config.yaml says. */
class PackageManifestTest {

  private static final String CONFIG =
      """
            id: example.fhir
            canonical: https://example.org/fhir
            name: Example
            title: An example package
            description: >-
              Two lines folded
              into one.
            status: draft
            version: 1.2.0
            fhirVersion: 4.0.1
            license: Apache-2.0
            jurisdiction: urn:iso:std:iso:3166#FI "Finland"
            publisher:
              name: Example project
              url: https://example.org
            """;

  @TempDir Path dir;

  @Test
  void packageJsonTakesItsFactsFromTheSushiConfig() throws IOException {
    PackageManifest manifest = PackageManifest.read(write(CONFIG));

    manifest.writePackageJson(dir);

    JsonNode pkg = PackageIndex.JSON.readTree(dir.resolve("package.json").toFile());
    assertThat(pkg.get("name").asText()).isEqualTo("example.fhir");
    assertThat(pkg.get("version").asText()).isEqualTo("1.2.0");
    assertThat(pkg.get("canonical").asText()).isEqualTo("https://example.org/fhir");
    assertThat(pkg.get("url").asText()).isEqualTo("https://example.org/fhir");
    assertThat(pkg.get("type").asText()).isEqualTo("fhir.ig");
    assertThat(pkg.get("title").asText()).isEqualTo("An example package");
    assertThat(pkg.get("description").asText()).isEqualTo("Two lines folded into one.");
    assertThat(pkg.get("fhirVersions").get(0).asText()).isEqualTo("4.0.1");
    assertThat(pkg.get("dependencies").get("hl7.fhir.r4.core").asText()).isEqualTo("4.0.1");
    assertThat(pkg.get("jurisdiction").asText()).isEqualTo("urn:iso:std:iso:3166#FI");
    assertThat(pkg.get("license").asText()).isEqualTo("Apache-2.0");
    assertThat(pkg.get("author").asText()).isEqualTo("Example project");
    assertThat(manifest.reference()).isEqualTo("example.fhir#1.2.0");
  }

  @Test
  void optionalFactsThatAreMissingAreLeftOut() throws IOException {
    String config =
        CONFIG
            .lines()
            .filter(
                line ->
                    !line.startsWith("license")
                        && !line.startsWith("jurisdiction")
                        && !line.startsWith("publisher")
                        && !line.startsWith("  name")
                        && !line.startsWith("  url"))
            .reduce("", (a, b) -> a + b + "\n");

    PackageManifest.read(write(config)).writePackageJson(dir);

    JsonNode pkg = PackageIndex.JSON.readTree(dir.resolve("package.json").toFile());
    assertThat(pkg.has("license")).isFalse();
    assertThat(pkg.has("jurisdiction")).isFalse();
    assertThat(pkg.has("author")).isFalse();
  }

  @Test
  void aConfigWithoutTheVersionIsRefused() throws IOException {
    Path config = write(CONFIG.replace("version: 1.2.0\n", ""));

    assertThatThrownBy(() -> PackageManifest.read(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("has no version");
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("sushi-config.yaml"), yaml, StandardCharsets.UTF_8);
  }
}
