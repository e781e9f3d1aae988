package fi.tyokyky.model.code;

/**
 * Thrown when a code is not one of the codes of the expected code system. Codes are terminology,
 * not personal data, so the message quotes the rejected code (shortened if it is long) to make the
 * fault easy to find.
 */
public class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_QUOTED_LENGTH = 64;

  private final String codeSystemId;

  /**
   * Creates the exception.
   *
   * @param codeSystemId the id of the code system that was searched, e.g. {@code
   *     employment-status-cs}; never null
   * @param code the rejected code; may be null
   */
  public UnknownCodeException(String codeSystemId, String code) {
    super(
        code == null
            ? "Missing code: a code of " + codeSystemId + " is required"
            : "Unknown code '" + shorten(code) + "' in code system " + codeSystemId);
    this.codeSystemId = codeSystemId;
  }

  /** The id of the code system the code was looked up in; never null. */
  public String codeSystemId() {
    return codeSystemId;
  }

  private static String shorten(String code) {
    return code.length() <= MAX_QUOTED_LENGTH ? code : code.substring(0, MAX_QUOTED_LENGTH) + "…";
  }
}
