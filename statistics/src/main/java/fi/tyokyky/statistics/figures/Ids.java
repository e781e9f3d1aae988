package fi.tyokyky.statistics.figures;

import java.util.regex.Pattern;

/** The forms of the ids and codes of the figure model, checked once here. */
final class Ids {

  /** Kebab-case, a valid FHIR id: the form of figure and stratifier ids. */
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * A FHIR code without the characters that would need quoting in CSV: the form of stratum codes.
   */
  private static final Pattern CODE = Pattern.compile("[^\\s,\"]+( [^\\s,\"]+)*");

  private static final int MAX_ID_LENGTH = 64;

  private Ids() {}

  static String requireId(String id, String what) {
    if (id == null || id.length() > MAX_ID_LENGTH || !KEBAB.matcher(id).matches()) {
      throw new InvalidFigureException(
          InvalidFigureException.Reason.MALFORMED_ID,
          null,
          what,
          "must be kebab-case, at most " + MAX_ID_LENGTH + " characters");
    }
    return id;
  }

  static String requireCode(String code, String what) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidFigureException(
          InvalidFigureException.Reason.MALFORMED_ID,
          null,
          what,
          "must be a code without surrounding or repeated white space, commas or quotes");
    }
    return code;
  }
}
