package fi.tyokyky.model.fhir;

import fi.tyokyky.model.fhir.ExaminationPartMappers.PartMapper;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.ExaminationPart;
import fi.tyokyky.model.record.Keyed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Turns an {@link Examination} into the package's submission form, a transaction Bundle of profile
 * {@code unemployed-health-examination-bundle}, and back.
 *
 * <h2>The submission</h2>
 *
 * <ul>
 *   <li>Every entry's {@code fullUrl} is a {@code urn:uuid} derived from the record's resource type
 *       and business key ({@link SubmissionKeys#fullUrl}), so a resend produces the same bundle.
 *   <li>References between records of the examination point at those {@code urn:uuid}s and also
 *       name the target's type and business identifier; references to records outside the
 *       examination are logical (type and identifier).
 *   <li>Organizations, Practitioners, PractitionerRoles and the Patient are conditional creates:
 *       {@code POST <Type>} with {@code ifNoneExist: identifier=<system>|<value>}, so an existing
 *       person or organisation is reused and not changed (the patient is keyed on the henkilötunnus
 *       when there is one). Every other record is a conditional update, {@code PUT
 *       <Type>?identifier=<system>|<value>}, so a resend updates it in place. Each of these
 *       resources carries the {@code source-changed} extension ({@link SourceChangedExtension}),
 *       {@link Examination#sourceChanged(Keyed)}: the server keeps a stored version that is at
 *       least as new, so a late or repeated submission changes nothing.
 * </ul>
 *
 * <p>Entries come in the fixed order of {@link ExaminationPart#all()}: organisations,
 * professionals, roles, the client, the service path, the network, the encounter, questionnaire
 * responses, observations (see {@link Examination#observations()}), diagnoses, goals, the plan,
 * referrals, tasks. Each part is written and read by its mapper in {@code ExaminationPartMappers}.
 *
 * <p>Reading takes the examination's {@link Examination#sourceChanged()} from the encounter's
 * stamp, and a {@link fi.tyokyky.model.record.SourceChange} for every other part stamped at another
 * time; without stamps the defaults apply. So {@code fromBundle(toBundle(e))} equals {@code e}.
 *
 * <p>Reading accepts any bundle whose resources the records can hold, also one produced elsewhere
 * whose references are only {@code urn:uuid}s. A resource of a type the examination has no place
 * for is refused rather than silently dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExaminationBundleMapper {

  /** The profile id of the submission. */
  public static final String PROFILE = "unemployed-health-examination-bundle";

  /**
   * The submission of an examination.
   *
   * @param examination the examination; not null
   * @return a new transaction Bundle; never null
   */
  public Bundle toBundle(Examination examination) {
    List<Pending> pending = pendingEntries(examination);
    Set<String> fullUrls = new LinkedHashSet<>();
    pending.forEach(p -> fullUrls.add(p.fullUrl()));
    BundleReferences references =
        new BundleReferences(
            fullUrls,
            SubmissionKeys.fullUrl(ResourceType.Patient, examination.client().key()),
            SubmissionKeys.fullUrl(ResourceType.Encounter, examination.encounter().key()));

    Bundle bundle = FixedCodes.stamp(new Bundle(), PROFILE);
    bundle.setType(Bundle.BundleType.TRANSACTION);
    for (Pending entry : pending) {
      DomainResource resource =
          ExaminationPartMappers.of(entry.part()).write(entry.record(), references);
      BundleEntryComponent component =
          bundle.addEntry().setFullUrl(entry.fullUrl()).setResource(resource);
      String query = SubmissionKeys.identifierQuery(entry.record().key());
      if (entry.part().updated()) {
        SourceChangedExtension.stamp(resource, examination.sourceChanged(entry.record()));
        component.getRequest().setMethod(HTTPVerb.PUT).setUrl(entry.type().name() + "?" + query);
      } else {
        component
            .getRequest()
            .setMethod(HTTPVerb.POST)
            .setUrl(entry.type().name())
            .setIfNoneExist(query);
      }
    }
    return bundle;
  }

  /**
   * The examination of a submission.
   *
   * @param bundle a bundle with exactly one Patient and one Encounter; not null
   * @return the examination; never null
   * @throws FhirReadException if the bundle lacks the client or encounter, has two of a part the
   *     examination holds once, or holds a resource the examination has no place for
   * @throws fi.tyokyky.model.record.InvalidRecordException if a record's content is impossible
   */
  public Examination fromBundle(Bundle bundle) {
    BundleReferenceReader references = new BundleReferenceReader(bundle);
    Examination.Builder builder = Examination.builder();
    Set<ExaminationPart<?>> read = new HashSet<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Resource resource = bundle.getEntry().get(i).getResource();
      String location = "Bundle.entry[" + i + "].resource";
      if (resource == null) {
        throw new FhirReadException(location, "is missing");
      }
      PartMapper<?, ?> mapper =
          ExaminationPartMappers.reading(resource)
              .orElseThrow(() -> noPlaceFor(resource, location));
      add(builder, mapper, resource, references, read, location);
    }
    List<ExaminationPart<?>> missing =
        ExaminationPart.all().stream()
            .filter(part -> part.cardinality() == ExaminationPart.Cardinality.REQUIRED)
            .toList();
    if (!read.containsAll(missing)) {
      throw new FhirReadException(
          "Bundle.entry",
          "needs one "
              + String.join(
                  " and one ", missing.stream().map(ExaminationPart::resourceType).toList()));
    }
    return withSourceChanges(builder.build(), bundle, builder);
  }

  private static <R extends Keyed> void add(
      Examination.Builder builder,
      PartMapper<R, ?> mapper,
      Resource resource,
      ReferenceReader references,
      Set<ExaminationPart<?>> read,
      String location) {
    R record = mapper.read(resource, references);
    ExaminationPart<R> part = mapper.part();
    if (!read.add(part) && part.single()) {
      throw new FhirReadException(
          location,
          "is a second " + part.recordType().getSimpleName() + "; an examination has one");
    }
    builder.add(part, record);
  }

  private static FhirReadException noPlaceFor(Resource resource, String location) {
    if (resource instanceof Observation) {
      return new FhirReadException(
          location + ".code", "is not the code of an observation profile an examination holds");
    }
    return new FhirReadException(
        location, "is a " + resource.fhirType() + ", which an examination has no place for");
  }

  /**
   * The examination with the stamps of the bundle's resources: the encounter's as the examination's
   * own, every other updated part's where it has one.
   */
  private static Examination withSourceChanges(
      Examination examination, Bundle bundle, Examination.Builder builder) {
    Map<String, DomainResource> stamped = new HashMap<>();
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof DomainResource resource
          && SourceChangedExtension.read(resource) != null) {
        BusinessIdentifier key = SubmissionKeys.keyOf(resource);
        if (key != null) {
          stamped.put(SubmissionKeys.fullUrl(resource.getResourceType(), key), resource);
        }
      }
    }
    if (stamped.isEmpty()) {
      return examination;
    }
    DomainResource encounter =
        stamped.get(SubmissionKeys.fullUrl(ResourceType.Encounter, examination.encounter().key()));
    if (encounter != null) {
      builder.sourceChanged(SourceChangedExtension.read(encounter));
    }
    for (Pending part : pendingEntries(examination)) {
      DomainResource resource = stamped.get(part.fullUrl());
      if (part.part().updated() && part.part() != ExaminationPart.ENCOUNTER && resource != null) {
        builder.sourceChanged(part.record(), SourceChangedExtension.read(resource));
      }
    }
    return builder.build();
  }

  /** Every record of the examination, in submission order. */
  private static List<Pending> pendingEntries(Examination examination) {
    List<Pending> pending = new ArrayList<>();
    for (ExaminationPart<?> part : ExaminationPart.all()) {
      part.in(examination).forEach(record -> pending.add(new Pending(part, record)));
    }
    return pending;
  }

  /** One entry to write once every entry's full URL is known. */
  private record Pending(ExaminationPart<?> part, Keyed record) {
    ResourceType type() {
      return ResourceType.fromCode(part.resourceType());
    }

    String fullUrl() {
      return SubmissionKeys.fullUrl(type(), record.key());
    }
  }
}
