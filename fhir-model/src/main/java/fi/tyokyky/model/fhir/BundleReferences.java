package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.BusinessIdentifier;
import java.util.Set;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * The reference context inside a submission: references to records of the bundle point at their
 * {@code urn:uuid} entries and also carry the target's type and business identifier; references to
 * records outside it are logical (type and identifier only).
 */
final class BundleReferences implements ReferenceContext {

  private final Set<String> fullUrls;
  private final String client;
  private final String encounter;

  BundleReferences(Set<String> fullUrls, String client, String encounter) {
    this.fullUrls = Set.copyOf(fullUrls);
    this.client = client;
    this.encounter = encounter;
  }

  @Override
  public Reference client() {
    // No identifier here: it would copy the henkilötunnus into every resource of the bundle.
    return new Reference(client);
  }

  @Override
  public Reference encounter() {
    return new Reference(encounter);
  }

  @Override
  public Reference to(ResourceType type, BusinessIdentifier key) {
    Reference reference =
        new Reference().setType(type.name()).setIdentifier(Identifiers.identifier(key));
    String url = SubmissionKeys.fullUrl(type, key);
    if (fullUrls.contains(url)) {
      reference.setReference(url);
    }
    return reference;
  }
}
