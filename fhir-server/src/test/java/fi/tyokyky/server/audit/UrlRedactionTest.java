package fi.tyokyky.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlRedactionTest {

  @Test
  void queryValuesAreReplacedAndTheirNamesKept() {
    assertThat(
            UrlRedaction.redact(
                "http://localhost:8080/fhir/Patient?identifier=urn:oid:1.2.246.21|010180-9004&family=Virtanen"))
        .isEqualTo("http://localhost:8080/fhir/Patient?identifier=***&family=***");
  }

  @Test
  void pagingAndFormatValuesAreKept() {
    assertThat(UrlRedaction.redact("/fhir/Observation?code=x&_count=50&_sort=-date"))
        .isEqualTo("/fhir/Observation?code=***&_count=50&_sort=-date");
  }

  @Test
  void aPathSegmentShapedLikeAHenkilotunnusIsReplaced() {
    assertThat(UrlRedaction.redact("/fhir/Patient/010180-9004/_history"))
        .isEqualTo("/fhir/Patient/***/_history");
    assertThat(UrlRedaction.redact("/fhir/Patient/010180A900X")).isEqualTo("/fhir/Patient/***");
  }

  @Test
  void aUrlWithoutQueryIsKeptAndNullStaysNull() {
    assertThat(UrlRedaction.redact("/fhir/Patient/123/$everything"))
        .isEqualTo("/fhir/Patient/123/$everything");
    assertThat(UrlRedaction.redact("/fhir/Patient?")).isEqualTo("/fhir/Patient");
    assertThat(UrlRedaction.redact(null)).isNull();
  }

  @Test
  void aParameterWithoutValueKeepsItsName() {
    assertThat(UrlRedaction.redact("/fhir/Patient?_summary=count&active"))
        .isEqualTo("/fhir/Patient?_summary=count&active");
  }
}
