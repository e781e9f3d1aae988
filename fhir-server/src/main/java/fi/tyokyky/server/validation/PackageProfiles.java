package fi.tyokyky.server.validation;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.server.packages.ClasspathPackage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;

/**
 * The profiles a resource of each type may claim to be stored: every resource profile a package
 * defines (StructureDefinitions of kind {@code resource} with derivation {@code constraint}; not
 * extensions, data type profiles or logical models), grouped by the resource type they constrain,
 * plus profiles from elsewhere that the package's submissions use for a type it profiles (see
 * {@link #alsoAccepting}).
 *
 * <p>Immutable.
 */
public final class PackageProfiles {

    private final Map<String, List<String>> profileUrlsByType;

    private PackageProfiles(Map<String, List<String>> profileUrlsByType) {
        this.profileUrlsByType = profileUrlsByType;
    }

    /** Reads the profiles of {@code pkg} (never null) with the R4 {@code fhirContext}. */
    public static PackageProfiles of(ClasspathPackage pkg, FhirContext fhirContext) {
        Map<String, List<String>> byType = new TreeMap<>();
        for (IBaseResource resource : pkg.resourcesOfType(fhirContext, "StructureDefinition")) {
            StructureDefinition definition = (StructureDefinition) resource;
            if (definition.getKind() == StructureDefinitionKind.RESOURCE
                    && definition.getDerivation() == TypeDerivationRule.CONSTRAINT) {
                byType.computeIfAbsent(definition.getType(), type -> new ArrayList<>()).add(definition.getUrl());
            }
        }
        return new PackageProfiles(freeze(byType));
    }

    /**
     * These profiles, with {@code profileUrls} also accepted for {@code resourceType}. Used for
     * profiles the package relies on without defining them, such as HL7's core vital-signs
     * profiles for Observation. Only types the package already profiles can be extended: a type it
     * does not profile stays unrestricted.
     *
     * @param resourceType a resource type, e.g. {@code Observation}; not null
     * @param profileUrls canonical URLs; not null
     * @return a new instance; never null
     * @throws IllegalArgumentException if the package does not profile {@code resourceType}
     */
    public PackageProfiles alsoAccepting(String resourceType, Collection<String> profileUrls) {
        if (!profileUrlsByType.containsKey(resourceType)) {
            throw new IllegalArgumentException("The package does not profile " + resourceType);
        }
        Map<String, List<String>> byType = new TreeMap<>(profileUrlsByType);
        Set<String> urls = new LinkedHashSet<>(byType.get(resourceType));
        urls.addAll(profileUrls);
        byType.put(resourceType, new ArrayList<>(urls));
        return new PackageProfiles(freeze(byType));
    }

    /** Accepted profile canonical URLs by resource type, types in alphabetical order; empty if none. */
    public Map<String, List<String>> profileUrlsByType() {
        return profileUrlsByType;
    }

    /** Whether resources of {@code resourceType} must claim one of {@link #acceptedFor}. */
    public boolean isProfiled(String resourceType) {
        return profileUrlsByType.containsKey(resourceType);
    }

    /** The profiles accepted for {@code resourceType}; empty if the type is not profiled. */
    public List<String> acceptedFor(String resourceType) {
        return profileUrlsByType.getOrDefault(resourceType, List.of());
    }

    /** Whether the package profiles no resource type at all. */
    public boolean isEmpty() {
        return profileUrlsByType.isEmpty();
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> byType) {
        Map<String, List<String>> copy = new TreeMap<>();
        byType.forEach((type, urls) -> copy.put(type, List.copyOf(urls)));
        return Collections.unmodifiableMap(copy);
    }
}
