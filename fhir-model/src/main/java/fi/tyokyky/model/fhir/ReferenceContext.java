package fi.tyokyky.model.fhir;

import fi.tyokyky.model.record.BusinessIdentifier;
import java.util.Objects;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Tells a mapper how to write the references of a resource: to the examination's client and
 * encounter (which the records themselves do not name), and to other records by their business key.
 *
 * <p>Two kinds exist: inside a submission, {@link ExaminationBundleMapper} points references at the
 * entries' {@code urn:uuid} full URLs; for a single resource, {@link #logical} writes logical
 * references ({@code Reference.type} and {@code Reference.identifier}). Either way a reference to a
 * record other than the client and the encounter carries the record's business identifier in {@code
 * Reference.identifier}, so that a reader can name the target without resolving it.
 */
public interface ReferenceContext {

  /** A reference to the client; never null. */
  Reference client();

  /** A reference to the examination encounter; null if the resource is recorded without one. */
  Reference encounter();

  /**
   * A reference to another record.
   *
   * @param type the target's resource type; not null
   * @param key the target's business key; not null
   * @return a new reference; never null
   */
  Reference to(ResourceType type, BusinessIdentifier key);

  /**
   * A context that writes logical references by business identifier, for resources sent or stored
   * one by one. The client reference then carries the client's key, which is the henkilötunnus when
   * the client has one.
   *
   * @param client the client's key ({@code Client.key()}); not null
   * @param encounter the encounter's key; null if the resources are not tied to an encounter
   * @return the context; never null
   */
  static ReferenceContext logical(BusinessIdentifier client, BusinessIdentifier encounter) {
    Objects.requireNonNull(client, "client");
    return new ReferenceContext() {
      @Override
      public Reference client() {
        return to(ResourceType.Patient, client);
      }

      @Override
      public Reference encounter() {
        return encounter == null ? null : to(ResourceType.Encounter, encounter);
      }

      @Override
      public Reference to(ResourceType type, BusinessIdentifier key) {
        return new Reference().setType(type.name()).setIdentifier(Identifiers.identifier(key));
      }
    };
  }
}
