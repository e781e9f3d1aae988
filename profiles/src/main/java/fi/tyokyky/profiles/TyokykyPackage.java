package fi.tyokyky.profiles;

/**
 * Names the FHIR package that this jar carries: its id, version, canonical base and where it sits
 * on the classpath. Everything else in the project asks this class rather than repeating the
 * strings.
 *
 * <p>The values must agree with {@code profiles/sushi-config.yaml}, the FSH source of the package;
 * a test in this module checks that they do.
 */
public final class TyokykyPackage {

  /** The NPM package id. */
  public static final String ID = "fi.tyokyky.fhir";

  /** The package version (semantic version of the conformance resources, not of the jar). */
  public static final String VERSION = "0.1.0";

  /** The canonical base of every conformance resource in the package. */
  public static final String CANONICAL = "https://tyokyky.fi/fhir";

  /** The FHIR version the package is written for. */
  public static final String FHIR_VERSION = "4.0.1";

  /**
   * Classpath location of the package tarball, in the form HAPI's {@code
   * NpmPackageValidationSupport.loadPackageFromClasspath(String)} accepts.
   */
  public static final String CLASSPATH_TGZ = "classpath:fi/tyokyky/profiles/package.tgz";

  /**
   * Classpath folder under which the unpacked package ({@code package.json}, resources) is kept.
   */
  public static final String CLASSPATH_FOLDER = "fi/tyokyky/profiles/package";

  /**
   * Classpath location of the index of the package's SQL-on-FHIR ViewDefinitions (in the package's
   * {@code other/} folder, since a ViewDefinition is not an R4 resource): a JSON object whose
   * {@code views} array gives each view's {@code name}, {@code resource} and {@code filename}, a
   * file in the same folder.
   */
  public static final String CLASSPATH_VIEWS_INDEX =
      CLASSPATH_FOLDER + "/package/other/view-definitions.json";

  private TyokykyPackage() {}

  /** The canonical URL of a StructureDefinition of this package, given its id (never null). */
  public static String structureDefinition(String id) {
    return CANONICAL + "/StructureDefinition/" + id;
  }

  /** The canonical URL of a CodeSystem of this package, given its id (never null). */
  public static String codeSystem(String id) {
    return CANONICAL + "/CodeSystem/" + id;
  }

  /** The canonical URL of a ValueSet of this package, given its id (never null). */
  public static String valueSet(String id) {
    return CANONICAL + "/ValueSet/" + id;
  }

  /** The canonical URL of a Questionnaire of this package, given its id (never null). */
  public static String questionnaire(String id) {
    return CANONICAL + "/Questionnaire/" + id;
  }

  /** The canonical URL of a Measure (a figure of the national statistics), given its id. */
  public static String measure(String id) {
    return CANONICAL + "/Measure/" + id;
  }

  /** The package reference in the usual {@code id#version} form. */
  public static String reference() {
    return ID + "#" + VERSION;
  }
}
