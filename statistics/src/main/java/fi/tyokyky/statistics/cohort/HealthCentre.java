package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.ProfessionalRoleCode;
import fi.tyokyky.model.identifier.SoteOrganisationOid;
import fi.tyokyky.model.record.BusinessIdentifier;
import fi.tyokyky.model.record.Organisation;
import fi.tyokyky.model.record.Professional;
import fi.tyokyky.model.record.ProfessionalRole;
import java.util.HashMap;
import java.util.Map;

/** A synthetic health centre and the organisations and staff of its team. */
final class HealthCentre {
  final SoteOrganisationOid oid;
  final Organisation organisation;
  final Professional nurse;
  final Professional physician;
  final Professional coordinator;
  final ProfessionalRole nurseRole;
  final ProfessionalRole physicianRole;
  final ProfessionalRole coordinatorRole;
  private final Map<OrganisationTypeCode, Organisation> partners = new HashMap<>();
  private final long seed;

  HealthCentre(long seed, int index) {
    this.seed = seed;
    oid = SoteOrganisationOid.parse("1.2.246.10.99999997." + (index + 1) + ".10.0");
    organisation =
        Organisation.builder()
            .soteOid(oid)
            .name("Synteettinen terveysasema " + (index + 1))
            .type(OrganisationTypeCode.PRIMARY_HEALTH_CARE)
            .build();
    nurse = professional("nurse", "Terveydenhoitaja");
    physician = professional("physician", "Tiimilääkäri");
    coordinator = professional("coordinator", "Työkykykoordinaattori");
    nurseRole = role("nurse", nurse, ProfessionalRoleCode.NURSE);
    physicianRole = role("physician", physician, ProfessionalRoleCode.PHYSICIAN);
    coordinatorRole =
        role("coordinator", coordinator, ProfessionalRoleCode.WORK_ABILITY_COORDINATOR);
  }

  /** A business identifier under the centre's OID; the seed keeps cohorts of two seeds apart. */
  BusinessIdentifier key(String arc, String value) {
    return BusinessIdentifier.underOrganisation(oid, arc, "cohort-" + seed + "-" + value);
  }

  /** The partner organisation of {@code type} in the centre's area (one per type). */
  Organisation partner(OrganisationTypeCode type) {
    return partners.computeIfAbsent(
        type,
        t ->
            Organisation.builder()
                .identifier(key("14", "org-" + t.code()))
                .name(t.display() + " (synteettinen)")
                .type(t)
                .build());
  }

  private Professional professional(String kind, String familyName) {
    return Professional.builder()
        .identifier(key("2", kind))
        .familyName(familyName)
        .givenNames("Synteettinen")
        .build();
  }

  private ProfessionalRole role(String kind, Professional professional, ProfessionalRoleCode code) {
    return ProfessionalRole.builder()
        .identifier(key("3", "role-" + kind))
        .professional(professional.key())
        .organisation(organisation.key())
        .role(code)
        .build();
  }
}
