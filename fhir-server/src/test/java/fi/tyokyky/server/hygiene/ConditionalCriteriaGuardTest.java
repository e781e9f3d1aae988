package fi.tyokyky.server.hygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionalCriteriaGuardTest {

  private final ConditionalCriteriaGuard guard = new ConditionalCriteriaGuard(registry());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Patient",
        "Patient?",
        "Patient?identifier=",
        "Patient?identifier=|",
        "Patient?identifier=a,",
        "Patient?foo=bar",
        "Patient?identifier",
        "Patient?identifier=%zz",
        "Patient?_format=json"
      })
  void aDeleteEntryWithoutAUsableCriterionIsRefused(String url) {
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl(url);

    assertThatThrownBy(() -> guard.checkTransaction(transaction))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused -> {
              var issue = ((OperationOutcome) refused.getOperationOutcome()).getIssueFirstRep();
              assertThat(issue.getDetails().getText()).isEqualTo(ConditionalCriteriaGuard.RULE);
              assertThat(issue.getExpression().get(0).getValue())
                  .isEqualTo("Bundle.entry[0].request.url");
              assertThat(refused.getMessage()).doesNotContain("bar");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Patient/12",
        "Patient?identifier=urn:oid:1.2.246.21|010180-9004",
        "Patient?identifier:exact=x&_id=12",
        "Patient?organization.identifier=urn:ietf:rfc:3986|x"
      })
  void aUsableCriterionPasses(String url) {
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction
        .addEntry()
        .setResource(new Patient())
        .getRequest()
        .setMethod(Bundle.HTTPVerb.PUT)
        .setUrl(url);

    assertThatCode(() -> guard.checkTransaction(transaction)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Patient?", "identifier=", "foo=bar"})
  void anIfNoneExistWithoutAUsableCriterionIsRefused(String criterion) {
    Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    transaction
        .addEntry()
        .setResource(new Patient())
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Patient")
        .setIfNoneExist(criterion.isEmpty() ? null : criterion);
    if (criterion.isEmpty()) {
      // No ifNoneExist at all is a plain create.
      assertThatCode(() -> guard.checkTransaction(transaction)).doesNotThrowAnyException();
      return;
    }

    assertThatThrownBy(() -> guard.checkTransaction(transaction))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith(ConditionalCriteriaGuard.RULE + ": ");
  }

  private static ISearchParamRegistry registry() {
    ISearchParamRegistry registry = mock(ISearchParamRegistry.class);
    when(registry.getValidSearchParameterNamesIncludingMeta(eq("Patient"), any()))
        .thenReturn(List.of("identifier", "organization", "family", "_id", "_lastUpdated"));
    return registry;
  }
}
