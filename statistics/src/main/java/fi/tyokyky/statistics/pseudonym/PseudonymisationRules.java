package fi.tyokyky.statistics.pseudonym;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

/**
 * The pseudonymisation rules: an identified, versioned list of (path, method) pairs read from JSON,
 * in the manner of the HL7 and Microsoft FHIR de-identification configurations. The library's own
 * rules are {@link #v1()} ({@code rules-v1.json} beside this class); the export's manifest names
 * {@link #id()} and {@link #version()}.
 *
 * <pre>{@code
 * {
 *   "id": "tyokyky-statistics-pseudonymisation",
 *   "version": "1.0.0",
 *   "description": "...",
 *   "rules": [
 *     { "path": "nodesByType('HumanName')", "method": "remove", "reason": "names identify" },
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <p>Rules apply in order, and the first rule whose path reaches an element decides for it and for
 * everything under it; an element that no rule reaches is kept. Paths and methods are described in
 * {@link ElementPath} and {@link Method}. Reading checks every rule: an unknown method, a path that
 * does not parse or names an element its type does not have, a method that cannot apply to the
 * element's type, or an unknown field is an {@link InvalidRulesException} that names the rule's
 * position. Immutable and thread-safe.
 */
public final class PseudonymisationRules {

  private static final String V1 = "rules-v1.json";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
  private static final Set<String> TOP_FIELDS = Set.of("id", "version", "description", "rules");
  private static final Set<String> RULE_FIELDS = Set.of("path", "method", "reason");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final String version;
  private final List<PseudonymisationRule> rules;
  private final List<ElementPath> paths;

  private PseudonymisationRules(
      String id, String version, List<PseudonymisationRule> rules, List<ElementPath> paths) {
    this.id = id;
    this.version = version;
    this.rules = rules;
    this.paths = paths;
  }

  /** The library's rules, version 1 (read once per call; cache the result). */
  public static PseudonymisationRules v1() {
    try (InputStream in = PseudonymisationRules.class.getResourceAsStream(V1)) {
      if (in == null) {
        throw new IllegalStateException(V1 + " is missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and checks a rules file.
   *
   * @param json the file; read to its end, not closed; never null
   * @throws InvalidRulesException if the file is not a usable rules file
   */
  public static PseudonymisationRules read(InputStream json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new InvalidRulesException("(file)", "not JSON", e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidRulesException("(file)", "not a JSON object", null);
    }
    checkFields(root, TOP_FIELDS, "(file)");
    String id = text(root, "id", "id");
    if (!ID.matcher(id).matches()) {
      throw new InvalidRulesException("id", "lowercase letters, digits, '.' and '-': " + id, null);
    }
    String version = text(root, "version", "version");
    JsonNode array = root.get("rules");
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw new InvalidRulesException("rules", "a non-empty array of rules is required", null);
    }
    FhirContext context = FhirContext.forR4Cached();
    List<PseudonymisationRule> rules = new ArrayList<>();
    List<ElementPath> paths = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "rules[" + i + "]";
      JsonNode node = array.get(i);
      if (!node.isObject()) {
        throw new InvalidRulesException(at, "a rule is an object", null);
      }
      checkFields(node, RULE_FIELDS, at);
      String pathText = text(node, "path", at + ".path");
      String methodName = text(node, "method", at + ".method");
      Method method =
          Method.byJsonName(methodName)
              .orElseThrow(
                  () ->
                      new InvalidRulesException(
                          at + ".method",
                          "unknown method '" + methodName + "' (path " + pathText + ")",
                          null));
      ElementPath path;
      try {
        path = ElementPath.parse(pathText, context);
      } catch (IllegalArgumentException e) {
        throw new InvalidRulesException(at + ".path", pathText + ": " + e.getMessage(), e);
      }
      checkApplies(method, path, at);
      JsonNode reason = node.get("reason");
      rules.add(
          new PseudonymisationRule(i, pathText, method, reason == null ? "" : reason.asText()));
      paths.add(path);
    }
    return new PseudonymisationRules(id, version, List.copyOf(rules), List.copyOf(paths));
  }

  /** The rules' id, e.g. {@code tyokyky-statistics-pseudonymisation}; never null. */
  public String id() {
    return id;
  }

  /** The rules' version, e.g. {@code 1.0.0}; never null. */
  public String version() {
    return version;
  }

  /** The rules in order; never null, unmodifiable. */
  public List<PseudonymisationRule> rules() {
    return rules;
  }

  List<ElementPath> paths() {
    return paths;
  }

  private static void checkApplies(Method method, ElementPath path, String at) {
    Class<?> type = path.targetType().getImplementingClass();
    boolean applies =
        switch (method) {
          case KEEP, REMOVE, REMOVE_IF_TURVAKIELTO -> true;
          case YEAR, KEEP_WITH_AGE -> BaseDateTimeType.class.isAssignableFrom(type);
          case PSEUDONYMISE ->
              Identifier.class.isAssignableFrom(type)
                  || Reference.class.isAssignableFrom(type)
                  || IdType.class.isAssignableFrom(type)
                  || UriType.class.isAssignableFrom(type)
                  || StringType.class.isAssignableFrom(type);
        };
    if (!applies) {
      throw new InvalidRulesException(
          at + ".method",
          method.jsonName()
              + " cannot apply to "
              + path.targetType().getName()
              + " (path "
              + path.text()
              + ")",
          null);
    }
    if (method == Method.KEEP_WITH_AGE && !path.text().startsWith("Encounter.")) {
      throw new InvalidRulesException(
          at + ".path",
          "keep-with-age applies to a date of an Encounter, whose subject is the client (path "
              + path.text()
              + ")",
          null);
    }
  }

  private static void checkFields(JsonNode node, Set<String> allowed, String at) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new InvalidRulesException(at, "unknown field '" + name + "'", null);
      }
    }
  }

  private static String text(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new InvalidRulesException(at, "a non-empty string is required", null);
    }
    return value.asText();
  }
}
