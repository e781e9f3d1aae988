package fi.tyokyky.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.tyokyky.model.identifier.Henkilotunnus;
import fi.tyokyky.model.identifier.InvalidIdentifierException;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.identifier.TerhikkiNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Plain JSON for the domain records ({@code fi.tyokyky.model.record}), for integrators that do not
 * speak FHIR.
 *
 * <h2>Shape</h2>
 *
 * A record is an object with one property per record component, named as the component. Dates and
 * times are ISO-8601 strings ({@code 2025-03-04}, {@code 2025-03-04T09:30:00+02:00}; the offset is
 * kept). Codes of the package's code systems and FHIR statuses are their codes ({@code
 * "unemployed-jobseeker"}, {@code "final"}); {@code encounterClass} is {@code visit}, {@code
 * virtual} or {@code home}; a score's {@code instrument} is its profile id ({@code "phq9-score"}).
 * The henkilötunnus, Terhikki number and SOTE OID are strings; a SOTE OID is written as {@code
 * urn:oid:...} and read in either form. Numbers are plain decimals, never exponents. Null parts and
 * empty lists are left out and read back as null and empty. For example a client:
 *
 * <pre>{@code
 * {
 *   "henkilotunnus" : "150385-912E",
 *   "identifier" : { "system" : "urn:oid:1.2.246.10.1234567.10.1.1", "value" : "client-42" },
 *   "familyName" : "Testaaja",
 *   "givenNames" : [ "Tiina" ],
 *   "gender" : "female",
 *   "birthDate" : "1985-03-15",
 *   "municipalityCode" : "091",
 *   "nonDisclosure" : false
 * }
 * }</pre>
 *
 * <p><b>Unknown properties are refused</b> ({@code FAIL_ON_UNKNOWN_PROPERTIES}): in a clinical
 * record a misspelt or newer property that is silently dropped means lost data, so reading fails
 * loudly instead. Invalid identifiers and impossible content are refused by the records themselves;
 * the exception names the field, never the rejected identifier.
 *
 * <p>The JSON holds personal data (identity codes, names, health data): protect it as such.
 */
public final class DomainJson {

  private static final ObjectMapper SHARED = newObjectMapper();

  private DomainJson() {}

  /**
   * A new ObjectMapper configured for the records; callers may adjust their own copy.
   *
   * @return a new mapper; never null
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(identifierModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Keep the offset of an OffsetDateTime as written instead of converting to UTC.
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .build();
  }

  /**
   * The JSON of a record.
   *
   * @param value a record; not null
   * @return pretty-printed JSON; never null
   * @throws UncheckedIOException if the value cannot be written (not expected for the records)
   */
  public static String toJson(Object value) {
    try {
      return SHARED.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record of a JSON text.
   *
   * @param json the JSON; not null
   * @param type the record class; not null
   * @param <T> the record type
   * @return the record; never null
   * @throws JsonProcessingException if the JSON is malformed, has unknown properties or describes
   *     an impossible record (the cause is then the record's {@code InvalidRecordException})
   */
  public static <T> T fromJson(String json, Class<T> type) throws JsonProcessingException {
    return SHARED.readValue(json, type);
  }

  /** Strings for the Finnish identifier types, validated on reading. */
  private static SimpleModule identifierModule() {
    SimpleModule module = new SimpleModule("tyokyky-identifiers");
    module.addSerializer(Henkilotunnus.class, writing(Henkilotunnus.class, Henkilotunnus::value));
    module.addSerializer(
        TerhikkiNumber.class, writing(TerhikkiNumber.class, TerhikkiNumber::value));
    module.addSerializer(
        SoteOrganisationOid.class, writing(SoteOrganisationOid.class, SoteOrganisationOid::urn));
    module.addDeserializer(Henkilotunnus.class, parsing(Henkilotunnus::parse));
    module.addDeserializer(TerhikkiNumber.class, parsing(TerhikkiNumber::parse));
    module.addDeserializer(SoteOrganisationOid.class, parsing(SoteOrganisationOid::parse));
    return module;
  }

  /** Writes the whole value: toString() of the identifier types hides personal data. */
  private static <T> StdSerializer<T> writing(Class<T> type, Function<T, String> value) {
    return new StdSerializer<>(type) {
      @Override
      public void serialize(T identifier, JsonGenerator generator, SerializerProvider provider)
          throws IOException {
        generator.writeString(value.apply(identifier));
      }
    };
  }

  private static <T> JsonDeserializer<T> parsing(Function<String, T> parse) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
          return parse.apply(parser.getValueAsString());
        } catch (InvalidIdentifierException e) {
          // The identifier types' messages never contain the input; Jackson adds only the location.
          throw JsonMappingException.from(parser, e.getMessage(), e);
        }
      }
    };
  }
}
