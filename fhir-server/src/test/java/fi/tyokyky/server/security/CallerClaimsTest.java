package fi.tyokyky.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerClaimsTest {

  private static final String CENTRE = "1.2.246.10.99999991.10.0";

  @Test
  void aSubmittersTokenBecomesItsCaller() {
    Jwt token =
        token(
            Map.of(
                "sub", "centre-a-submitter",
                "tyokyky_role", "submitter",
                "tyokyky_organization", CENTRE,
                "scope", "system/*.cruds system/Patient.r nonsense"));

    assertThat(new CallerClaims().validate(token).hasErrors()).isFalse();
    Caller caller = CallerClaims.caller(token);
    assertThat(caller.clientId()).isEqualTo("centre-a-submitter");
    assertThat(caller.organisationOid()).contains(CENTRE);
    assertThat(caller.role()).isEqualTo(Role.SUBMITTER);
    assertThat(caller.scopes())
        .extracting(SmartScope::toString)
        .containsExactlyInAnyOrder("system/*.cruds", "system/Patient.r");
  }

  @Test
  void aScopeClaimMayBeAList() {
    assertThat(CallerClaims.scopes(List.of("system/Observation.rs", "user/*.r")))
        .extracting(SmartScope::toString)
        .containsExactlyInAnyOrder("system/Observation.rs", "user/*.r");
    assertThat(CallerClaims.scopes(null)).isEmpty();
  }

  @Test
  void aStatisticianNeedsNoOrganisation() {
    Jwt token = token(Map.of("sub", "statistician", "tyokyky_role", "statistician"));

    assertThat(new CallerClaims().validate(token).hasErrors()).isFalse();
    assertThat(CallerClaims.caller(token).organisationOid()).isEqualTo(Optional.empty());
  }

  @Test
  void tokensWithoutAKnownRoleOrWithoutTheOrganisationOfASubmitterAreInvalid() {
    assertInvalid(Map.of("sub", "x", "tyokyky_organization", CENTRE), "tyokyky_role");
    assertInvalid(
        Map.of("sub", "x", "tyokyky_role", "root", "tyokyky_organization", CENTRE), "tyokyky_role");
    assertInvalid(Map.of("sub", "x", "tyokyky_role", "reader"), "tyokyky_organization");
    assertInvalid(
        Map.of("sub", "x", "tyokyky_role", "submitter", "tyokyky_organization", "urn:oid:1.2.3"),
        "not a bare OID");
  }

  private static void assertInvalid(Map<String, Object> claims, String expected) {
    var result = new CallerClaims().validate(token(claims));
    assertThat(result.getErrors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getErrorCode()).isEqualTo("invalid_token");
              assertThat(error.getDescription()).contains(expected);
            });
  }

  private static Jwt token(Map<String, Object> claims) {
    return new Jwt(
        "t", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
  }
}
