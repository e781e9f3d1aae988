package fi.tyokyky.model.conformance;

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

  private static volatile AcceptedProfiles ofPackage;

  private final Map<String, List<String>> profileUrlsByType;

  private AcceptedProfiles(Map<String, Set<String>> profileUrlsByType) {
    this.profileUrlsByType = freeze(profileUrlsByType);
  }

  /**
   * The profiles of the Työkyky package on this library's classpath, from the package resources the
   * library has loaded already ({@link PackageResources#shared()}). Computed once per class loader.
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
          profiles = of(PackageResources.shared());
          ofPackage = profiles;
        }
      }
    }
    return profiles;
  }

  /**
   * The accepted profiles of the package that {@code resources} reads.
   *
   * @param resources the package's resources; not null
   * @return never null
   * @throws IllegalStateException if the package is missing or unreadable
   */
  public static AcceptedProfiles of(PackageResources resources) {
    Map<String, Set<String>> byType = new TreeMap<>();
    for (StructureDefinition definition : resources.loadAll(StructureDefinition.class)) {
      if (definition.getKind() == StructureDefinitionKind.RESOURCE
          && definition.getDerivation() == TypeDerivationRule.CONSTRAINT) {
        accept(byType, definition.getType(), definition.getUrl());
      }
    }
    for (CapabilityStatement requirements : resources.loadAll(CapabilityStatement.class)) {
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
