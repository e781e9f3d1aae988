package fi.tyokyky.model.conformance;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.profiles.TyokykyPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * The profiles a resource of each type may claim, as the Työkyky package states them: every
 * resource profile it defines (StructureDefinitions of kind {@code resource} with derivation {@code
 * constraint}; not extensions, data type profiles or logical models), grouped by the resource type
 * they constrain, plus every {@code supportedProfile} of the server requirements it states (its
 * CapabilityStatements of kind {@code requirements}, {@code tyokyky-server-requirements}), which
 * name the profiles from elsewhere that its submissions use, such as HL7's core vital-signs
 * profiles for Observation.
 *
 * <p>A resource of a type in {@link #profileUrlsByType()} must claim one of its profiles (the
 * library validator's {@code ProfileClaimRule}); other types are not restricted. Read from the
 * package, never retyped. The library's validator and the server both use {@link #ofPackage()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AcceptedProfiles {

  private static final String TARBALL =
      TyokykyPackage.CLASSPATH_TGZ.substring("classpath:".length());

  private static volatile AcceptedProfiles ofPackage;

  private final Map<String, List<String>> profileUrlsByType;

  private AcceptedProfiles(Map<String, Set<String>> profileUrlsByType) {
    this.profileUrlsByType = freeze(profileUrlsByType);
  }

  /**
   * The profiles of the Työkyky package on this library's classpath. Read once per class loader.
   *
   * @return never null
   * @throws IllegalStateException if the package is missing or unreadable
   */
  public static AcceptedProfiles ofPackage() {
    AcceptedProfiles profiles = ofPackage;
    if (profiles == null) {
      synchronized (AcceptedProfiles.class) {
        profiles = ofPackage;
        if (profiles == null) {
          profiles = read(FhirContext.forR4Cached(), AcceptedProfiles.class.getClassLoader());
          ofPackage = profiles;
        }
      }
    }
    return profiles;
  }

  /**
   * Reads the accepted profiles of the package tarball seen by {@code classLoader}.
   *
   * @param fhirContext an R4 context; not null
   * @param classLoader sees the {@code tyokyky-profiles} jar; not null
   * @return never null
   */
  static AcceptedProfiles read(FhirContext fhirContext, ClassLoader classLoader) {
    Map<String, Set<String>> byType = new TreeMap<>();
    try (InputStream in = classLoader.getResourceAsStream(TARBALL)) {
      if (in == null) {
        throw new IllegalStateException("No FHIR package on the classpath at " + TARBALL);
      }
      NpmPackage npm = NpmPackage.fromPackage(in);
      for (String file : npm.listResources("StructureDefinition")) {
        try (InputStream definitionIn = npm.loadResource(file)) {
          StructureDefinition definition =
              fhirContext.newJsonParser().parseResource(StructureDefinition.class, definitionIn);
          if (definition.getKind() == StructureDefinitionKind.RESOURCE
              && definition.getDerivation() == TypeDerivationRule.CONSTRAINT) {
            accept(byType, definition.getType(), definition.getUrl());
          }
        }
      }
      for (String file : npm.listResources("CapabilityStatement")) {
        try (InputStream statementIn = npm.loadResource(file)) {
          CapabilityStatement requirements =
              fhirContext.newJsonParser().parseResource(CapabilityStatement.class, statementIn);
          if (requirements.getKind() == CapabilityStatementKind.REQUIREMENTS) {
            for (CapabilityStatementRestComponent rest : requirements.getRest()) {
              for (CapabilityStatementRestResourceComponent type : rest.getResource()) {
                for (CanonicalType profile : type.getSupportedProfile()) {
                  accept(byType, type.getType(), profile.getValue());
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the package at " + TARBALL, e);
    }
    return new AcceptedProfiles(byType);
  }

  /** Accepted profile canonical URLs by resource type, types in alphabetical order; never null. */
  public Map<String, List<String>> profileUrlsByType() {
    return profileUrlsByType;
  }

  /** Whether resources of {@code resourceType} (may be null: false) must claim a profile. */
  public boolean isProfiled(String resourceType) {
    return resourceType != null && profileUrlsByType.containsKey(resourceType);
  }

  /** The profiles accepted for {@code resourceType}; empty if the type is not profiled. */
  public List<String> acceptedFor(String resourceType) {
    return resourceType == null
        ? List.of()
        : profileUrlsByType.getOrDefault(resourceType, List.of());
  }

  private static void accept(
      Map<String, Set<String>> byType, String resourceType, String profileUrl) {
    byType.computeIfAbsent(resourceType, type -> new LinkedHashSet<>()).add(profileUrl);
  }

  private static Map<String, List<String>> freeze(
      Map<String, ? extends Collection<String>> byType) {
    Map<String, List<String>> copy = new TreeMap<>();
    byType.forEach((type, urls) -> copy.put(type, List.copyOf(urls)));
    return Collections.unmodifiableMap(copy);
  }
}
