package fi.tyokyky.model.fhir;

import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import fi.tyokyky.model.record.BusinessIdentifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * The keys of a submission: the deterministic {@code urn:uuid} full URL of each entry and the
 * search that makes its create or update conditional. Both derive from the record's resource type
 * and business identifier only, so sending the same examination again yields the same bundle.
 *
 * <p>The UUID is a name-based (version 3) UUID of {@code <type>|<system>|<value>}. For a client
 * keyed on the henkilötunnus it is derived from the code; it is not a pseudonym (the small space of
 * valid codes can be searched), but it never leaves the bundle that carries the code anyway: the
 * server replaces {@code urn:uuid} references with its own ids.
 */
public final class SubmissionKeys {

  private SubmissionKeys() {}

  /**
   * The full URL of an entry.
   *
   * @param type the resource type; not null
   * @param key the record's business key; not null
   * @return {@code urn:uuid:<name-based UUID>}; never null
   */
  public static String fullUrl(ResourceType type, BusinessIdentifier key) {
    String name = type.name() + "|" + key.system() + "|" + key.value();
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The token search on the business identifier, {@code identifier=<system>|<value>}. Characters
   * outside the unreserved set and {@code : /} are percent-encoded (a {@code +} century sign of a
   * henkilötunnus among them), the separating {@code |} is kept as FHIR examples write it.
   *
   * @param key the business key; not null
   * @return the query; never null
   */
  public static String identifierQuery(BusinessIdentifier key) {
    return "identifier=" + encode(key.system()) + "|" + encode(key.value());
  }

  /**
   * The business key of a resource, as the records define it: the henkilötunnus of a Patient, the
   * Terhikki number of a Practitioner, the SOTE OID of an Organization if present, else the first
   * identifier.
   *
   * @param resource the resource; not null
   * @return the key, or null if the resource has no usable identifier
   */
  static BusinessIdentifier keyOf(Resource resource) {
    List<Identifier> identifiers;
    String preferred = null;
    if (resource instanceof QuestionnaireResponse response) {
      identifiers = response.hasIdentifier() ? List.of(response.getIdentifier()) : List.of();
    } else if (resource instanceof DomainResource domain) {
      identifiers = identifiersOf(domain);
      if (resource instanceof Patient) {
        preferred = Henkilotunnus.SYSTEM;
      } else if (resource instanceof Practitioner) {
        preferred = TerhikkiNumber.SYSTEM;
      } else if (resource instanceof Organization) {
        preferred = SoteOrganisationOid.IDENTIFIER_SYSTEM;
      }
    } else {
      return null;
    }
    String system = preferred;
    Identifier chosen =
        identifiers.stream()
            .filter(i -> system != null && system.equals(i.getSystem()))
            .findFirst()
            .orElse(identifiers.isEmpty() ? null : identifiers.get(0));
    if (chosen == null || !chosen.hasSystem() || !chosen.hasValue()) {
      return null;
    }
    return Identifiers.read(chosen, resource.fhirType() + ".identifier");
  }

  private static List<Identifier> identifiersOf(DomainResource resource) {
    try {
      Property property = resource.getNamedProperty("identifier");
      return property == null
          ? List.of()
          : property.getValues().stream()
              .filter(Identifier.class::isInstance)
              .map(Identifier.class::cast)
              .toList();
    } catch (FHIRException e) {
      // A resource type without an identifier element.
      return List.of();
    }
  }

  private static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-._~:/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
