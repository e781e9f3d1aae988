package fi.tyokyky.server.packages;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * A FHIR NPM package read once from the classpath: its tarball bytes (for HAPI's installer) and its
 * parsed form (for reading the conformance resources it holds). Never fetched from a network.
 */
public final class ClasspathPackage {

  private static final String CLASSPATH_PREFIX = "classpath:";

  private final byte[] tarball;
  private final NpmPackage npmPackage;

  private ClasspathPackage(byte[] tarball, NpmPackage npmPackage) {
    this.tarball = tarball;
    this.npmPackage = npmPackage;
  }

  /**
   * Reads the package tarball at {@code location} ({@code classpath:a/b/package.tgz} or a plain
   * classpath path) with this class's class loader.
   *
   * @throws IllegalStateException if there is no such resource or it is not an NPM package
   */
  public static ClasspathPackage load(String location) {
    String path =
        location.startsWith(CLASSPATH_PREFIX)
            ? location.substring(CLASSPATH_PREFIX.length())
            : location;
    ClassLoader loader = ClasspathPackage.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No FHIR package on the classpath at " + path);
      }
      return fromTarball(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the FHIR package at " + path, e);
    }
  }

  static ClasspathPackage fromTarball(byte[] tarball) throws IOException {
    return new ClasspathPackage(tarball, NpmPackage.fromPackage(new ByteArrayInputStream(tarball)));
  }

  /** The package id from its {@code package.json}, e.g. {@code fi.tyokyky.fhir}. */
  public String id() {
    return npmPackage.id();
  }

  /** The package version from its {@code package.json}, e.g. {@code 0.1.0}. */
  public String version() {
    return npmPackage.version();
  }

  /** A copy of the tarball's bytes. */
  public byte[] tarball() {
    return tarball.clone();
  }

  /**
   * Whether the package tarball {@code other} (may be null) holds the same files with the same
   * contents as this one. Archive metadata such as file dates is ignored: every build of the
   * profiles jar writes a new tarball even when nothing in it changed.
   */
  public boolean hasSameContentAs(byte[] other) {
    if (other == null) {
      return false;
    }
    try {
      return Arrays.equals(
          contentDigest(npmPackage),
          contentDigest(NpmPackage.fromPackage(new ByteArrayInputStream(other))));
    } catch (IOException e) {
      // An unreadable stored copy is as good as none: it will be replaced.
      return false;
    }
  }

  private static byte[] contentDigest(NpmPackage pkg) {
    MessageDigest digest = sha256();
    pkg.getFolders().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            folder ->
                folder.getValue().getContent().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(
                        file -> {
                          String path = folder.getKey() + "/" + file.getKey() + "\n";
                          digest.update(path.getBytes(StandardCharsets.UTF_8));
                          digest.update(file.getValue());
                        }));
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * Parses every resource of the given type in the package's {@code package} folder (examples are
   * not included).
   *
   * @return the resources, in the package's order; empty if there are none
   */
  public List<IBaseResource> resourcesOfType(FhirContext fhirContext, String resourceType) {
    List<IBaseResource> resources = new ArrayList<>();
    try {
      for (String file : npmPackage.listResources(resourceType)) {
        try (InputStream in = npmPackage.loadResource(file)) {
          resources.add(fhirContext.newJsonParser().parseResource(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resourceType + " resources of " + id(), e);
    }
    return resources;
  }
}
