package fi.tyokyky.server.partition;

import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.entity.PartitionEntity;
import ca.uhn.fhir.jpa.partition.IPartitionLookupSvc;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One HAPI partition per SOTE organisation: its name is derived from the organisation's OID, and it
 * is created the first time the organisation's client calls.
 *
 * <p>The partition is created in a transaction of its own, so that a request that is refused and
 * rolled back (a mixed-organisation transaction, say) does not leave a partition half-known to
 * HAPI's partition cache. Two first requests of one organisation may race to create it; the loser
 * finds the winner's partition.
 */
public class OrganisationPartitions {

  /** Prefix of every organisation partition's name. */
  public static final String NAME_PREFIX = "sote-";

  private final IPartitionLookupSvc lookup;
  private final TransactionTemplate ownTransaction;
  private final Map<String, RequestPartitionId> known = new ConcurrentHashMap<>();

  /** Uses HAPI's partition store and the JPA transaction manager (both never null). */
  public OrganisationPartitions(
      IPartitionLookupSvc lookup, PlatformTransactionManager transactionManager) {
    this.lookup = lookup;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The partition name of an organisation: {@value #NAME_PREFIX} followed by the OID's arcs joined
   * with hyphens ({@code sote-1-2-246-10-99999991-10-0}); HAPI allows only letters, digits, {@code
   * _} and {@code -} in partition names, and arcs are digits, so the name is unique per OID.
   *
   * @param organisationOid a bare SOTE organisation OID; not null
   * @throws IllegalArgumentException if it is not a valid SOTE organisation OID
   */
  public static String partitionName(String organisationOid) {
    if (!SoteOrganisationOid.isValid(organisationOid) || organisationOid.startsWith("urn:")) {
      throw new IllegalArgumentException("Not a bare SOTE organisation OID");
    }
    return NAME_PREFIX + organisationOid.replace('.', '-');
  }

  /**
   * The partition of an organisation, created if it does not exist yet.
   *
   * @param organisationOid a bare SOTE organisation OID; not null
   * @return the partition with both its id and name; never null
   */
  public RequestPartitionId of(String organisationOid) {
    String name = partitionName(organisationOid);
    RequestPartitionId partition = known.get(name);
    if (partition == null) {
      partition = findOrCreate(name, organisationOid);
      known.put(name, partition);
    }
    return partition;
  }

  private RequestPartitionId findOrCreate(String name, String organisationOid) {
    PartitionEntity existing = find(name);
    if (existing != null) {
      return existing.toRequestPartitionId();
    }
    try {
      return ownTransaction.execute(status -> create(name, organisationOid)).toRequestPartitionId();
    } catch (BaseServerResponseException | DataAccessException lostTheRace) {
      lookup.invalidateCaches();
      PartitionEntity winner = find(name);
      if (winner == null) {
        throw lostTheRace;
      }
      return winner.toRequestPartitionId();
    }
  }

  private PartitionEntity create(String name, String organisationOid) {
    PartitionEntity partition = new PartitionEntity();
    partition.setId(lookup.generateRandomUnusedPartitionId());
    partition.setName(name);
    partition.setDescription("Records of SOTE organisation " + organisationOid);
    return lookup.createPartition(partition, new SystemRequestDetails());
  }

  private PartitionEntity find(String name) {
    try {
      return lookup.getPartitionByName(name);
    } catch (ResourceNotFoundException absent) {
      return null;
    }
  }
}
