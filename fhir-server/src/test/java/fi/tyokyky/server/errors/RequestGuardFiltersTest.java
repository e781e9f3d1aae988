package fi.tyokyky.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestGuardFiltersTest {

  private final RequestSizeLimitFilter sizeLimit = new RequestSizeLimitFilter(DataSize.ofBytes(10));

  @Test
  void declaredBodyOverTheLimitIsRefusedWith413WithoutReadingIt() throws Exception {
    // A declared length larger than what has arrived: the body is never read.
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/fhir/Basic") {
          @Override
          public long getContentLengthLong() {
            return 11;
          }
        };
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    sizeLimit.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).isEqualTo(OperationOutcomeResponses.CONTENT_TYPE);
    assertThat(response.getContentAsString())
        .contains(
            "\"code\":\"too-long\"",
            "The request body is larger than the maximum of 10 bytes (HTTP 413)");
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void chunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
    MockHttpServletRequest request = chunked("12345678901");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    sizeLimit.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void chunkedBodyWithinTheLimitIsPassedOnIntact() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    MockFilterChain chain =
        new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {
              @Override
              public void service(ServletRequest request, jakarta.servlet.ServletResponse response)
                  throws java.io.IOException {
                seen.set(
                    new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        + "/"
                        + request.getContentLength());
              }
            });

    sizeLimit.doFilter(chunked("1234567890"), new MockHttpServletResponse(), chain);

    assertThat(seen.get()).isEqualTo("1234567890/10");
  }

  @Test
  void brokenPercentEncodingInTheQueryIsRefusedWith400() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fhir/Patient");
    request.setQueryString("name=%zz");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    new MalformedQueryFilter().doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString())
        .contains("The query string is not valid URL encoding");
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void wellEncodedQueryPasses() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fhir/Patient");
    request.setQueryString("identifier=urn:oid:1.2.246.21%7C010180-9004&name=%C3%A4");
    MockFilterChain chain = new MockFilterChain();

    new MalformedQueryFilter().doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isSameAs(request);
  }

  private static MockHttpServletRequest chunked(String body) {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/fhir/Basic") {
          @Override
          public long getContentLengthLong() {
            return -1;
          }

          @Override
          public int getContentLength() {
            return -1;
          }
        };
    request.setContentType("application/fhir+json");
    request.addHeader("Transfer-Encoding", "chunked");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }
}
