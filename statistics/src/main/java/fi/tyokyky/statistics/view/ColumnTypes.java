package fi.tyokyky.statistics.view;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Which values a column's declared FHIR type takes. Lenient where FHIR's string-like types meet (an
 * {@code id} column over {@code Resource.id}, a {@code code} column over a string): what the type
 * check stops is a value that the declared type cannot represent, a text in a boolean or integer
 * column.
 */
final class ColumnTypes {

  enum Kind {
    /** No type declared, or a complex type: any value. */
    ANY,
    BOOLEAN,
    INTEGER,
    DECIMAL,
    /** Every other primitive, carried as its FHIR string form. */
    STRING
  }

  private static final Set<String> INTEGERS = Set.of("integer", "positiveInt", "unsignedInt");

  private static final Set<String> STRINGS =
      Set.of(
          "string",
          "code",
          "id",
          "uri",
          "url",
          "canonical",
          "oid",
          "uuid",
          "markdown",
          "base64Binary",
          "date",
          "dateTime",
          "instant",
          "time",
          "xhtml",
          "integer64");

  private ColumnTypes() {}

  static Kind kindOf(String type) {
    if (type == null) {
      return Kind.ANY;
    }
    if (type.equals("boolean")) {
      return Kind.BOOLEAN;
    }
    if (INTEGERS.contains(type)) {
      return Kind.INTEGER;
    }
    if (type.equals("decimal")) {
      return Kind.DECIMAL;
    }
    return STRINGS.contains(type) ? Kind.STRING : Kind.ANY;
  }

  static boolean accepts(Kind kind, Object value) {
    return switch (kind) {
      case ANY, STRING -> true;
      case BOOLEAN -> value instanceof Boolean;
      case INTEGER -> value instanceof Integer;
      case DECIMAL -> value instanceof BigDecimal || value instanceof Integer;
    };
  }
}
