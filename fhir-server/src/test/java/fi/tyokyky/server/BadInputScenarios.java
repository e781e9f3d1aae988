package fi.tyokyky.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/**
 * Input the server cannot accept answers 4xx with a JSON or XML OperationOutcome (never 500, never
 * an HTML page) and stores nothing.
 */
interface BadInputScenarios extends FhirServerTest {

  String FHIR_JSON = "application/fhir+json";

  @Test
  default void malformedJsonIsRefusedWith400() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();

    RawHttp.Answer answer =
        http()
            .send(
                "POST",
                "/fhir/Patient",
                FHIR_JSON,
                "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:test\",\"value\":\""
                    + family
                    + "\"}");

    assertOutcome(answer, 400, "HAPI-0450: Failed to parse request body as JSON resource.");
    assertThat(count("Patient", "identifier=urn:test|" + family)).isZero();
  }

  @Test
  default void malformedXmlIsRefusedWith400() {
    RawHttp.Answer answer =
        http()
            .send(
                "POST",
                "/fhir/Patient",
                "application/fhir+xml",
                "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/>");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/fhir+xml");
    OperationOutcome outcome =
        FHIR.newXmlParser().parseResource(OperationOutcome.class, answer.body());
    assertThat(FhirServerTest.errors(outcome).get(0).getDiagnostics())
        .startsWith("HAPI-0450: Failed to parse request body as XML resource.");
  }

  @Test
  default void unknownElementIsRefusedRatherThanDropped() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();

    RawHttp.Answer answer =
        http()
            .send(
                "POST",
                "/fhir/Patient",
                FHIR_JSON,
                "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:test\",\"value\":\""
                    + family
                    + "\"}],\"active\":true,\"colour\":\"blue\"}");

    assertOutcome(answer, 400, "HAPI-0450: Failed to parse request body as JSON resource.");
    assertThat(answer.body()).contains("Unknown element 'colour' found during parse");
    assertThat(count("Patient", "identifier=urn:test|" + family)).isZero();
  }

  @Test
  default void wrongContentTypeIsRefusedWith400() {
    RawHttp.Answer answer = http().send("POST", "/fhir/Patient", "text/plain", "hello");

    assertOutcome(
        answer,
        400,
        "HAPI-0449: Incorrect Content-Type header value of \"text/plain\" was provided"
            + " in the request. A FHIR Content-Type is required for \"CREATE\" operation");
  }

  @Test
  default void unknownResourceTypeIsRefusedWith404() {
    RawHttp.Answer answer =
        http().send("POST", "/fhir/Tyokyky", FHIR_JSON, "{\"resourceType\":\"Tyokyky\"}");

    assertOutcome(
        answer, 404, "HAPI-0302: Unknown resource type 'Tyokyky' - Server knows how to handle:");
  }

  @Test
  default void transactionWithABrokenInternalReferenceStoresNothing() {
    String family = ProfileEnforcementScenarios.uniqueFamilyName();
    String transaction =
        """
                {"resourceType":"Bundle","type":"transaction","entry":[
                 {"fullUrl":"urn:uuid:4f2b8e1c-0d7a-4c55-9a7e-2b1f3c9d8e01",
                  "resource":{"resourceType":"Observation","identifier":[{"system":"urn:test","value":"%s"}],
                   "status":"final","code":{"text":"x"},
                   "subject":{"reference":"urn:uuid:00000000-0000-4000-8000-000000000000"}},
                  "request":{"method":"POST","url":"Observation"}}]}"""
            .formatted(family);

    RawHttp.Answer answer = http().send("POST", "/fhir", FHIR_JSON, transaction);

    // Refused by the rule set before HAPI resolves references: a transaction is validated whole,
    // and this one claims no profile of the package.
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("tyokyky-profile-claim");
    assertThat(count("Observation", "identifier=urn:test|" + family)).isZero();
  }

  @Test
  default void bodyLargerThanTheLimitIsRefusedWith413UnreadWhenItsLengthIsDeclared() {
    String answer =
        http()
            .rawExchange(
                "POST /fhir/Basic HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/fhir+json\r\nContent-Length: "
                    + (10L * 1024 * 1024 + 1),
                new byte[0]);

    assertRawOutcome(
        answer, 413, "The request body is larger than the maximum of 10485760 bytes (HTTP 413)");
  }

  @Test
  default void chunkedBodyLargerThanTheLimitIsRefusedWith413() {
    String answer =
        http()
            .rawChunkedExchange(
                "POST /fhir/Basic HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/fhir+json",
                10L * 1024 * 1024 + 1,
                (byte) ' ');

    assertRawOutcome(
        answer, 413, "The request body is larger than the maximum of 10485760 bytes (HTTP 413)");
  }

  @Test
  default void urlTomcatCannotParseIsAnsweredWithAnOperationOutcome() {
    String answer =
        http().rawExchange("GET /fhir/Patient?name=a\"b HTTP/1.1\r\nHost: localhost", new byte[0]);

    assertRawOutcome(
        answer, 400, "Bad request: the URL, headers or body could not be read (HTTP 400)");
  }

  @Test
  default void brokenPercentEncodingInTheQueryIsRefusedWith400() {
    String answer =
        http().rawExchange("GET /fhir/Patient?name=%zz HTTP/1.1\r\nHost: localhost", new byte[0]);

    assertRawOutcome(
        answer,
        400,
        "The query string is not valid URL encoding: a '%' must be followed by two"
            + " hexadecimal digits (HTTP 400)");
  }

  @Test
  default void pathOutsideTheFhirApiIsAnsweredWithAnOperationOutcome() {
    RawHttp.Answer answer = http().get("/no/such/path", Map.of("Accept", "text/html"));

    assertOutcome(
        answer,
        404,
        "Not found: nothing is served at this path; the FHIR API is under /fhir (HTTP 404)");
  }

  private static void assertOutcome(RawHttp.Answer answer, int status, String diagnosticsStart) {
    assertThat(answer.status()).as("status").isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/fhir+json");
    OperationOutcome outcome =
        FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.body());
    assertThat(FhirServerTest.errors(outcome).get(0).getDiagnostics()).startsWith(diagnosticsStart);
  }

  private static void assertRawOutcome(String answer, int status, String diagnostics) {
    assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
    assertThat(answer.toLowerCase(java.util.Locale.ROOT))
        .contains("content-type: application/fhir+json");
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    if (!body.startsWith("{")) {
      // A chunked answer: the first line is the chunk size.
      body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf('}') + 1);
    }
    OperationOutcome outcome =
        FHIR.newJsonParser()
            .parseResource(
                OperationOutcome.class,
                new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    assertThat(FhirServerTest.errors(outcome).get(0).getDiagnostics()).isEqualTo(diagnostics);
  }
}
