package fi.tyokyky.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.server.security.Caller;
import fi.tyokyky.server.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.junit.jupiter.api.Test;

class AuditEventStoreTest {

  private final AuditEventFactory factory = new AuditEventFactory(new CallerAuditContext(false));

  @Test
  void theRoleInTransitBecomesTheRequestorsRole() {
    Caller reader =
        new Caller(
            "centre-a-reader", Optional.of("1.2.246.10.99999991.10.0"), Role.READER, Set.of());
    AuditEvent event = event(Optional.of(reader), "http://x/fhir/Patient/1");

    AuditEventStore.tidy(event);

    AuditEventAgentComponent requestor =
        event.getAgent().stream()
            .filter(AuditEventAgentComponent::getRequestor)
            .findFirst()
            .orElseThrow();
    assertThat(requestor.getWho().getExtension()).isEmpty();
    assertThat(requestor.getWho().getIdentifier().getValue())
        .isEqualTo("urn:oid:1.2.246.10.99999991.10.0");
    assertThat(requestor.getRoleFirstRep().getCodingFirstRep().getSystem())
        .isEqualTo(AuditVocabulary.ROLE_SYSTEM);
    assertThat(requestor.getRoleFirstRep().getCodingFirstRep().getCode()).isEqualTo("reader");
  }

  @Test
  void withoutACallerTheClientIsUnknownAndHasNoRole() {
    AuditEvent event = event(Optional.empty(), "http://x/fhir/Patient/1");

    AuditEventStore.tidy(event);

    assertThat(event.getAgent())
        .filteredOn(agent -> agent.getWho().hasIdentifier())
        .allSatisfy(
            agent -> {
              assertThat(agent.getWho().getIdentifier().getValue())
                  .isEqualTo(AuditVocabulary.UNKNOWN_CLIENT);
              assertThat(agent.getRole()).isEmpty();
            });
  }

  @Test
  void recordedQueriesLoseTheirValues() {
    AuditEvent event = event(Optional.empty(), "http://x/fhir/Patient");
    event.getEntity().stream()
        .filter(entity -> "24".equals(entity.getRole().getCode()))
        .forEach(
            entity -> {
              entity.setDescription("GET http://x/fhir/Patient?identifier=sys|010180-9004");
              entity.setQuery(
                  "http://x/fhir/Patient?identifier=sys|010180-9004"
                      .getBytes(StandardCharsets.UTF_8));
            });

    AuditEventStore.tidy(event);

    assertThat(event.getEntity())
        .filteredOn(entity -> "24".equals(entity.getRole().getCode()))
        .singleElement()
        .satisfies(
            entity -> {
              assertThat(entity.getDescription())
                  .isEqualTo("GET http://x/fhir/Patient?identifier=***");
              assertThat(new String(entity.getQuery(), StandardCharsets.UTF_8))
                  .isEqualTo("http://x/fhir/Patient?identifier=***");
            });
  }

  private AuditEvent event(Optional<Caller> caller, String url) {
    return factory.create(
        null,
        "read",
        AuditEventAction.R,
        AuditEvent.AuditEventOutcome._0,
        caller,
        "127.0.0.1",
        "http://x/fhir",
        "req-1",
        "GET",
        url,
        List.of("1"));
  }
}
