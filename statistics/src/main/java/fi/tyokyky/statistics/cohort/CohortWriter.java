package fi.tyokyky.statistics.cohort;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.fhir.SubmissionKeys;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Examination;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Writes a {@link Cohort} as files, streaming: one client's records are in memory at a time, so a
 * cohort of a million examinations needs no more memory than one of a hundred.
 *
 * <ul>
 *   <li>{@link #writeNdjson} writes Bulk-Data-style NDJSON, one file per resource type ({@code
 *       Patient.ndjson}, {@code Encounter.ndjson}, …), each resource once in its latest state, as
 *       an export of the server would hold them after the cohort's submissions: the records that
 *       several visits carry (the path, the task) in their state after the client's last visit; the
 *       organisations and professionals once for the cohort. Resource ids are the UUIDs of the
 *       submission's {@code urn:uuid} full URLs ({@link SubmissionKeys#fullUrl}), and every
 *       reference, also a logical one by type and identifier, is rewritten to {@code Type/id}.
 *   <li>{@link #writeBundles} writes the server's input: the transaction Bundle of each examination
 *       ({@link ExaminationBundleMapper}), one per line of one NDJSON file, each client's visits in
 *       time order (the order to submit them in).
 * </ul>
 *
 * In both, each Patient gets a synthetic address and phone ({@link SyntheticContact}). The output
 * is the same, byte for byte, for the same plan. Not thread-safe (HAPI's parser is not).
 */
public final class CohortWriter {

  /** What a write produced. */
  public record Summary(long clients, long examinations, Map<String, Long> resourcesByType) {

    /** Copies the counts, sorted by resource type. */
    public Summary {
      resourcesByType = Map.copyOf(resourcesByType);
    }

    /** All resources written. */
    public long resources() {
      return resourcesByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The counts by resource type, sorted by type. */
    public Map<String, Long> sortedByType() {
      return new TreeMap<>(resourcesByType);
    }
  }

  /** Told how far a write has come. */
  @FunctionalInterface
  public interface Progress {
    /** Called after each client with the clients written and the cohort's clients. */
    void clientsWritten(long written, long total);

    /** Tells nothing. */
    Progress NONE = (written, total) -> {};
  }

  /** The file {@link #writeBundles} writes into its directory. */
  public static final String BUNDLES_FILE = "transactions.ndjson";

  private static final Set<String> SHARED_TYPES =
      Set.of("Organization", "Practitioner", "PractitionerRole");
  private static final String URN_UUID = "urn:uuid:";

  private final ExaminationBundleMapper mapper = new ExaminationBundleMapper();
  private final FhirTerser terser;
  private final IParser parser;

  /** A writer with HAPI's cached R4 context. */
  public CohortWriter() {
    this(FhirContext.forR4Cached());
  }

  /**
   * A writer with the given context.
   *
   * @param context an R4 context; not null
   */
  public CohortWriter(FhirContext context) {
    Objects.requireNonNull(context, "context");
    terser = context.newTerser();
    parser = context.newJsonParser().setPrettyPrint(false);
  }

  /**
   * Writes the cohort as one NDJSON file per resource type into {@code directory} (created if
   * missing; files of the same names are replaced).
   *
   * @param cohort the cohort; not null
   * @param directory the directory; not null
   * @param progress told after each client; not null
   * @return what was written; never null
   * @throws IOException if a file cannot be written
   */
  public Summary writeNdjson(Cohort cohort, Path directory, Progress progress) throws IOException {
    Files.createDirectories(directory);
    Map<String, Writer> files = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    Set<String> sharedWritten = new HashSet<>();
    Map<String, String> sharedTypes = new HashMap<>();
    long examinations = 0;
    long clients = 0;
    try {
      for (Cohort.ClientRecords client : cohort) {
        Map<String, Resource> latest = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>(sharedTypes);
        for (Examination visit : client.visits()) {
          for (Bundle.BundleEntryComponent entry : mapper.toBundle(visit).getEntry()) {
            Resource resource = entry.getResource();
            String type = resource.fhirType();
            types.put(entry.getFullUrl(), type);
            if (SHARED_TYPES.contains(type)) {
              sharedTypes.put(entry.getFullUrl(), type);
              if (!sharedWritten.add(entry.getFullUrl())) {
                continue;
              }
            }
            latest.put(entry.getFullUrl(), resource);
          }
          examinations++;
        }
        for (Map.Entry<String, Resource> entry : latest.entrySet()) {
          Resource resource = entry.getValue();
          resource.setId(entry.getKey().substring(URN_UUID.length()));
          rewriteReferences(resource, types);
          if (resource instanceof Patient patient) {
            SyntheticContact.addTo(patient, client.index());
          }
          String type = resource.fhirType();
          Writer out = files.get(type);
          if (out == null) {
            out =
                Files.newBufferedWriter(
                    directory.resolve(type + ".ndjson"), StandardCharsets.UTF_8);
            files.put(type, out);
          }
          out.write(parser.encodeResourceToString(resource));
          out.write('\n');
          counts.merge(type, 1L, Long::sum);
        }
        clients++;
        progress.clientsWritten(clients, cohort.plan().clients());
      }
    } finally {
      closeAll(files);
    }
    return new Summary(clients, examinations, counts);
  }

  /**
   * Writes the cohort's transaction Bundles, one per line, into {@value #BUNDLES_FILE} in {@code
   * directory} (created if missing).
   *
   * @param cohort the cohort; not null
   * @param directory the directory; not null
   * @param progress told after each client; not null
   * @return what was written (the resources counted over all bundles); never null
   * @throws IOException if the file cannot be written
   */
  public Summary writeBundles(Cohort cohort, Path directory, Progress progress) throws IOException {
    Files.createDirectories(directory);
    Map<String, Long> counts = new HashMap<>();
    long examinations = 0;
    long clients = 0;
    try (Writer out =
        Files.newBufferedWriter(directory.resolve(BUNDLES_FILE), StandardCharsets.UTF_8)) {
      for (Cohort.ClientRecords client : cohort) {
        for (Examination visit : client.visits()) {
          Bundle bundle = bundle(visit, client.index());
          bundle.getEntry().forEach(e -> counts.merge(e.getResource().fhirType(), 1L, Long::sum));
          out.write(parser.encodeResourceToString(bundle));
          out.write('\n');
          examinations++;
        }
        clients++;
        progress.clientsWritten(clients, cohort.plan().clients());
      }
    }
    return new Summary(clients, examinations, counts);
  }

  /**
   * The transaction Bundle of one visit of client {@code index}, with the synthetic address and
   * phone on its Patient.
   */
  public Bundle bundle(Examination visit, int index) {
    Bundle bundle = mapper.toBundle(visit);
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof Patient patient) {
        SyntheticContact.addTo(patient, index);
      }
    }
    return bundle;
  }

  private void rewriteReferences(Resource resource, Map<String, String> types) {
    for (Reference reference :
        terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
      String target = reference.getReference();
      if (target != null && target.startsWith(URN_UUID)) {
        String type = types.get(target);
        if (type != null) {
          reference.setReference(type + "/" + target.substring(URN_UUID.length()));
        }
      } else if (target == null && reference.hasType() && reference.hasIdentifier()) {
        // A logical reference to a record of an earlier visit: its id is derived from the same key.
        String url =
            SubmissionKeys.fullUrl(
                ResourceType.fromCode(reference.getType()),
                BusinessIdentifier.of(
                    reference.getIdentifier().getSystem(), reference.getIdentifier().getValue()));
        reference.setReference(reference.getType() + "/" + url.substring(URN_UUID.length()));
      }
    }
  }

  private static void closeAll(Map<String, Writer> files) throws IOException {
    IOException failure = null;
    for (Writer out : files.values()) {
      try {
        out.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
