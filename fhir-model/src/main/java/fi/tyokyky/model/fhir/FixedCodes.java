package fi.tyokyky.model.fhir;

import fi.tyokyky.model.conformance.PackageResources;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/**
 * The fixed codes and profile URLs the mappers write, read from the package's profiles (not
 * restated here), looked up once and cached.
 */
final class FixedCodes {

  private static final Map<String, Coding> CACHE = new ConcurrentHashMap<>();

  private FixedCodes() {}

  /** A fresh copy of the coding a profile fixes on an element, e.g. {@code Observation.code}. */
  static Coding of(String profileId, String elementId) {
    return CACHE
        .computeIfAbsent(
            profileId + "#" + elementId,
            key -> PackageResources.shared().fixedCoding(profileId, elementId))
        .copy();
  }

  /** The unit a profile fixes on a Quantity element: system, code and (as display) unit text. */
  static Coding unit(String profileId, String quantityElementId) {
    return PackageResources.shared().fixedUnit(profileId, quantityElementId);
  }

  /** Declares the profile in {@code meta.profile}. */
  static <R extends Resource> R stamp(R resource, String profileId) {
    resource.getMeta().addProfile(TyokykyPackage.structureDefinition(profileId));
    return resource;
  }
}
