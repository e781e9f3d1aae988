package fi.tyokyky.server.validation;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.server.packages.ClasspathPackage;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;

/**
 * The profiles a resource of each type may claim to be stored, as the package says: every resource
 * profile it defines (StructureDefinitions of kind {@code resource} with derivation {@code
 * constraint}; not extensions, data type profiles or logical models), grouped by the resource type
 * they constrain, plus every {@code supportedProfile} of the server requirements it states (its
 * CapabilityStatements of kind {@code requirements}), which name the profiles from elsewhere that its
 * submissions use, such as HL7's core vital-signs profiles for Observation.
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
        Map<String, Set<String>> byType = new TreeMap<>();
        for (IBaseResource resource : pkg.resourcesOfType(fhirContext, "StructureDefinition")) {
            StructureDefinition definition = (StructureDefinition) resource;
            if (definition.getKind() == StructureDefinitionKind.RESOURCE
                    && definition.getDerivation() == TypeDerivationRule.CONSTRAINT) {
                accept(byType, definition.getType(), definition.getUrl());
            }
        }
        for (IBaseResource resource : pkg.resourcesOfType(fhirContext, "CapabilityStatement")) {
            CapabilityStatement requirements = (CapabilityStatement) resource;
            if (requirements.getKind() != CapabilityStatementKind.REQUIREMENTS) {
                continue;
            }
            for (CapabilityStatementRestComponent rest : requirements.getRest()) {
                for (CapabilityStatementRestResourceComponent type : rest.getResource()) {
                    for (CanonicalType profile : type.getSupportedProfile()) {
                        accept(byType, type.getType(), profile.getValue());
                    }
                }
            }
        }
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

    private static void accept(Map<String, Set<String>> byType, String resourceType, String profileUrl) {
        byType.computeIfAbsent(resourceType, type -> new LinkedHashSet<>()).add(profileUrl);
    }

    private static Map<String, List<String>> freeze(Map<String, Set<String>> byType) {
        Map<String, List<String>> copy = new TreeMap<>();
        byType.forEach((type, urls) -> copy.put(type, List.copyOf(urls)));
        return Collections.unmodifiableMap(copy);
    }
}
