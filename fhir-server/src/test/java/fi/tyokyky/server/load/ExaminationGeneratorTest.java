package fi.tyokyky.server.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tyokyky.model.identifier.Henkilotunnus;
import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.junit.jupiter.api.Test;

class ExaminationGeneratorTest {

  private final ExaminationGenerator generator = new ExaminationGenerator("test-run", 0);

  @Test
  void everyClientHasADistinctValidTestHenkilotunnus() {
    Set<String> codes = new HashSet<>();
    for (int n = 0; n < 1000; n++) {
      String code = generator.henkilotunnus(n);
      assertThat(Henkilotunnus.isValid(code)).as(code).isTrue();
      assertThat(Integer.parseInt(code.substring(7, 10))).isBetween(900, 999);
      codes.add(code);
    }
    assertThat(codes).hasSize(1000);
  }

  @Test
  void bundleIsACompleteTransactionOf37Resources() {
    Bundle bundle = generator.bundle(3);

    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
    assertThat(bundle.getEntry()).hasSize(37);
    assertThat(bundle.getEntry())
        .filteredOn(e -> e.getResource().fhirType().equals("Observation"))
        .hasSize(19);
  }

  @Test
  void examinationsHaveTheirOwnEncounterIdentifiers() {
    Encounter first = (Encounter) entryOfType(generator.bundle(0), "Encounter");
    Encounter second = (Encounter) entryOfType(generator.bundle(1), "Encounter");

    assertThat(first.getIdentifierFirstRep().getValue())
        .isEqualTo("test-run-0-visit")
        .isEqualTo(generator.encounterKey(0).value());
    assertThat(second.getIdentifierFirstRep().getValue()).isEqualTo("test-run-1-visit");
  }

  private static org.hl7.fhir.r4.model.Resource entryOfType(Bundle bundle, String type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r.fhirType().equals(type))
        .findFirst()
        .orElseThrow();
  }
}
