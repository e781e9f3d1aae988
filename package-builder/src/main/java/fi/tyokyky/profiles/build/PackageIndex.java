package fi.tyokyky.profiles.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * The {@code .index.json} of an NPM FHIR package (index-version 1): one row per resource file with
 * the resource type, id, canonical url, version, and for StructureDefinitions the kind and type.
 */
final class PackageIndex {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Map<String, String>> rows = new TreeMap<>();

  void add(String fileName, Resource resource) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("filename", fileName);
    row.put("resourceType", resource.fhirType());
    row.put("id", resource.getIdElement().getIdPart());
    for (String field : new String[] {"url", "version", "kind", "type"}) {
      String value = primitive(resource, field);
      if (value != null) {
        row.put(field, value);
      }
    }
    rows.put(fileName, row);
  }

  int size() {
    return rows.size();
  }

  void write(Path packageDir) throws IOException {
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("index-version", 1);
    index.put("files", rows.values());
    JSON.writeValue(packageDir.resolve(".index.json").toFile(), index);
  }

  private static String primitive(Resource resource, String name) {
    Property property = resource.getNamedProperty(name);
    if (property == null || !property.hasValues()) {
      return null;
    }
    Base value = property.getValues().get(0);
    return value.isPrimitive() ? value.primitiveValue() : null;
  }
}
