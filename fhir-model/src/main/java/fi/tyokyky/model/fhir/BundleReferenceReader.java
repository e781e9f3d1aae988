package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.BusinessIdentifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Names the targets of references inside a bundle: by {@code Reference.identifier} when present,
 * otherwise by resolving the reference to an entry of the bundle and taking the target's business
 * key.
 *
 * <p>A reference resolves to the entry whose {@code fullUrl} it equals (a submission's {@code
 * urn:uuid}s). A relative reference {@code Type/id}, as the server stores them, resolves to the
 * entry whose RESTful {@code fullUrl} ends in {@code /Type/id} (a bundle read from the server, such
 * as the {@code $examination} operation's). FHIR resolves a relative reference against the base of
 * the referring entry's {@code fullUrl}; this reader asks instead that {@code Type/id} be unique in
 * the bundle, which holds for a bundle from one server, and leaves it unresolved otherwise.
 */
final class BundleReferenceReader implements ReferenceReader {

  private static final Pattern RELATIVE =
      Pattern.compile("([A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64})(/_history/[A-Za-z0-9\\-.]{1,64})?");
  private static final Pattern RESTFUL = Pattern.compile("(https?://.+/)?" + RELATIVE.pattern());

  private final Map<String, Resource> byFullUrl = new HashMap<>();
  private final Map<String, Resource> byRelativeUrl = new HashMap<>();

  BundleReferenceReader(Bundle bundle) {
    Set<String> ambiguous = new HashSet<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.hasFullUrl() && entry.hasResource()) {
        byFullUrl.put(entry.getFullUrl(), entry.getResource());
        Matcher restful = RESTFUL.matcher(entry.getFullUrl());
        if (restful.matches()
            && restful.group(2).startsWith(entry.getResource().fhirType() + "/")
            && byRelativeUrl.put(restful.group(2), entry.getResource()) != null) {
          ambiguous.add(restful.group(2));
        }
      }
    }
    ambiguous.forEach(byRelativeUrl::remove);
  }

  @Override
  public BusinessIdentifier keyOf(Reference reference, String location) {
    if (reference.hasIdentifier()) {
      return IDENTIFIER.keyOf(reference, location);
    }
    Resource target = target(reference);
    if (target == null) {
      throw new FhirReadException(
          location, "neither names a business identifier nor points to an entry of the bundle");
    }
    BusinessIdentifier key = SubmissionKeys.keyOf(target);
    if (key == null) {
      throw new FhirReadException(location, "points to an entry without a business identifier");
    }
    return key;
  }

  @Override
  public String typeOf(Reference reference, String location) {
    if (reference.hasType()) {
      return reference.getType();
    }
    Resource target = target(reference);
    return target != null ? target.fhirType() : ReferenceReader.super.typeOf(reference, location);
  }

  private Resource target(Reference reference) {
    String url = reference.getReference();
    if (url == null) {
      return null;
    }
    Resource target = byFullUrl.get(url);
    if (target == null) {
      Matcher relative = RELATIVE.matcher(url);
      if (relative.matches()) {
        target = byRelativeUrl.get(relative.group(1));
      }
    }
    return target;
  }
}
