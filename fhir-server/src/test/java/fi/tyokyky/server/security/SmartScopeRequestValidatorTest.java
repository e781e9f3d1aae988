package fi.tyokyky.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmartScopeRequestValidatorTest {

  @Test
  void aRegisteredScopeCoversTheSameOrANarrowerTypeAndFewerInteractions() {
    assertThat(covers("system/*.cruds", "system/*.cruds")).isTrue();
    assertThat(covers("system/*.cruds", "system/Observation.rs")).isTrue();
    assertThat(covers("system/Observation.rs", "system/Observation.r")).isTrue();
  }

  @Test
  void itCoversNoOtherContextTypeOrInteraction() {
    assertThat(covers("system/*.rs", "system/*.cruds")).isFalse();
    assertThat(covers("system/Observation.rs", "system/Patient.rs")).isFalse();
    assertThat(covers("system/Observation.rs", "system/*.rs")).isFalse();
    assertThat(covers("system/*.cruds", "user/*.rs")).isFalse();
  }

  private static boolean covers(String registered, String asked) {
    return SmartScopeRequestValidator.covers(
        SmartScope.parse(registered).orElseThrow(), SmartScope.parse(asked).orElseThrow());
  }
}
