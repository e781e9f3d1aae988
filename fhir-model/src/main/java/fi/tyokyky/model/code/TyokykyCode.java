package fi.tyokyky.model.code;

/**
 * A concept of one of the package's own code systems. Every code-system enum of this package
 * implements it, so that mappers can turn any of them into a FHIR {@code Coding} the same way.
 */
public interface TyokykyCode {

  /** The code as it appears in {@code Coding.code}; never null. */
  String code();

  /** The Finnish display, the code system's own {@code display}; never null. */
  String display();

  /** The English designation of the concept; never null. */
  String englishDisplay();

  /** The code system this code belongs to; never null. */
  TyokykyCodeSystem codeSystem();

  /** The canonical URL of the code system, i.e. {@code Coding.system}; never null. */
  default String system() {
    return codeSystem().url();
  }
}
