package fi.tyokyky.model.validation;

import fi.tyokyky.model.validation.ValidationIssue.Severity;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * Turns the instance validator's messages into {@link ValidationIssue}s, reading the same fields
 * HAPI's FhirInstanceValidator copies into its SingleValidationMessage: level, location, message,
 * message id, line and column.
 */
final class FhirIssueConverter {

  private FhirIssueConverter() {}

  /**
   * Converts one message.
   *
   * @param message the validator's message; not null
   * @param redactor masks personal data in the message and location; not null
   * @return the issue; never null
   */
  static ValidationIssue toIssue(ValidationMessage message, PersonalDataRedactor redactor) {
    return new ValidationIssue(
        severity(message.getLevel()),
        redactor.redact(nullToEmpty(message.getLocation())),
        redactor.redact(nullToEmpty(message.getMessage())),
        ruleId(message.getMessageId()),
        message.getType() == null ? "processing" : message.getType().toCode(),
        Math.max(0, message.getLine()),
        Math.max(0, message.getCol()));
  }

  /** A message without level does not occur in practice; HAPI would leave its severity unset. */
  static Severity severity(ValidationMessage.IssueSeverity level) {
    if (level == null) {
      return Severity.INFORMATION;
    }
    return switch (level) {
      case FATAL -> Severity.FATAL;
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      case INFORMATION, NULL -> Severity.INFORMATION;
    };
  }

  /**
   * The rule id in a message id. HAPI passes a message id on only if it has no space (some
   * terminology messages carry their whole text there); an invariant's id is {@code <profile
   * url>#<key>}, of which the key is the rule id.
   */
  static String ruleId(String messageId) {
    if (messageId == null || messageId.isEmpty() || messageId.contains(" ")) {
      return null;
    }
    int hash = messageId.lastIndexOf('#');
    return hash >= 0 && hash < messageId.length() - 1 ? messageId.substring(hash + 1) : messageId;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
