package fi.tyokyky.server.validation;

import fi.tyokyky.model.conformance.AcceptedProfiles;
import fi.tyokyky.model.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The server's hold on the library's conformance rule set: what it judges is judged by the
 * library's {@code TyokykyValidator} (the profiles, the package's invariants, and the rules of
 * {@code ConformanceRules}: the profile claim, the score derivation), so a write gets the verdict
 * the library gives offline. Only which resources are checked at storage is decided here.
 *
 * <p>Thread-safe.
 */
public class ProfileConformance {

  private static final ValidationResult VALID = new ValidationResult(List.of());

  private final AcceptedProfiles profiles;
  private final SharedValidator validator;

  /** Checks against {@code profiles} with {@code validator} (both never null). */
  public ProfileConformance(AcceptedProfiles profiles, SharedValidator validator) {
    this.profiles = profiles;
    this.validator = validator;
  }

  /**
   * Checks one resource for storage: a resource of a type the package profiles is validated; other
   * types pass unchecked (the package says nothing about them, HAPI's parser has already checked
   * their structure, and HAPI stores resources of its own, such as the package's conformance
   * resources, through the same hooks).
   *
   * @param resource an R4 resource; not null
   * @return every issue found; never null
   */
  public ValidationResult check(IBaseResource resource) {
    return profiles.isProfiled(resource.fhirType()) ? validate(resource) : VALID;
  }

  /**
   * Validates one resource of any type ({@code $validate}, a transaction Bundle) as the library
   * does.
   *
   * @param resource an R4 resource; not null
   * @return every issue found; never null
   */
  public ValidationResult validate(IBaseResource resource) {
    return validator.get().validate(resource);
  }

  /** Whether resources of {@code resourceType} must claim a profile. */
  public boolean isProfiled(String resourceType) {
    return profiles.isProfiled(resourceType);
  }
}
