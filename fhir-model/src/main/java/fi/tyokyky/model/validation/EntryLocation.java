package fi.tyokyky.model.validation;

import org.hl7.fhir.r4.model.Resource;

/**
 * Locations of the library's own rules written as HAPI's validator writes them, so that an issue of
 * ours and one of HAPI's about the same element read alike: {@code Observation.value} for a
 * resource on its own, {@code Bundle.entry[3].resource/*Observation/null*&#47;.value} inside a
 * Bundle (HAPI names the entry's resource by type and id, {@code null} for none).
 */
final class EntryLocation {

  private EntryLocation() {}

  /**
   * Where {@code path} (a path below the resource, e.g. {@code .meta.profile}; may be empty) of
   * {@code resource} is.
   *
   * @param resource the resource the path is in; not null
   * @param entryIndex its index in the Bundle being validated, or -1 if it is validated on its own
   * @param path starts with a dot, or is empty
   * @return never null
   */
  static String of(Resource resource, int entryIndex, String path) {
    String type = resource.fhirType();
    if (entryIndex < 0) {
      return type + path;
    }
    // HAPI's parser gives an entry's resource its fullUrl as id; a urn:uuid is no resource id.
    String id =
        resource.getIdElement().getValue() == null
                || resource.getIdElement().getValue().startsWith("urn:")
            ? null
            : resource.getIdElement().getIdPart();
    return "Bundle.entry[" + entryIndex + "].resource/*" + type + "/" + id + "*/" + path;
  }
}
