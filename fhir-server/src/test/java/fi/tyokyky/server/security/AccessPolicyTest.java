package fi.tyokyky.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.server.security.AccessPolicy.Access;
import fi.tyokyky.server.security.AccessPolicy.Interaction;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {

  private static final String CENTRE = "1.2.246.10.99999991.10.0";

  private final AccessPolicy policy =
      new AccessPolicy(
          Set.of("Patient", "Encounter", "Observation"),
          Set.of("Patient", "Encounter", "Observation", "Bundle"),
          Set.of("StructureDefinition", "ValueSet", "Questionnaire")::contains);

  private static Caller caller(String role, boolean organisation, String scopes) {
    return new Caller(
        "client",
        organisation ? Optional.of(CENTRE) : Optional.empty(),
        Role.fromClaim(role).orElseThrow(),
        Arrays.stream(scopes.split(" "))
            .map(SmartScope::parse)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet()));
  }

  @ParameterizedTest(name = "{0} (org {1}, {2}) {3} {4} {5} → {6}")
  @CsvSource({
    // role, organisation, scopes, type, interaction, operation, allowed
    "submitter, true, system/*.cruds, Patient, READ, , true",
    "submitter, true, system/*.cruds, Patient, SEARCH, , true",
    "submitter, true, system/*.cruds, Patient, CREATE, , true",
    "submitter, true, system/*.cruds, Patient, UPDATE, , true",
    "submitter, true, system/*.cruds, Patient, PATCH, , true",
    "submitter, true, system/*.cruds, Patient, DELETE, , false",
    "submitter, true, system/*.cruds, Patient, OPERATION, $everything, true",
    "submitter, true, system/*.cruds, Encounter, OPERATION, $examination, true",
    "submitter, true, system/*.cruds, Patient, OPERATION, $validate, true",
    "submitter, true, system/*.cruds, Patient, OPERATION, $merge, false",
    "submitter, true, system/*.cruds, Bundle, OPERATION, $validate, true",
    "submitter, true, system/*.cruds, Bundle, CREATE, , false",
    "reader, true, system/*.rs, Bundle, OPERATION, $validate, false",
    "submitter, false, system/*.cruds, Patient, READ, , false",
    "submitter, true, system/Patient.rs, Patient, READ, , true",
    "submitter, true, system/Patient.rs, Patient, CREATE, , false",
    "submitter, true, system/Patient.rs, Encounter, READ, , false",
    "submitter, true, system/*.cruds, Basic, CREATE, , false",
    "submitter, true, system/*.cruds, AuditEvent, SEARCH, , false",
    "submitter, true, system/*.cruds, AuditEvent, CREATE, , false",
    "submitter, true, system/*.cruds, StructureDefinition, SEARCH, , true",
    "submitter, true, system/*.cruds, StructureDefinition, CREATE, , false",
    "submitter, true, system/*.cruds, ValueSet, OPERATION, $expand, true",
    "submitter, true, system/*.cruds, , HISTORY_TYPE, , true",
    "submitter, true, system/*.cruds, , OPERATION, $reindex, false",
    "reader, true, system/*.rs, Patient, READ, , true",
    "reader, true, system/*.rs, Patient, VREAD, , true",
    "reader, true, system/*.rs, Patient, HISTORY_INSTANCE, , true",
    "reader, true, system/*.cruds, Patient, CREATE, , false",
    "reader, true, system/*.cruds, Patient, UPDATE, , false",
    "reader, true, system/*.rs, Patient, OPERATION, $everything, true",
    "reader, true, system/*.rs, Patient, OPERATION, $validate, false",
    "reader, false, system/*.rs, Patient, READ, , false",
    "statistician, false, system/*.rs, Patient, READ, , false",
    "statistician, false, system/*.rs, Observation, SEARCH, , false",
    "statistician, false, system/*.rs, StructureDefinition, READ, , true",
    "statistician, false, system/*.rs, , SEARCH, , false",
    "statistician, false, system/*.rs, , OPERATION, $export, true",
    "statistician, false, system/*.rs, , OPERATION, $export-poll-status, true",
    "statistician, false, system/*.rs, Group, OPERATION, $export, true",
    "statistician, false, system/*.rs, Patient, OPERATION, $export, false",
    "statistician, false, system/*.rs, Binary, READ, , true",
    "statistician, false, system/*.rs, Binary, SEARCH, , false",
    "statistician, false, system/*.rs, Binary, CREATE, , false",
    "statistician, false, system/Observation.rs, Binary, READ, , false",
    "submitter, true, system/*.cruds, , OPERATION, $export, false",
    "submitter, true, system/*.cruds, Group, OPERATION, $export, false",
    "submitter, true, system/*.cruds, , OPERATION, $export-poll-status, false",
    "admin, false, system/*.cruds, , OPERATION, $export, false",
    "statistician, false, system/*.rs, , OPERATION, $figures, true",
    "statistician, false, system/Observation.rs, , OPERATION, $figures, false",
    "submitter, true, system/*.cruds, , OPERATION, $figures, true",
    "submitter, false, system/*.cruds, , OPERATION, $figures, false",
    "reader, true, system/*.rs, , OPERATION, $figures, true",
    "admin, false, system/*.cruds, , OPERATION, $figures, false",
    "admin, false, system/*.cruds, Patient, READ, , false",
    "admin, false, system/*.cruds, Patient, OPERATION, $everything, false",
    "admin, false, system/*.cruds, StructureDefinition, CREATE, , true",
    "admin, false, system/*.cruds, ValueSet, DELETE, , true",
    "admin, false, system/*.cruds, AuditEvent, SEARCH, , true",
    "admin, false, system/*.cruds, AuditEvent, READ, , true",
    "admin, false, system/*.cruds, AuditEvent, CREATE, , false",
    "admin, false, system/*.cruds, AuditEvent, DELETE, , false",
    "admin, false, system/*.cruds, , OPERATION, $reindex, true",
    "admin, false, system/*.cruds, , SEARCH, , false",
    "admin, false, system/AuditEvent.rs, StructureDefinition, CREATE, , false",
  })
  void decidesByRoleAndScope(
      String role,
      boolean organisation,
      String scopes,
      String type,
      Interaction interaction,
      String operation,
      boolean allowed) {
    Optional<String> refusal =
        policy.refusal(
            caller(role, organisation, scopes), new Access(type, interaction, operation));

    assertThat(refusal.isEmpty()).as("allowed; refusal: %s", refusal).isEqualTo(allowed);
  }
}
