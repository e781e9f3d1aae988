package fi.tyokyky.profiles.build.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The naming rules of the generated code enums, one for every code system, so that a Java name can
 * be told from the package and back:
 *
 * <ul>
 *   <li>enum = the CodeSystem's {@code name} with its trailing {@code CS} replaced by {@code Code}
 *       ({@code ReferralServiceCS} → {@code ReferralServiceCode});
 *   <li>constant = the code in UPPER_SNAKE: every run of characters other than ASCII letters and
 *       digits, and every change from a lower-case letter or digit to an upper-case letter, is one
 *       {@code _} ({@code specialist-care} → {@code SPECIALIST_CARE}, {@code age-18-65} → {@code
 *       AGE_18_65}, {@code laidOff} → {@code LAID_OFF});
 *   <li>a constant that would start with a digit gets the prefix {@code CODE_} ({@code 3} → {@code
 *       CODE_3}), since a Java identifier cannot start with one;
 *   <li>the code system's constant in {@code TyokykyCodeSystem} = its {@code id} without the
 *       trailing {@code -cs}, by the constant rule ({@code three-x-ten-d-dimension-cs} → {@code
 *       THREE_X_TEN_D_DIMENSION}).
 * </ul>
 *
 * Whatever the rules cannot name fails the build with the code system and code in the message: a
 * name without {@code CS}, a code with non-ASCII letters or no letter or digit at all, two codes of
 * one code system with the same constant, and an enum name taken by the hand-written API.
 */
public final class CodeEnumNames {

  /** What a generated constant gets in front when its code starts with a digit. */
  public static final String DIGIT_PREFIX = "CODE_";

  /** Hand-written types of the generated enums' package that no generated enum may replace. */
  static final Set<String> RESERVED =
      Set.of("Codes", "TyokykyCode", "TyokykyCodeSystem", "UnknownCodeException");

  private static final String CS = "CS";

  private CodeEnumNames() {}

  /**
   * The enum name of a code system.
   *
   * @param codeSystemName the CodeSystem's {@code name}, e.g. {@code AgreementCS}; not null
   * @return e.g. {@code AgreementCode}; never null
   * @throws IllegalArgumentException if the name does not end with {@code CS}, is not a Java
   *     identifier starting with an upper-case letter, or would give a reserved name
   */
  public static String enumName(String codeSystemName) {
    if (!codeSystemName.endsWith(CS)
        || codeSystemName.length() == CS.length()
        || !isJavaTypeName(codeSystemName)) {
      throw new IllegalArgumentException(
          "CodeSystem name '"
              + codeSystemName
              + "' is not of the form <PascalCase>CS, which the code enums are named after");
    }
    String name = codeSystemName.substring(0, codeSystemName.length() - CS.length()) + "Code";
    if (RESERVED.contains(name)) {
      throw new IllegalArgumentException(
          "CodeSystem name '" + codeSystemName + "' would give the enum the reserved name " + name);
    }
    return name;
  }

  /**
   * The constant name of a code.
   *
   * @param code a concept's code, e.g. {@code specialist-care}; not null
   * @return e.g. {@code SPECIALIST_CARE}; never null
   * @throws IllegalArgumentException if the code has a non-ASCII letter or digit, or none at all
   */
  public static String constantName(String code) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char previous = 0;
    for (char c : code.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c > 127) {
        throw new IllegalArgumentException(
            "Code '" + code + "' has a non-ASCII letter or digit, which a constant cannot carry");
      }
      boolean alphanumeric = isAsciiLetterOrDigit(c);
      boolean camelBreak =
          alphanumeric
              && Character.isUpperCase(c)
              && (Character.isLowerCase(previous) || Character.isDigit(previous));
      if ((!alphanumeric || camelBreak) && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      if (alphanumeric) {
        word.append(c);
      }
      previous = c;
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException(
          "Code '" + code + "' has no letter or digit to name a constant after");
    }
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    return Character.isDigit(name.charAt(0)) ? DIGIT_PREFIX + name : name;
  }

  /**
   * The constant of a code system in the registry enum.
   *
   * @param codeSystemId the CodeSystem's {@code id}, e.g. {@code agreement-cs}; not null
   * @return e.g. {@code AGREEMENT}; never null
   * @throws IllegalArgumentException if the id does not end with {@code -cs} or cannot be named
   */
  public static String registryConstantName(String codeSystemId) {
    if (!codeSystemId.endsWith("-cs") || codeSystemId.length() == 3) {
      throw new IllegalArgumentException(
          "CodeSystem id '" + codeSystemId + "' is not of the form <kebab-case>-cs");
    }
    return constantName(codeSystemId.substring(0, codeSystemId.length() - 3));
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isJavaTypeName(String name) {
    if (!Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    for (char c : name.toCharArray()) {
      if (!isAsciiLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }
}
