package fi.tyokyky.statistics.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a ViewDefinition from its JSON form into a {@link ViewDefinition}. Strict: a field the
 * specification does not define, a value of the wrong JSON type, a missing {@code resource} or
 * {@code select}, a constant without a value or a column without a name is a {@link
 * ViewDefinitionException} naming the field, because a misspelt {@code forEach} silently ignored
 * would give a table with the wrong rows. Thread-safe.
 */
public final class ViewDefinitionReader {

  /**
   * Elements the logical model inherits from CanonicalResource, plus its own descriptive ones:
   * accepted, not used when running.
   */
  private static final Set<String> METADATA =
      Set.of(
          "resourceType",
          "id",
          "meta",
          "implicitRules",
          "language",
          "text",
          "contained",
          "extension",
          "modifierExtension",
          "url",
          "identifier",
          "version",
          "versionAlgorithmString",
          "versionAlgorithmCoding",
          "title",
          "status",
          "experimental",
          "date",
          "publisher",
          "contact",
          "description",
          "useContext",
          "jurisdiction",
          "purpose",
          "copyright",
          "copyrightLabel",
          "profile",
          "fhirVersion");

  private static final Set<String> VIEW_FIELDS =
      Set.of("name", "resource", "constant", "select", "where");
  private static final Set<String> SELECT_FIELDS =
      Set.of(
          "id", "extension", "column", "select", "forEach", "forEachOrNull", "repeat", "unionAll");
  private static final Set<String> COLUMN_FIELDS =
      Set.of("id", "extension", "name", "path", "description", "collection", "type", "tag");
  private static final Set<String> WHERE_FIELDS = Set.of("id", "extension", "path", "description");

  /** The constant's {@code value[x]} types the specification allows, by their JSON suffix. */
  private static final Map<String, String> CONSTANT_TYPES =
      Map.ofEntries(
          Map.entry("valueBase64Binary", "base64Binary"),
          Map.entry("valueBoolean", "boolean"),
          Map.entry("valueCanonical", "canonical"),
          Map.entry("valueCode", "code"),
          Map.entry("valueDate", "date"),
          Map.entry("valueDateTime", "dateTime"),
          Map.entry("valueDecimal", "decimal"),
          Map.entry("valueId", "id"),
          Map.entry("valueInstant", "instant"),
          Map.entry("valueInteger", "integer"),
          Map.entry("valueInteger64", "integer64"),
          Map.entry("valueOid", "oid"),
          Map.entry("valueString", "string"),
          Map.entry("valuePositiveInt", "positiveInt"),
          Map.entry("valueTime", "time"),
          Map.entry("valueUnsignedInt", "unsignedInt"),
          Map.entry("valueUri", "uri"),
          Map.entry("valueUrl", "url"),
          Map.entry("valueUuid", "uuid"));

  private final ObjectMapper mapper;

  /** A reader with its own {@link ObjectMapper}, reading JSON decimals without rounding. */
  public ViewDefinitionReader() {
    this(
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Jackson's tree would otherwise strip trailing zeros from decimals.
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build());
  }

  /**
   * @param mapper the mapper to parse JSON text with; never null. Without {@code
   *     USE_BIG_DECIMAL_FOR_FLOATS} and exact decimal nodes a {@code valueDecimal} may lose digits.
   */
  public ViewDefinitionReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Reads a ViewDefinition from JSON text.
   *
   * @param json the ViewDefinition as JSON; never null
   * @return the view; never null
   * @throws ViewDefinitionException if the text is not JSON or not a valid ViewDefinition
   */
  public ViewDefinition read(String json) {
    try {
      return read(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new ViewDefinitionException(
          null, "(document)", "not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a ViewDefinition from a JSON stream (UTF-8); the stream is not closed.
   *
   * @param json the ViewDefinition as JSON; never null
   * @return the view; never null
   * @throws ViewDefinitionException if the content is not JSON or not a valid ViewDefinition
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ViewDefinition read(InputStream json) {
    try {
      return read(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new ViewDefinitionException(
          null, "(document)", "not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a ViewDefinition from a parsed JSON tree.
   *
   * @param json the ViewDefinition as a JSON object; never null
   * @return the view; never null
   * @throws ViewDefinitionException if the tree is not a valid ViewDefinition
   */
  public ViewDefinition read(JsonNode json) {
    Context c = new Context(json.isObject() ? text(json.get("name")) : null);
    c.requireObject(json, "(view)");
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!VIEW_FIELDS.contains(field) && !METADATA.contains(field)) {
        throw c.error(field, "unknown field of a ViewDefinition");
      }
    }
    if (json.has("resourceType") && !"ViewDefinition".equals(json.get("resourceType").asText())) {
      throw c.error("resourceType", "must be ViewDefinition");
    }
    String name = c.optionalString(json, "name", "name");
    if (name != null && !name.matches("^[A-Za-z][A-Za-z0-9_]*$")) {
      throw c.error("name", "must match ^[A-Za-z][A-Za-z0-9_]*$");
    }
    String resource = c.optionalString(json, "resource", "resource");
    if (resource == null || resource.isBlank()) {
      throw c.error("resource", "missing: a ViewDefinition names the resource type it reads");
    }
    List<ViewConstant> constants =
        c.list(json, "constant", "constant", (node, at) -> constant(c, node, at));
    List<ViewSelect> select = c.list(json, "select", "select", (node, at) -> select(c, node, at));
    if (select.isEmpty()) {
      throw c.error("select", "missing: a ViewDefinition has at least one select");
    }
    List<ViewWhere> where = c.list(json, "where", "where", (node, at) -> where(c, node, at));
    return new ViewDefinition(name, resource, constants, select, where);
  }

  private ViewConstant constant(Context c, JsonNode node, String at) {
    c.requireObject(node, at);
    String name = null;
    String type = null;
    String value = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      if (key.equals("name")) {
        name = c.string(field.getValue(), at + ".name");
      } else if (CONSTANT_TYPES.containsKey(key)) {
        if (type != null) {
          throw c.error(at + "." + key, "a constant has exactly one value[x]");
        }
        type = CONSTANT_TYPES.get(key);
        JsonNode v = field.getValue();
        if (!v.isValueNode() || v.isNull()) {
          throw c.error(at + "." + key, "must be a JSON string, number or boolean");
        }
        // Decimals keep their digits (1.50 stays 1.50) and never turn into exponent notation.
        value = v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
      } else if (!key.equals("id") && !key.equals("extension")) {
        throw c.error(at + "." + key, "unknown field of a constant");
      }
    }
    if (name == null) {
      throw c.error(at + ".name", "missing: a constant has a name");
    }
    if (type == null) {
      throw c.error(at, "constant '" + name + "' has no value[x]");
    }
    return new ViewConstant(name, type, value);
  }

  private ViewSelect select(Context c, JsonNode node, String at) {
    c.requireObject(node, at);
    c.onlyFields(node, at, SELECT_FIELDS, "a select");
    List<ViewColumn> columns = c.list(node, "column", at + ".column", (n, a) -> column(c, n, a));
    List<ViewSelect> nested = c.list(node, "select", at + ".select", (n, a) -> select(c, n, a));
    String forEach = c.optionalString(node, "forEach", at + ".forEach");
    String forEachOrNull = c.optionalString(node, "forEachOrNull", at + ".forEachOrNull");
    List<String> repeat = c.list(node, "repeat", at + ".repeat", (n, a) -> c.string(n, a));
    List<ViewSelect> unionAll =
        c.list(node, "unionAll", at + ".unionAll", (n, a) -> select(c, n, a));
    int iterations = (forEach != null ? 1 : 0) + (forEachOrNull != null ? 1 : 0);
    iterations += node.has("repeat") ? 1 : 0;
    if (iterations > 1) {
      throw c.error(at, "at most one of forEach, forEachOrNull and repeat");
    }
    if (node.has("repeat") && repeat.isEmpty()) {
      throw c.error(at + ".repeat", "needs at least one path");
    }
    return new ViewSelect(columns, nested, forEach, forEachOrNull, repeat, unionAll);
  }

  private ViewColumn column(Context c, JsonNode node, String at) {
    c.requireObject(node, at);
    c.onlyFields(node, at, COLUMN_FIELDS, "a column");
    String name = c.optionalString(node, "name", at + ".name");
    if (name == null) {
      throw c.error(at + ".name", "missing: a column has a name");
    }
    if (!name.matches("^[A-Za-z][A-Za-z0-9_]*$")) {
      throw c.error(at + ".name", "'" + name + "' must match ^[A-Za-z][A-Za-z0-9_]*$");
    }
    String path = c.optionalString(node, "path", at + ".path");
    if (path == null) {
      throw c.error(at + ".path", "missing: column '" + name + "' has no path");
    }
    boolean collection = false;
    if (node.has("collection")) {
      JsonNode v = node.get("collection");
      if (!v.isBoolean()) {
        throw c.error(at + ".collection", "must be true or false");
      }
      collection = v.booleanValue();
    }
    String type = c.optionalString(node, "type", at + ".type");
    String description = c.optionalString(node, "description", at + ".description");
    return new ViewColumn(name, path, type, collection, description);
  }

  private ViewWhere where(Context c, JsonNode node, String at) {
    c.requireObject(node, at);
    c.onlyFields(node, at, WHERE_FIELDS, "a where");
    String path = c.optionalString(node, "path", at + ".path");
    if (path == null) {
      throw c.error(at + ".path", "missing: a where has a path");
    }
    return new ViewWhere(path, c.optionalString(node, "description", at + ".description"));
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  /** Carries the view's name into every error. */
  private record Context(String viewName) {

    ViewDefinitionException error(String at, String message) {
      return new ViewDefinitionException(viewName, at, message);
    }

    void requireObject(JsonNode node, String at) {
      if (!node.isObject()) {
        throw error(at, "must be a JSON object, not " + describe(node.getNodeType()));
      }
      if (node.isEmpty()) {
        throw error(at, "is empty");
      }
    }

    void onlyFields(JsonNode node, String at, Set<String> allowed, String what) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!allowed.contains(field)) {
          throw error(at + "." + field, "unknown field of " + what);
        }
      }
    }

    String string(JsonNode node, String at) {
      if (!node.isTextual()) {
        throw error(at, "must be a JSON string, not " + describe(node.getNodeType()));
      }
      return node.textValue();
    }

    String optionalString(JsonNode parent, String field, String at) {
      JsonNode node = parent.get(field);
      return node == null ? null : string(node, at);
    }

    /** A JSON array, or (leniently, as some published views do) a single object for one item. */
    <T> List<T> list(
        JsonNode parent, String field, String at, BiFunction<JsonNode, String, T> item) {
      JsonNode node = parent.get(field);
      List<T> result = new ArrayList<>();
      if (node == null) {
        return result;
      }
      if (!node.isArray()) {
        if (node.isObject()) {
          result.add(item.apply(node, at));
          return result;
        }
        throw error(at, "must be a JSON array, not " + describe(node.getNodeType()));
      }
      for (int i = 0; i < node.size(); i++) {
        result.add(item.apply(node.get(i), at + "[" + i + "]"));
      }
      return result;
    }

    private static String describe(JsonNodeType type) {
      return type.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
