package fi.tyokyky.server.figures;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import fi.tyokyky.statistics.pseudonym.BirthDates;
import fi.tyokyky.statistics.pseudonym.Pseudonymiser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes the stored records of the types the views read as pseudonymised NDJSON ({@code
 * <type>.ndjson}), every organisation's, page by page: the same input a statistician's export gives
 * the views. The ages at examination need the clients' full birth dates, which the pseudonymiser
 * truncates, so the Patients are read first and their birth dates kept in memory for the run.
 */
final class StoredRecords {

  /** Resources read from the store at a time. */
  static final int PAGE_SIZE = 500;

  private final DaoRegistry daos;
  private final IParser json;

  StoredRecords(DaoRegistry daos, FhirContext fhirContext) {
    this.daos = daos;
    this.json = fhirContext.newJsonParser().setPrettyPrint(false);
  }

  /**
   * Writes each type's records to {@code directory}.
   *
   * @param types the resource types, in the order written; not null
   * @param directory an existing directory; not null
   * @param pseudonymiserFor makes the pseudonymiser from the clients' birth dates; not null
   * @return the resources written per type; never null
   */
  Map<String, Long> write(
      List<String> types,
      Path directory,
      Function<Map<String, LocalDate>, Pseudonymiser> pseudonymiserFor) {
    Map<String, LocalDate> birthDates = new HashMap<>();
    forEach("Patient", resource -> birthDate((Patient) resource, birthDates));
    Pseudonymiser pseudonymiser = pseudonymiserFor.apply(birthDates);
    Map<String, Long> written = new LinkedHashMap<>();
    for (String type : types) {
      Path file = directory.resolve(type + ".ndjson");
      long[] count = {0};
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        forEach(
            type,
            resource -> {
              try {
                out.write(json.encodeResourceToString(pseudonymiser.pseudonymise(resource)));
                out.write('\n');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              count[0]++;
            });
      } catch (IOException e) {
        throw new UncheckedIOException("writing " + file + " failed", e);
      }
      written.put(type, count[0]);
    }
    return written;
  }

  /** Every stored resource of a type, in every organisation's partition, a page at a time. */
  private void forEach(String type, Consumer<Resource> action) {
    if (!daos.isResourceTypeSupported(type)) {
      return;
    }
    IBundleProvider found =
        daos.getResourceDao(type)
            .search(new SearchParameterMap(), SystemRequestDetails.forAllPartitions());
    int from = 0;
    while (true) {
      List<IBaseResource> page = found.getResources(from, from + PAGE_SIZE);
      if (page.isEmpty()) {
        return;
      }
      page.forEach(resource -> action.accept((Resource) resource));
      from += page.size();
    }
  }

  private static void birthDate(Patient patient, Map<String, LocalDate> birthDates) {
    BirthDates.fullBirthDate(patient)
        .ifPresent(born -> birthDates.put("Patient/" + patient.getIdElement().getIdPart(), born));
  }
}
