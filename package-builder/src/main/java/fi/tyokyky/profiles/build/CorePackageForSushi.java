package fi.tyokyky.profiles.build;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Lays out {@code hl7.fhir.r4.core#4.0.1} as an NPM package folder, for SUSHI, from the copy of the
 * R4 specification that HAPI ships in {@code hapi-fhir-validation-resources-r4}.
 *
 * <p>Why: SUSHI resolves its dependencies from {@code $HOME/.fhir/packages}, and no FHIR package
 * registry is reachable from the build machines. HAPI's jar holds the same definitions as bundles;
 * SUSHI wants one JSON file per resource plus {@code package.json} and {@code .index.json}.
 *
 * <p>Usage: {@code CorePackageForSushi <packages/hl7.fhir.r4.core#4.0.1 folder>}.
 */
public final class CorePackageForSushi {

  private static final String BASE = "/org/hl7/fhir/r4/model/";
  private static final List<String> BUNDLES =
      List.of(
          "profile/profiles-types.xml",
          "profile/profiles-resources.xml",
          "profile/profiles-others.xml",
          "extension/extension-definitions.xml",
          "valueset/valuesets.xml",
          "valueset/v3-codesystems.xml",
          "valueset/v2-tables.xml");
  private static final String SEARCH_PARAMETERS = "sp/search-parameters.json";

  private CorePackageForSushi() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CorePackageForSushi <target package folder>");
    }
    Path packageDir = Path.of(args[0]).resolve("package");
    if (Files.exists(packageDir.resolve(".index.json"))) {
      System.out.println("hl7.fhir.r4.core#4.0.1 already laid out in " + packageDir);
      return;
    }
    Files.createDirectories(packageDir);
    FhirContext ctx = FhirContext.forR4();
    IParser json = ctx.newJsonParser();
    PackageIndex index = new PackageIndex();
    for (String name : BUNDLES) {
      writeAll(read(ctx.newXmlParser(), name), json, packageDir, index);
    }
    writeAll(read(json, SEARCH_PARAMETERS), json, packageDir, index);
    index.write(packageDir);
    Files.writeString(
        packageDir.resolve("package.json"),
        """
                {
                  "name": "hl7.fhir.r4.core",
                  "version": "4.0.1",
                  "type": "core",
                  "fhirVersions": ["4.0.1"],
                  "canonical": "http://hl7.org/fhir",
                  "description": "FHIR R4 core definitions, laid out from HAPI FHIR's validation resources"
                }
                """,
        StandardCharsets.UTF_8);
    System.out.println("hl7.fhir.r4.core#4.0.1: " + index.size() + " resources in " + packageDir);
  }

  private static Bundle read(IParser parser, String name) throws IOException {
    try (InputStream in = CorePackageForSushi.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + BASE + name);
      }
      return parser.parseResource(Bundle.class, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  private static void writeAll(Bundle bundle, IParser json, Path dir, PackageIndex index)
      throws IOException {
    List<Resource> resources = new ArrayList<>();
    bundle.getEntry().forEach(e -> resources.add(e.getResource()));
    for (Resource resource : resources) {
      if (resource == null || !resource.hasIdElement()) {
        continue;
      }
      String file = resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
      Files.writeString(
          dir.resolve(file), json.encodeResourceToString(resource), StandardCharsets.UTF_8);
      index.add(file, resource);
    }
  }
}
