package fi.tyokyky.server.validation;

import fi.tyokyky.model.validation.ValidationIssue;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import fi.tyokyky.model.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;

/**
 * The server's one rule for what may be stored: a resource of a type the package profiles must
 * claim one of the accepted profiles ({@link PackageProfiles}) in {@code meta.profile} and
 * conform to every profile it claims (checked by the library's validator, which also checks the
 * base FHIR definition).
 *
 * <p>Thread-safe.
 */
public class ProfileConformance {

    /** The rule id of the issue reported for a missing profile claim. */
    public static final String MISSING_PROFILE_RULE = "tyokyky-profile-claim";

    private static final ValidationResult VALID = new ValidationResult(List.of());

    private final PackageProfiles profiles;
    private final SharedValidator validator;

    /** Checks against {@code profiles} with {@code validator} (both never null). */
    public ProfileConformance(PackageProfiles profiles, SharedValidator validator) {
        this.profiles = profiles;
        this.validator = validator;
    }

    /**
     * Checks one resource for storage: a resource of a profiled type must claim an accepted profile
     * and conform to what it claims; other types pass unchecked (the package says nothing about
     * them, and HAPI's parser has already checked their structure).
     *
     * @param resource an R4 resource; not null
     * @return every issue found, the missing-claim error first; never null
     */
    public ValidationResult check(IBaseResource resource) {
        return profiles.isProfiled(resource.fhirType()) ? validate(resource) : VALID;
    }

    /**
     * Validates one resource of any type ({@code $validate}): the claim rule for profiled types,
     * then the validator against the claimed profiles and the base definition.
     *
     * @param resource an R4 resource; not null
     * @return every issue found, the missing-claim error first; never null
     */
    public ValidationResult validate(IBaseResource resource) {
        List<ValidationIssue> issues = new ArrayList<>();
        String type = resource.fhirType();
        if (profiles.isProfiled(type) && !claimsAcceptedProfile(resource)) {
            issues.add(missingClaim(type));
        }
        issues.addAll(validator.get().validate(resource).issues());
        return new ValidationResult(issues);
    }

    /** Whether resources of {@code resourceType} must claim a profile. */
    public boolean isProfiled(String resourceType) {
        return profiles.isProfiled(resourceType);
    }

    private boolean claimsAcceptedProfile(IBaseResource resource) {
        List<String> accepted = profiles.acceptedFor(resource.fhirType());
        for (IPrimitiveType<String> claim : resource.getMeta().getProfile()) {
            String url = claim.getValue();
            if (url != null) {
                // A claim may name a version ("url|0.1.0"); the validator checks the version.
                int bar = url.indexOf('|');
                if (accepted.contains(bar < 0 ? url : url.substring(0, bar))) {
                    return true;
                }
            }
        }
        return false;
    }

    private ValidationIssue missingClaim(String type) {
        String message = "Resource of type \"" + type + "\" does not declare conformance to an accepted profile;"
                + " meta.profile must name one of " + profiles.acceptedFor(type);
        return new ValidationIssue(Severity.ERROR, type + ".meta.profile", message, MISSING_PROFILE_RULE,
                "required", 0, 0);
    }
}
