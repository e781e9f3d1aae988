package fi.tyokyky.server.examination;

import ca.uhn.fhir.model.api.annotation.Description;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.Date;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * The {@code $examination} operation: everything one examination consists of, in one read, as a
 * Bundle of type {@code collection} that {@code ExaminationBundleMapper.fromBundle} reads back into
 * the examination that was submitted. Defined by the package's OperationDefinition {@value
 * #CANONICAL}, which the CapabilityStatement names.
 *
 * <ul>
 *   <li>{@code GET Encounter/{id}/$examination}
 *   <li>{@code GET Encounter/$examination?identifier=<system>|<value>}, by the encounter's business
 *       identifier, as a sender knows it
 * </ul>
 *
 * <p>A {@code collection}, not a {@code searchset}: the entries are not matches of a query with
 * included extras, but one fixed set of records, bounded by one examination, so there is no paging
 * and no search mode to tell apart. Each entry's {@code fullUrl} is the resource's server URL, so
 * the stored references ({@code Observation.subject = Patient/123}) resolve inside the bundle as
 * FHIR's rules for resolving references in bundles say. What the set holds is decided by {@link
 * ExaminationGraph}.
 */
public class ExaminationOperationProvider {

  /** The canonical URL of the operation's definition in the package. */
  public static final String CANONICAL =
      TyokykyPackage.CANONICAL + "/OperationDefinition/examination";

  private final ExaminationGraph graph;

  /** Gathers with {@code graph} (not null). */
  public ExaminationOperationProvider(ExaminationGraph graph) {
    this.graph = graph;
  }

  /**
   * The examination of the Encounter {@code encounterId}.
   *
   * @param encounterId the encounter's id; not null
   * @param request the request; not null
   * @return a collection Bundle, the encounter first; never null
   */
  @Operation(
      name = "$examination",
      type = Encounter.class,
      idempotent = true,
      canonicalUrl = CANONICAL,
      bundleType = BundleTypeEnum.COLLECTION)
  @Description(
      shortDefinition = "Everything one examination consists of",
      value =
          "The encounter, every record recorded in it and the records they refer to, as one collection Bundle")
  public Bundle examination(@IdParam IdType encounterId, RequestDetails request) {
    return collection(encounterId, request);
  }

  /**
   * The examination of the Encounter with the business identifier {@code identifier}.
   *
   * @param identifier {@code <system>|<value>}; required
   * @param request the request; not null
   * @return a collection Bundle, the encounter first; never null
   */
  @Operation(
      name = "$examination",
      type = Encounter.class,
      idempotent = true,
      canonicalUrl = CANONICAL,
      bundleType = BundleTypeEnum.COLLECTION)
  @Description(
      shortDefinition =
          "Everything one examination consists of, by the encounter's business identifier")
  public Bundle examinationByIdentifier(
      @OperationParam(name = "identifier", min = 1, max = 1)
          @Description(shortDefinition = "The encounter's business identifier, <system>|<value>")
          TokenParam identifier,
      RequestDetails request) {
    return collection(graph.encounterWithIdentifier(identifier, request), request);
  }

  private Bundle collection(IIdType encounterId, RequestDetails request) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.setTimestamp(new Date());
    String base = request.getFhirServerBase();
    for (IBaseResource resource : graph.gather(encounterId, request)) {
      IIdType id = resource.getIdElement();
      bundle
          .addEntry()
          .setFullUrl(base + "/" + id.getResourceType() + "/" + id.getIdPart())
          .setResource((Resource) resource);
    }
    return bundle;
  }
}
