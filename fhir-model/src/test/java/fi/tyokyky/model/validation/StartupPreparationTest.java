package fi.tyokyky.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

class StartupPreparationTest {

  private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";

  @Test
  void theDefinitionsThePackageUsesComeFirstInTheChainsListCoreOnesFirst() {
    ValidationSupportChain chain = PackageValidationSupport.create(FhirContext.forR4Cached());

    List<String> used = StartupPreparation.lookUpDefinitionsUsedByPackage(chain);
    List<IBaseResource> all = chain.fetchAllStructureDefinitions();

    assertThat(used)
        .contains(
            CORE + "Bundle",
            CORE + "Observation",
            CORE + "Patient",
            "https://tyokyky.fi/fhir/StructureDefinition/tyokyky-patient");
    assertThat(all.subList(0, used.size()))
        .extracting(definition -> ((StructureDefinition) definition).getUrl())
        .containsExactlyElementsOf(used);
    int firstOfPackage =
        used.indexOf(used.stream().filter(url -> !url.startsWith(CORE)).findFirst().orElseThrow());
    assertThat(used.subList(0, firstOfPackage)).allMatch(url -> url.startsWith(CORE));
    assertThat(used.subList(firstOfPackage, used.size())).noneMatch(url -> url.startsWith(CORE));
    assertThat(all).hasSizeGreaterThan(600);
  }
}
