package fi.tyokyky.model.validation;

import fi.tyokyky.model.conformance.AcceptedProfiles;
import fi.tyokyky.model.validation.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Resource;

/**
 * A resource of a type the package profiles must claim one of its accepted profiles ({@link
 * AcceptedProfiles}) in {@code meta.profile}: HAPI's validator checks a resource against the
 * profiles it claims, so a resource that claims none would be checked against the base definition
 * only, and the package's rules would never run. Applies to the resource validated and, for a
 * Bundle, to every entry's resource. Rule id {@value #RULE_ID}.
 *
 * <p>Thread-safe.
 */
public final class ProfileClaimRule {

  /** The rule id of the issue reported for a missing or unaccepted profile claim. */
  public static final String RULE_ID = "tyokyky-profile-claim";

  private final AcceptedProfiles profiles;

  /** Checks claims against {@code profiles} (not null). */
  public ProfileClaimRule(AcceptedProfiles profiles) {
    this.profiles = Objects.requireNonNull(profiles, "profiles");
  }

  /**
   * Checks {@code resource} and, if it is a Bundle, the resource of each entry.
   *
   * @param resource an R4 resource; not null
   * @return one error per resource that claims no accepted profile, at its {@code meta.profile};
   *     empty if there is none; never null
   */
  public List<ValidationIssue> check(Resource resource) {
    List<ValidationIssue> issues = new ArrayList<>();
    checkOne(resource, -1, issues);
    if (resource instanceof Bundle bundle) {
      List<BundleEntryComponent> entries = bundle.getEntry();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).getResource() != null) {
          checkOne(entries.get(i).getResource(), i, issues);
        }
      }
    }
    return issues;
  }

  private void checkOne(Resource resource, int entryIndex, List<ValidationIssue> issues) {
    String type = resource.fhirType();
    if (!profiles.isProfiled(type) || claimsAcceptedProfile(resource)) {
      return;
    }
    String message =
        "Resource of type \""
            + type
            + "\" does not declare conformance to an accepted profile;"
            + " meta.profile must name one of "
            + profiles.acceptedFor(type);
    issues.add(
        new ValidationIssue(
            Severity.ERROR,
            EntryLocation.of(resource, entryIndex, ".meta.profile"),
            message,
            RULE_ID,
            "required",
            0,
            0));
  }

  private boolean claimsAcceptedProfile(Resource resource) {
    List<String> accepted = profiles.acceptedFor(resource.fhirType());
    for (CanonicalType claim : resource.getMeta().getProfile()) {
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
}
