package fi.tyokyky.profiles.build.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The naming rules of the generated enums, the one place a Java name is derived from the package.
 */
class CodeEnumNamesTest {

  @ParameterizedTest
  @CsvSource({
    "ReferralServiceCS, ReferralServiceCode",
    "AgreementCS, AgreementCode",
    "EmploymentStatusCS, EmploymentStatusCode",
    "ThreeXTenDDimensionCS, ThreeXTenDDimensionCode",
    "WaiCS, WaiCode"
  })
  void enumNameReplacesTheTrailingCsWithCode(String codeSystemName, String enumName) {
    assertThat(CodeEnumNames.enumName(codeSystemName)).isEqualTo(enumName);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ReferralService", "referralServiceCS", "CS", "Referral-ServiceCS"})
  void enumNameRefusesANameNotOfTheFormPascalCaseCs(String codeSystemName) {
    assertThatThrownBy(() -> CodeEnumNames.enumName(codeSystemName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + codeSystemName + "'")
        .hasMessageContaining("<PascalCase>CS");
  }

  @Test
  void enumNameRefusesToReplaceTheHandWrittenApi() {
    assertThatThrownBy(() -> CodeEnumNames.enumName("TyokykyCS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved name TyokykyCode");
  }

  @ParameterizedTest
  @CsvSource({
    "specialist-care, SPECIALIST_CARE",
    "laid-off, LAID_OFF",
    "age-18-65, AGE_18_65",
    "dimension-10, DIMENSION_10",
    "other, OTHER",
    "laidOff, LAID_OFF",
    "phq9Total, PHQ9_TOTAL",
    "HIV, HIV",
    "a.b__c, A_B_C",
    "-leading-and-trailing-, LEADING_AND_TRAILING"
  })
  void constantIsTheCodeInUpperSnake(String code, String constant) {
    assertThat(CodeEnumNames.constantName(code)).isEqualTo(constant);
  }

  @ParameterizedTest
  @CsvSource({"1, CODE_1", "3, CODE_3", "12-months, CODE_12_MONTHS", "3x10d, CODE_3X10D"})
  void aCodeStartingWithADigitGetsThePrefixCode(String code, String constant) {
    assertThat(CodeEnumNames.constantName(code)).isEqualTo(constant);
  }

  @Test
  void aCodeWithoutLetterOrDigitIsRefused() {
    assertThatThrownBy(() -> CodeEnumNames.constantName("--"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Code '--' has no letter or digit to name a constant after");
  }

  @Test
  void aCodeWithANonAsciiLetterIsRefused() {
    assertThatThrownBy(() -> CodeEnumNames.constantName("työ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'työ'")
        .hasMessageContaining("non-ASCII");
  }

  @ParameterizedTest
  @CsvSource({
    "agreement-cs, AGREEMENT",
    "three-x-ten-d-dimension-cs, THREE_X_TEN_D_DIMENSION",
    "tyokyky-observation-cs, TYOKYKY_OBSERVATION"
  })
  void registryConstantIsTheIdWithoutCs(String id, String constant) {
    assertThat(CodeEnumNames.registryConstantName(id)).isEqualTo(constant);
  }

  @Test
  void registryConstantRefusesAnIdWithoutCs() {
    assertThatThrownBy(() -> CodeEnumNames.registryConstantName("agreement"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'agreement'");
  }
}
