package fi.tyokyky.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyokykyInstanceValidatorModuleTest {

  @Test
  void profileParameterAsHapiPassesItIsUnwrapped() {
    assertThat(
            TyokykyInstanceValidatorModule.unwrapped(
                "UriType[https://tyokyky.fi/fhir/StructureDefinition/x]"))
        .isEqualTo("https://tyokyky.fi/fhir/StructureDefinition/x");
    assertThat(TyokykyInstanceValidatorModule.unwrapped("CanonicalType[https://a/b]"))
        .isEqualTo("https://a/b");
  }

  @Test
  void plainProfileUrlIsKept() {
    assertThat(
            TyokykyInstanceValidatorModule.unwrapped(
                "https://tyokyky.fi/fhir/StructureDefinition/x"))
        .isEqualTo("https://tyokyky.fi/fhir/StructureDefinition/x");
  }
}
