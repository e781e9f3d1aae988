package fi.tyokyky.server.validation;

import ca.uhn.fhir.context.FhirContext;
import fi.tyokyky.server.packages.ClasspathPackage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;

/**
 * The resource profiles a package defines, grouped by the resource type they constrain: every
 * StructureDefinition of kind {@code resource} with derivation {@code constraint}. Extensions, data
 * type profiles and logical models are not included.
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
        byType.replaceAll((type, urls) -> List.copyOf(urls));
        return new PackageProfiles(Collections.unmodifiableMap(byType));
    }

    /** Profile canonical URLs by resource type, types in alphabetical order; empty if none. */
    public Map<String, List<String>> profileUrlsByType() {
        return profileUrlsByType;
    }

    /** Whether the package profiles no resource type at all. */
    public boolean isEmpty() {
        return profileUrlsByType.isEmpty();
    }
}
