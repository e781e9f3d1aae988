package fi.tyokyky.model.identifier;

import static fi.tyokyky.model.identifier.TestIdentityCodes.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import fi.tyokyky.model.identifier.Henkilotunnus.Sex;
import fi.tyokyky.model.identifier.InvalidIdentifierException.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HenkilotunnusTest {

  /** 1 January 1980, individual number 900 (temporary), check character 4 (010180900 % 31 = 4). */
  private static final String VALID = "010180-9004";

  private static InvalidIdentifierException rejection(String text) {
    return Rejection.of(() -> Henkilotunnus.parse(text));
  }

  @Nested
  class CheckCharacter {

    // Expected values worked out by hand: remainder of the nine-digit number divided by 31.
    @ParameterizedTest
    @CsvSource({
      "010180900, 4",
      "010180999, A",
      "131052908, 5",
      "290224950, 5",
      "290200950, Y",
      "010100900, F",
      "230805987, D",
      "150550912, 1",
      "000000000, 0",
      "000000030, Y"
    })
    void isTheAlphabetEntryAtTheRemainderModulo31(String digits, char expected) {
      assertThat(Henkilotunnus.checkCharacter(digits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "01018090", "0101809000", "01018090A", " 01018090", "٠١٠١٨٠٩٠٠"})
    void rejectsAnythingButNineAsciiDigits(String digits) {
      assertThat(Rejection.of(() -> Henkilotunnus.checkCharacter(digits)).reason())
          .isEqualTo(Reason.FORMAT);
    }

    @Test
    void testHelperAgreesWithLibrary() {
      assertThat(code("010180", '-', "900")).isEqualTo(VALID);
      assertThat(code("010180", '-', "999")).isEqualTo("010180-999A");
    }
  }

  @Nested
  class CenturySigns {

    @ParameterizedTest(name = "sign {0} means year {1}")
    @CsvSource({
      "+, 1880", "-, 1980", "Y, 1980", "X, 1980", "W, 1980", "V, 1980", "U, 1980", "A, 2080",
      "B, 2080", "C, 2080", "D, 2080", "E, 2080", "F, 2080"
    })
    void eachSignSelectsItsCentury(char sign, int expectedYear) {
      Henkilotunnus hetu = Henkilotunnus.parse(code("010180", sign, "900"));

      assertThat(hetu.birthDate()).isEqualTo(LocalDate.of(expectedYear, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(chars = {'G', 'Z', 'T', '*', '/', '_', '0', ' '})
    void unknownSignIsRejected(char sign) {
      assertThat(rejection(code("010180", sign, "900")).reason()).isEqualTo(Reason.CENTURY_SIGN);
    }

    @Test
    void codesDifferingOnlyInCenturySignAreDifferentPeople() {
      Henkilotunnus dash = Henkilotunnus.parse(code("010180", '-', "900"));
      Henkilotunnus y = Henkilotunnus.parse(code("010180", 'Y', "900"));

      assertThat(dash).isNotEqualTo(y);
      assertThat(dash.birthDate()).isEqualTo(y.birthDate());
    }
  }

  @Nested
  class BirthDate {

    @ParameterizedTest(name = "{0}{1} is not a calendar date")
    @CsvSource({
      "310299, -", // 31 February
      "300299, A", // 30 February
      "290223, -", // 1923 is not a leap year
      "290223, A", // 2023 is not a leap year
      "290200, -", // 1900 is not a leap year (divisible by 100)
      "290200, +", // 1800 is not a leap year
      "000180, -", // day 00
      "320180, -", // day 32
      "310480, -", // 31 April
      "011380, -", // month 13
      "010080, -" // month 00
    })
    void impossibleDatesAreRejected(String ddmmyy, char sign) {
      assertThat(rejection(code(ddmmyy, sign, "900")).reason()).isEqualTo(Reason.DATE);
    }

    @ParameterizedTest(name = "{0}{1} is {2}")
    @CsvSource({
      "290224, -, 1924-02-29",
      "290224, A, 2024-02-29",
      "290200, A, 2000-02-29", // divisible by 400: leap year
      "311299, -, 1999-12-31",
      "010100, A, 2000-01-01"
    })
    void leapDaysAndCenturyBoundariesAreAccepted(String ddmmyy, char sign, LocalDate expected) {
      assertThat(Henkilotunnus.parse(code(ddmmyy, sign, "950")).birthDate()).isEqualTo(expected);
    }
  }

  @Nested
  class IndividualNumber {

    @ParameterizedTest
    @ValueSource(strings = {"000", "001"})
    void neverAssignedNumbersAreRejected(String zzz) {
      assertThat(rejection(code("010180", '-', zzz)).reason()).isEqualTo(Reason.INDIVIDUAL_NUMBER);
    }

    // 002 and 899 would be ordinary codes, so a real-looking date could belong to a real person.
    // These use 31 December 2099, a birth date nobody has yet.
    @ParameterizedTest
    @ValueSource(strings = {"002", "899"})
    void ordinaryRangeBoundsAreValidAndNotTemporary(String zzz) {
      Henkilotunnus hetu = Henkilotunnus.parse(code("311299", 'A', zzz));

      assertThat(hetu.isTemporary()).isFalse();
      assertThat(hetu.birthDate()).isEqualTo(LocalDate.of(2099, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"900", "950", "999"})
    void temporaryRangeIsValidAndTemporary(String zzz) {
      assertThat(Henkilotunnus.parse(code("010180", '-', zzz)).isTemporary()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"900, FEMALE", "901, MALE", "998, FEMALE", "999, MALE", "954, FEMALE"})
    void sexFollowsParityOddMeaningMale(String zzz, Sex expected) {
      assertThat(Henkilotunnus.parse(code("010180", '-', zzz)).sex()).isEqualTo(expected);
    }

    @Test
    void ordinaryRangeSexParity() {
      assertThat(Henkilotunnus.parse(code("311299", 'A', "002")).sex()).isEqualTo(Sex.FEMALE);
      assertThat(Henkilotunnus.parse(code("311299", 'A', "899")).sex()).isEqualTo(Sex.MALE);
    }
  }

  @Nested
  class CheckCharacterValidation {

    @ParameterizedTest
    @ValueSource(strings = {"010180-9005", "010180-900A", "010180-900Y", "010180-9003"})
    void wrongCheckCharacterIsRejected(String text) {
      assertThat(rejection(text).reason()).isEqualTo(Reason.CHECK_CHARACTER);
    }

    // G, I, O, Q, Z are left out of the alphabet because they are easily confused.
    @ParameterizedTest
    @ValueSource(
        strings = {"010180-900G", "010180-900I", "010180-900O", "010180-900Q", "010180-900Z"})
    void charactersOutsideTheAlphabetAreRejected(String text) {
      assertThat(rejection(text).reason()).isEqualTo(Reason.CHECK_CHARACTER);
    }
  }

  @Nested
  class Format {

    @ParameterizedTest
    @ValueSource(
        strings = {"", "010180-900", "010180-90044", "10180-9004", "010180--9004", "010180-9004-"})
    void wrongLengthIsRejected(String text) {
      assertThat(rejection(text).reason()).isEqualTo(Reason.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 010180-9004", "010180-9004 ", "\t010180-9004", "010180-9004\n"})
    void surroundingWhiteSpaceIsNotTrimmed(String text) {
      assertThat(rejection(text).reason()).isEqualTo(Reason.FORMAT);
      assertThat(Henkilotunnus.isValid(text)).isFalse();
    }

    @Test
    void whiteSpaceInsideIsRejected() {
      assertThat(rejection("0101 0-9004").reason()).isEqualTo(Reason.FORMAT);
      assertThat(rejection("010180-9 04").reason()).isEqualTo(Reason.FORMAT);
      assertThat(rejection("010180 9004").reason()).isEqualTo(Reason.CENTURY_SIGN);
    }

    @Test
    void lowerCaseCenturySignIsRejected() {
      String upper = code("010180", 'Y', "900");
      String lower = upper.substring(0, 6) + 'y' + upper.substring(7);

      assertThat(Henkilotunnus.isValid(upper)).isTrue();
      assertThat(rejection(lower).reason()).isEqualTo(Reason.FORMAT);
    }

    @Test
    void lowerCaseCheckCharacterIsRejected() {
      assertThat(Henkilotunnus.isValid("010180-999A")).isTrue();
      assertThat(rejection("010180-999a").reason()).isEqualTo(Reason.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01O180-9004", "010180-9O04", "٠١٠١٨٠-٩٠٠٤", "０10180-9004"})
    void nonAsciiDigitsAndLettersInDigitPositionsAreRejected(String text) {
      assertThat(rejection(text).reason()).isEqualTo(Reason.FORMAT);
    }

    @Test
    void nullIsRejectedAsFormat() {
      assertThat(rejection(null).reason()).isEqualTo(Reason.FORMAT);
      assertThat(Henkilotunnus.isValid(null)).isFalse();
      assertThat(Henkilotunnus.tryParse(null)).isEmpty();
    }
  }

  @Nested
  class ParseVariants {

    @Test
    void parseKeepsTheValueExactly() {
      Henkilotunnus hetu = Henkilotunnus.parse(VALID);

      assertThat(hetu.value()).isEqualTo(VALID);
      assertThat(hetu.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
      assertThat(hetu.sex()).isEqualTo(Sex.FEMALE);
      assertThat(hetu.isTemporary()).isTrue();
    }

    @Test
    void tryParseAndIsValidAgreeWithParse() {
      assertThat(Henkilotunnus.tryParse(VALID)).contains(Henkilotunnus.parse(VALID));
      assertThat(Henkilotunnus.isValid(VALID)).isTrue();
      assertThat(Henkilotunnus.tryParse("010180-9005")).isEmpty();
      assertThat(Henkilotunnus.isValid("010180-9005")).isFalse();
    }

    @Test
    void systemIsTheHetuOid() {
      assertThat(Henkilotunnus.SYSTEM).isEqualTo("urn:oid:1.2.246.21");
    }

    @Test
    void equalityIsOnTheWholeValue() {
      Henkilotunnus a = Henkilotunnus.parse(VALID);
      Henkilotunnus b = Henkilotunnus.parse(new String(VALID.toCharArray()));
      Henkilotunnus other = Henkilotunnus.parse(code("010180", '-', "902"));

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
      assertThat(a).isNotEqualTo(VALID);
    }
  }

  @Nested
  class Age {

    private final Henkilotunnus bornOn1Jan1980 = Henkilotunnus.parse(VALID);
    private final Henkilotunnus bornOnLeapDay = Henkilotunnus.parse(code("290224", 'A', "950"));

    @Test
    void ageIncreasesOnTheBirthday() {
      assertThat(bornOn1Jan1980.ageOn(LocalDate.of(1980, 1, 1))).isZero();
      assertThat(bornOn1Jan1980.ageOn(LocalDate.of(1999, 12, 31))).isEqualTo(19);
      assertThat(bornOn1Jan1980.ageOn(LocalDate.of(2000, 1, 1))).isEqualTo(20);
    }

    @Test
    void leapDayBirthdayFallsOnFirstOfMarchInOtherYears() {
      assertThat(bornOnLeapDay.ageOn(LocalDate.of(2025, 2, 28))).isZero();
      assertThat(bornOnLeapDay.ageOn(LocalDate.of(2025, 3, 1))).isEqualTo(1);
      assertThat(bornOnLeapDay.ageOn(LocalDate.of(2028, 2, 29))).isEqualTo(4);
    }

    @Test
    void dateBeforeBirthIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bornOn1Jan1980.ageOn(LocalDate.of(1979, 12, 31)))
          .withMessageNotContaining("1979")
          .withMessageNotContaining("1980");
    }

    @Test
    void nullDateIsRejected() {
      assertThatNullPointerException().isThrownBy(() -> bornOn1Jan1980.ageOn(null));
    }
  }

  @Nested
  class PersonalDataProtection {

    @Test
    void maskedHidesIndividualNumberAndCheckCharacter() {
      assertThat(Henkilotunnus.parse(VALID).masked()).isEqualTo("010180-****");
      assertThat(Henkilotunnus.parse("010180-999A").masked()).isEqualTo("010180-****");
      assertThat(Henkilotunnus.parse(code("010180", 'Y', "900")).masked()).isEqualTo("010180Y****");
    }

    @Test
    void toStringNeverContainsTheWholeCode() {
      Henkilotunnus hetu = Henkilotunnus.parse(VALID);

      assertThat(hetu.toString())
          .isEqualTo("Henkilotunnus[***********]")
          .doesNotContain("010180")
          .doesNotContain("9004");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "010180-9005", // check character
          "310299-9004", // date
          "010180G9004", // century sign
          "010180-0014", // individual number
          "010180-999a", // lower case
          "010180-900", // length
          " 010180-9004" // white space
        })
    void exceptionNeverRevealsTheInput(String text) {
      InvalidIdentifierException e = rejection(text);

      assertThat(e.getMessage())
          .startsWith("Invalid henkilötunnus: ")
          .doesNotContain(text)
          .doesNotContain(text.strip())
          .doesNotContain(text.strip().substring(0, 6));
      assertThat(e.getCause()).isNull();
      assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionMessagesAreSpecific() {
      assertThat(rejection("010180-9005").getMessage())
          .isEqualTo("Invalid henkilötunnus: check character does not match");
      assertThat(rejection("310299-9004").getMessage())
          .isEqualTo("Invalid henkilötunnus: birth date is not a calendar date");
      assertThat(rejection("010180G9004").getMessage())
          .isEqualTo("Invalid henkilötunnus: unknown century sign");
      assertThat(rejection(code("010180", '-', "001")).getMessage())
          .isEqualTo("Invalid henkilötunnus: individual number 000 and 001 are never assigned");
      assertThat(rejection("010180-900").getMessage())
          .isEqualTo("Invalid henkilötunnus: must be exactly 11 characters");
      assertThat(rejection(null).getMessage()).isEqualTo("Invalid henkilötunnus: value is null");
    }
  }
}
