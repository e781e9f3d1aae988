package fi.tyokyky.statistics.tables;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import fi.tyokyky.model.fhir.ExaminationBundleMapper;
import fi.tyokyky.model.record.Examination;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Examinations built with the library, as a server would store them: each submission's resources
 * get ids (the entry's {@code urn:uuid}), their {@code urn:uuid} references become {@code Type/id},
 * and a record shared by several submissions (an organisation, a professional) is kept once.
 * Written as Bulk Data NDJSON, one file per resource type.
 */
final class StoredRecords {

  static final FhirContext CTX = FhirContext.forR4Cached();

  private StoredRecords() {}

  static List<Resource> of(Examination... examinations) {
    ExaminationBundleMapper mapper = new ExaminationBundleMapper();
    Map<String, Resource> byId = new LinkedHashMap<>();
    for (Examination examination : examinations) {
      Bundle bundle = mapper.toBundle(examination);
      Map<String, String> references = new HashMap<>();
      for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
        String id = entry.getFullUrl().substring("urn:uuid:".length());
        references.put(entry.getFullUrl(), entry.getResource().fhirType() + "/" + id);
      }
      for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
        Resource resource = entry.getResource();
        resource.setId(entry.getFullUrl().substring("urn:uuid:".length()));
        for (Reference reference :
            CTX.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
          String target = references.get(reference.getReference());
          if (target != null) {
            reference.setReference(target);
          }
        }
        byId.putIfAbsent(resource.fhirType() + "/" + resource.getIdPart(), resource);
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** The resource of a type whose business identifier value is {@code value}. */
  static Resource find(List<Resource> resources, String type, String identifierValue) {
    for (Resource resource : resources) {
      if (resource.fhirType().equals(type)
          && CTX.newTerser().getValues(resource, "identifier.value").stream()
              .anyMatch(
                  v ->
                      v instanceof org.hl7.fhir.r4.model.PrimitiveType<?> p
                          && identifierValue.equals(p.getValueAsString()))) {
        return resource;
      }
    }
    throw new IllegalArgumentException("no " + type + " " + identifierValue);
  }

  /** Writes {@code <Type>.ndjson} files (or {@code <Type>.000.ndjson}... with parts). */
  static void writeNdjson(Path dir, List<Resource> resources, boolean parts) throws IOException {
    IParser json = CTX.newJsonParser();
    Map<String, List<Resource>> byType = new LinkedHashMap<>();
    resources.forEach(r -> byType.computeIfAbsent(r.fhirType(), t -> new ArrayList<>()).add(r));
    Files.createDirectories(dir);
    for (Map.Entry<String, List<Resource>> type : byType.entrySet()) {
      List<Resource> all = type.getValue();
      int files = parts && all.size() > 1 ? 2 : 1;
      for (int part = 0; part < files; part++) {
        String name = parts ? type.getKey() + ".00" + part + ".ndjson" : type.getKey() + ".ndjson";
        try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
          for (int i = part; i < all.size(); i += files) {
            out.write(json.encodeResourceToString(all.get(i)));
            if (i + files < all.size()) {
              out.write('\n');
            }
          }
        }
      }
    }
  }
}
