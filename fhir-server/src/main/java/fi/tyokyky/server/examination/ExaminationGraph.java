package fi.tyokyky.server.examination;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.util.FhirTerser;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.tyokyky.model.fhir.EncounterMapper;
import fi.tyokyky.profiles.TyokykyPackage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;

/**
 * Gathers the stored resources one examination consists of, starting from its Encounter: the set
 * that one submission of {@code ExaminationBundleMapper.toBundle} sends, as the server now holds
 * it.
 *
 * <ul>
 *   <li>Records <em>recorded in</em> the encounter (questionnaire responses, observations,
 *       conditions, the plan, referrals, tasks) are those whose {@code encounter} is this one. One
 *       recorded in another encounter belongs to another examination and is never included, even
 *       when a record of this one refers to it (a plan updated at a later visit, say).
 *   <li>Records that <em>live outside one visit</em> (the client, organisations, professionals and
 *       their roles, the service path, the network, goals) are included when the encounter or any
 *       included record refers to them literally ({@code Type/id}), directly or through each other.
 *       A logical reference (business identifier only) names a record the submission did not send.
 * </ul>
 *
 * <p>A record of the recorded-in types that names no encounter, or a goal no plan lists, cannot be
 * told apart from another examination's and is not included; the library's submissions record every
 * such record in their encounter.
 *
 * <p>Every read goes through HAPI's DAOs with the caller's {@link RequestDetails}, so storage
 * interceptors (authorisation, consent) see each one. This class is the one place where what an
 * examination read returns is decided; narrowing it to what a caller may see belongs here.
 *
 * <p>Thread-safe.
 */
public class ExaminationGraph {

  /** The profile an Encounter must claim to be the encounter of an examination. */
  static final String ENCOUNTER_PROFILE =
      TyokykyPackage.structureDefinition(EncounterMapper.PROFILE);

  /**
   * The resource types of an examination, the encounter first, then as the submission lists them.
   */
  static final List<String> TYPES =
      List.of(
          "Encounter",
          "Organization",
          "Practitioner",
          "PractitionerRole",
          "Patient",
          "EpisodeOfCare",
          "CareTeam",
          "QuestionnaireResponse",
          "Observation",
          "Condition",
          "Goal",
          "CarePlan",
          "ServiceRequest",
          "Task");

  /** The types recorded in one encounter, found by their {@code encounter} search parameter. */
  static final List<String> RECORDED_IN_ENCOUNTER =
      List.of(
          "QuestionnaireResponse",
          "Observation",
          "Condition",
          "CarePlan",
          "ServiceRequest",
          "Task");

  /** The types that live outside one visit, found by following references. */
  static final Set<String> FOLLOWED =
      Set.of(
          "Organization",
          "Practitioner",
          "PractitionerRole",
          "Patient",
          "EpisodeOfCare",
          "CareTeam",
          "Goal");

  private final DaoRegistry daos;
  private final FhirTerser terser;

  /** Reads through {@code daos} (not null); {@code fhir} is the server's context (not null). */
  public ExaminationGraph(DaoRegistry daos, FhirContext fhir) {
    this.daos = daos;
    this.terser = fhir.newTerser();
  }

  /**
   * The id of the one Encounter with the business identifier {@code system|value}.
   *
   * @param identifier the identifier, with system and value; not null
   * @param request the caller's request; not null
   * @return the encounter's versionless id; never null
   * @throws InvalidRequestException if the identifier lacks its system or value, or several
   *     encounters have it
   * @throws ResourceNotFoundException if no encounter has it
   */
  public IIdType encounterWithIdentifier(TokenParam identifier, RequestDetails request) {
    if (identifier == null
        || identifier.getSystem() == null
        || identifier.getSystem().isBlank()
        || identifier.getValue() == null
        || identifier.getValue().isBlank()) {
      throw new InvalidRequestException(
          "$examination on the Encounter type needs the parameter identifier=<system>|<value>");
    }
    SearchParameterMap search =
        SearchParameterMap.newSynchronous(
            "identifier", new TokenParam(identifier.getSystem(), identifier.getValue()));
    List<? extends IBaseResource> found = dao("Encounter").searchForResources(search, request);
    // The identifier is not echoed: a caller may have passed a henkilötunnus by mistake.
    if (found.isEmpty()) {
      throw new ResourceNotFoundException("No Encounter has this identifier");
    }
    if (found.size() > 1) {
      throw new InvalidRequestException(
          found.size() + " Encounters have this identifier; an examination has one");
    }
    return found.get(0).getIdElement().toUnqualifiedVersionless();
  }

  /**
   * The resources of the examination whose encounter is {@code encounterId}: the encounter first,
   * then by type in the submission's order, each type in the order the server first stored them
   * (which is the order of their first submission).
   *
   * @param encounterId the encounter's id ({@code Encounter/123}, a version is ignored); not null
   * @param request the caller's request; not null
   * @return the resources, each once; never null or empty
   * @throws ResourceNotFoundException if the encounter is not stored (HAPI answers 404; 410 if
   *     deleted)
   * @throws InvalidRequestException if the Encounter does not claim {@link #ENCOUNTER_PROFILE}
   */
  public List<IBaseResource> gather(IIdType encounterId, RequestDetails request) {
    IIdType id = new IdType("Encounter", encounterId.getIdPart());
    Encounter encounter = (Encounter) dao("Encounter").read(id, request);
    if (!claimsExaminationProfile(encounter)) {
      throw new InvalidRequestException(
          id.getValue()
              + " is not the encounter of an examination: it does not"
              + " claim the profile "
              + ENCOUNTER_PROFILE);
    }
    String patient =
        encounter.getSubject().getReferenceElement().toUnqualifiedVersionless().getValue();

    Map<String, IBaseResource> gathered = new LinkedHashMap<>();
    List<IBaseResource> frontier = new ArrayList<>();
    add(encounter, gathered, frontier);
    for (String type : RECORDED_IN_ENCOUNTER) {
      SearchParameterMap search =
          SearchParameterMap.newSynchronous("encounter", new ReferenceParam(id));
      for (IBaseResource resource : dao(type).searchForResources(search, request)) {
        add(resource, gathered, frontier);
      }
    }
    while (!frontier.isEmpty()) {
      Map<String, Set<String>> missing = referencedAndMissing(frontier, gathered, patient);
      frontier = new ArrayList<>();
      for (Map.Entry<String, Set<String>> wanted : missing.entrySet()) {
        SearchParameterMap search = SearchParameterMap.newSynchronous();
        search.add("_id", new TokenOrListParam(null, wanted.getValue().toArray(String[]::new)));
        // A deleted target is not found; the referring record still names it by identifier.
        for (IBaseResource resource : dao(wanted.getKey()).searchForResources(search, request)) {
          add(resource, gathered, frontier);
        }
      }
    }
    List<IBaseResource> ordered = new ArrayList<>(gathered.values());
    ordered.sort(
        Comparator.comparingInt((IBaseResource r) -> TYPES.indexOf(r.fhirType()))
            .thenComparing(ExaminationGraph::storageOrder));
    return ordered;
  }

  private IFhirResourceDao<? extends IBaseResource> dao(String type) {
    return daos.getResourceDao(type);
  }

  private static boolean claimsExaminationProfile(Encounter encounter) {
    return encounter.getMeta().getProfile().stream()
        .map(canonical -> canonical.getValue())
        .anyMatch(
            url ->
                ENCOUNTER_PROFILE.equals(url)
                    || (url != null && url.startsWith(ENCOUNTER_PROFILE + "|")));
  }

  private static void add(
      IBaseResource resource, Map<String, IBaseResource> gathered, List<IBaseResource> frontier) {
    if (gathered.putIfAbsent(key(resource.getIdElement()), resource) == null) {
      frontier.add(resource);
    }
  }

  /**
   * The targets of the frontier's literal references that are to be followed and not yet read, by
   * type.
   */
  private Map<String, Set<String>> referencedAndMissing(
      List<IBaseResource> frontier, Map<String, IBaseResource> gathered, String patient) {
    Map<String, Set<String>> missing = new TreeMap<>();
    for (IBaseResource resource : frontier) {
      for (ResourceReferenceInfo info : terser.getAllResourceReferences(resource)) {
        IIdType target = info.getResourceReference().getReferenceElement();
        if (target == null
            || target.hasBaseUrl()
            || !target.hasResourceType()
            || !target.hasIdPart()
            || !FOLLOWED.contains(target.getResourceType())) {
          continue;
        }
        String key = key(target);
        // The client is the encounter's subject; a reference to any other Patient is not followed.
        boolean otherPatient = "Patient".equals(target.getResourceType()) && !key.equals(patient);
        if (!otherPatient && !gathered.containsKey(key)) {
          missing
              .computeIfAbsent(target.getResourceType(), type -> new TreeSet<>())
              .add(target.getIdPart());
        }
      }
    }
    return missing;
  }

  private static String key(IIdType id) {
    return id.getResourceType() + "/" + id.getIdPart();
  }

  /**
   * Server-assigned ids are numbers drawn in increasing order, so they sort the records of a type
   * in the order they were first stored; ids that are not numbers sort after them, by text.
   */
  private static String storageOrder(IBaseResource resource) {
    String id = resource.getIdElement().getIdPart();
    return id.length() <= 18 && id.chars().allMatch(Character::isDigit)
        ? String.format("0%019d", Long.parseLong(id))
        : "1" + id;
  }
}
