package fi.tyokyky.server.hygiene;

import fi.tyokyky.model.conformance.AcceptedProfiles;
import fi.tyokyky.model.conformance.PackageResources;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resource types clients may write, read from the Työkyky package rather than listed here:
 *
 * <ul>
 *   <li><b>clinical types</b>: every type the package profiles ({@link AcceptedProfiles}), except
 *       {@code Bundle}: a submission Bundle is posted to the base as a transaction and its entries
 *       are stored, never the Bundle itself;
 *   <li><b>conformance types</b>: the types of the package's own resources (StructureDefinition,
 *       ValueSet, CodeSystem, Questionnaire, SearchParameter, …), for the administrator only.
 * </ul>
 *
 * Any other type ({@code Binary}, {@code Basic}, {@code Subscription}, {@code AuditEvent}, a stored
 * {@code Bundle}, …) is written by nobody: the package says nothing about it, so the server cannot
 * check it, and some are dangerous by themselves (a REST-hook Subscription makes the server call
 * any address). Immutable.
 */
final class WritableTypes {

  private final Set<String> clinical;
  private final Set<String> conformance;

  private WritableTypes(Set<String> clinical, Set<String> conformance) {
    this.clinical = Collections.unmodifiableSet(new TreeSet<>(clinical));
    this.conformance = Collections.unmodifiableSet(new TreeSet<>(conformance));
  }

  /** The writable types of the package on the classpath. */
  static WritableTypes ofPackage(AcceptedProfiles profiles, PackageResources resources) {
    Set<String> clinical = new TreeSet<>(profiles.profileUrlsByType().keySet());
    clinical.remove("Bundle");
    Set<String> conformance = new TreeSet<>(resources.resourceTypes());
    conformance.removeAll(clinical);
    conformance.remove("Bundle");
    return new WritableTypes(clinical, conformance);
  }

  /** Types any writing client may write (subject to the access policy); never null. */
  Set<String> clinical() {
    return clinical;
  }

  /** Types only the administrator may write; never null. */
  Set<String> conformance() {
    return conformance;
  }

  /** Whether anyone may write resources of {@code type}. */
  boolean isWritable(String type) {
    return clinical.contains(type) || conformance.contains(type);
  }
}
