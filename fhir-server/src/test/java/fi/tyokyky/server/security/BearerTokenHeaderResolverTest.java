package fi.tyokyky.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class BearerTokenHeaderResolverTest {

  private final BearerTokenHeaderResolver resolver = new BearerTokenHeaderResolver();

  @Test
  void theTokenOfOneBearerHeaderIsFound() {
    assertThat(resolver.resolve(request("Bearer abc.def.ghi"))).isEqualTo("abc.def.ghi");
  }

  @Test
  void noHeaderOrAnotherSchemeIsNoToken() {
    assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
    assertThat(resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
  }

  @Test
  void aTokenInTheQueryIsIgnored() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fhir/Patient");
    request.setParameter("access_token", "abc.def.ghi");

    assertThat(resolver.resolve(request)).isNull();
  }

  @Test
  void malformedHeadersAreRefused() {
    assertRefused(request("Bearer"), "invalid_token");
    assertRefused(request("Bearer a.b.c d.e.f"), "invalid_token");
    assertRefused(request("Bearer " + "a".repeat(8 * 1024)), "invalid_request");
    MockHttpServletRequest two = request("Bearer a.b.c");
    two.addHeader("Authorization", "Bearer d.e.f");
    assertRefused(two, "invalid_request");
  }

  private void assertRefused(MockHttpServletRequest request, String error) {
    assertThatThrownBy(() -> resolver.resolve(request))
        .isInstanceOfSatisfying(
            OAuth2AuthenticationException.class,
            refusal -> assertThat(refusal.getError().getErrorCode()).isEqualTo(error));
  }

  private static MockHttpServletRequest request(String authorization) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fhir/Patient");
    request.addHeader("Authorization", authorization);
    return request;
  }
}
