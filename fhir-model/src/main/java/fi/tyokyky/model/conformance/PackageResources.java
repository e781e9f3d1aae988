package fi.tyokyky.model.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads conformance resources of the Työkyky package from the classpath (the unpacked folder {@link
 * TyokykyPackage#CLASSPATH_FOLDER}), so that code in this library takes fixed codes, answer weights
 * and the like from the package instead of restating them.
 *
 * <p>A resource is parsed once and cached. Callers receive their own copy, so changing a returned
 * resource never affects later calls. Instances are thread-safe; {@link #shared()} is the usual
 * instance.
 */
public final class PackageResources {

  private static final String RESOURCE_FOLDER = TyokykyPackage.CLASSPATH_FOLDER + "/package/";
  // The NPM package index: file name, resource type and id of every resource of the package.
  private static final String INDEX = ".index.json";
  private static final PackageResources SHARED =
      new PackageResources(FhirContext.forR4Cached(), PackageResources.class.getClassLoader());

  private final FhirContext fhirContext;
  private final ClassLoader classLoader;
  // Only resources that exist are cached, so that looking up arbitrary ids cannot grow the cache.
  private final Map<String, IBaseResource> cache = new ConcurrentHashMap<>();
  // Fixed codings by profile and element id, so that a lookup does not copy a whole profile.
  private final Map<String, Coding> fixedCodings = new ConcurrentHashMap<>();
  // File names by resource type, from the package index; read once.
  private volatile Map<String, List<String>> filesByType;

  /**
   * Creates a reader over the package on the given class loader.
   *
   * @param fhirContext an R4 context; not null
   * @param classLoader the class loader that sees the {@code tyokyky-profiles} jar; not null
   */
  public PackageResources(FhirContext fhirContext, ClassLoader classLoader) {
    this.fhirContext = Objects.requireNonNull(fhirContext, "fhirContext");
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
  }

  /** The instance over this library's own class loader and a cached R4 context; never null. */
  public static PackageResources shared() {
    return SHARED;
  }

  /**
   * Loads the package resource of the given type and id (file {@code <Type>-<id>.json}).
   *
   * @param type the R4 resource class, e.g. {@code Questionnaire.class}; not null
   * @param id the resource id, e.g. {@code phq-9}; not null
   * @return a fresh copy of the resource, or empty if the package has no such resource
   * @throws IllegalStateException if the file exists but is not valid FHIR JSON (a broken package)
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public <T extends IBaseResource> Optional<T> load(Class<T> type, String id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    String fileName = fhirContext.getResourceType(type) + "-" + id + ".json";
    IBaseResource cached = cache.computeIfAbsent(fileName, this::read);
    return Optional.ofNullable(cached).map(resource -> type.cast(copyOf(resource)));
  }

  /**
   * The resource types of the resources the package holds (not its examples), from the package's
   * index: its conformance resource types ({@code StructureDefinition}, {@code ValueSet}, …).
   *
   * @return an unmodifiable set, in alphabetical order; never null
   * @throws IllegalStateException if the index is missing or not valid JSON
   * @throws UncheckedIOException if the index cannot be read
   */
  public Set<String> resourceTypes() {
    return Collections.unmodifiableSet(new TreeSet<>(indexedFiles().keySet()));
  }

  /**
   * Every resource of the given type that the package holds (not its examples), in the order of the
   * package's index ({@code .index.json}, which the NPM package format requires).
   *
   * @param type the R4 resource class, e.g. {@code StructureDefinition.class}; not null
   * @return fresh copies; never null, empty if the package has none of the type
   * @throws IllegalStateException if the index or a file it names is missing or not valid JSON
   * @throws UncheckedIOException if the index or a file cannot be read
   */
  public <T extends IBaseResource> List<T> loadAll(Class<T> type) {
    String resourceType = fhirContext.getResourceType(Objects.requireNonNull(type, "type"));
    List<T> all = new ArrayList<>();
    for (String fileName : indexedFiles().getOrDefault(resourceType, List.of())) {
      IBaseResource cached = cache.computeIfAbsent(fileName, this::read);
      if (cached == null) {
        throw new IllegalStateException("The package index names a missing file " + fileName);
      }
      all.add(type.cast(copyOf(cached)));
    }
    return all;
  }

  /**
   * The profile of this package with the given id.
   *
   * @param profileId e.g. {@code phq9-score}; not null
   * @return a fresh copy; never null
   * @throws IllegalStateException if the package has no such profile
   */
  public StructureDefinition structureDefinition(String profileId) {
    return load(StructureDefinition.class, profileId)
        .orElseThrow(
            () -> new IllegalStateException("The package has no profile with id " + profileId));
  }

  /**
   * The first coding of the pattern (or fixed value) that a profile puts on an element, e.g. the
   * fixed {@code Observation.code} of a score profile.
   *
   * @param profileId e.g. {@code phq9-score}; not null
   * @param elementId the element id as in the profile, e.g. {@code Observation.code} or {@code
   *     Observation.component:category.code}; not null
   * @return a fresh coding, without display unless the profile gives one; never null
   * @throws IllegalStateException if the profile or element does not exist or fixes no coding
   */
  public Coding fixedCoding(String profileId, String elementId) {
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(elementId, "elementId");
    return fixedCodings
        .computeIfAbsent(profileId + "#" + elementId, key -> findFixedCoding(profileId, elementId))
        .copy();
  }

  private Coding findFixedCoding(String profileId, String elementId) {
    StructureDefinition profile = structureDefinition(profileId);
    List<ElementDefinition> elements =
        profile.hasSnapshot()
            ? profile.getSnapshot().getElement()
            : profile.getDifferential().getElement();
    for (ElementDefinition element : elements) {
      if (elementId.equals(element.getId())) {
        Coding coding = codingOf(element.hasPattern() ? element.getPattern() : element.getFixed());
        if (coding != null) {
          return coding;
        }
      }
    }
    throw new IllegalStateException(
        "Profile " + profileId + " fixes no coding on element " + elementId);
  }

  /**
   * The unit a profile fixes on a Quantity element: its {@code system} and {@code code} (fixed or
   * pattern) and its {@code unit} text, e.g. UCUM {@code {score}} on the {@code valueQuantity} of a
   * score profile.
   *
   * @param profileId e.g. {@code phq9-score}; not null
   * @param quantityElementId the Quantity element as in the profile, e.g. {@code
   *     Observation.value[x]} or {@code Observation.component.value[x]}; not null
   * @return a fresh coding of system, code and (as display) the unit text, which is null if the
   *     profile fixes none; never null
   * @throws IllegalStateException if the profile does not fix both system and code there
   */
  public Coding fixedUnit(String profileId, String quantityElementId) {
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(quantityElementId, "quantityElementId");
    return fixedCodings
        .computeIfAbsent(
            profileId + "#" + quantityElementId + "#unit",
            key -> findFixedUnit(profileId, quantityElementId))
        .copy();
  }

  private Coding findFixedUnit(String profileId, String quantityElementId) {
    StructureDefinition profile = structureDefinition(profileId);
    Map<String, String> fixed = new HashMap<>();
    for (ElementDefinition element : profile.getDifferential().getElement()) {
      Type value = element.hasFixed() ? element.getFixed() : element.getPattern();
      if (value instanceof PrimitiveType<?> primitive
          && element.getId().startsWith(quantityElementId + ".")) {
        fixed.put(
            element.getId().substring(quantityElementId.length() + 1), primitive.asStringValue());
      }
    }
    if (fixed.get("system") == null || fixed.get("code") == null) {
      throw new IllegalStateException(
          "Profile " + profileId + " fixes no unit on element " + quantityElementId);
    }
    return new Coding(fixed.get("system"), fixed.get("code"), fixed.get("unit"));
  }

  private static Coding codingOf(Type value) {
    if (value instanceof CodeableConcept concept && concept.hasCoding()) {
      return concept.getCodingFirstRep().copy();
    }
    if (value instanceof Coding coding) {
      return coding.copy();
    }
    return null;
  }

  private Map<String, List<String>> indexedFiles() {
    Map<String, List<String>> files = filesByType;
    if (files == null) {
      files = readIndex();
      filesByType = files;
    }
    return files;
  }

  private Map<String, List<String>> readIndex() {
    try (InputStream in = classLoader.getResourceAsStream(RESOURCE_FOLDER + INDEX)) {
      if (in == null) {
        throw new IllegalStateException("The package on the classpath has no " + INDEX);
      }
      Map<String, List<String>> byType = new ConcurrentHashMap<>();
      for (JsonNode file : new ObjectMapper().readTree(in).path("files")) {
        byType
            .computeIfAbsent(file.path("resourceType").asText(), t -> new ArrayList<>())
            .add(file.path("filename").asText());
      }
      byType.replaceAll((t, names) -> List.copyOf(names));
      return byType;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the package's " + INDEX, e);
    }
  }

  /** Parses a package file; null if the package has no such file. */
  private IBaseResource read(String fileName) {
    try (InputStream in = classLoader.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
      if (in == null) {
        return null;
      }
      return fhirContext.newJsonParser().parseResource(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read package file " + fileName, e);
    } catch (DataFormatException e) {
      throw new IllegalStateException("Package file " + fileName + " is not valid FHIR JSON", e);
    }
  }

  private static IBaseResource copyOf(IBaseResource resource) {
    // Every R4 resource is a org.hl7.fhir.r4.model.Resource, which has a deep copy.
    return ((org.hl7.fhir.r4.model.Resource) resource).copy();
  }
}
