package fi.tyokyky.model.validation;

import fi.tyokyky.model.validation.ValidationIssue.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Checks the Bean Validation constraints of domain objects (Hibernate Validator) and reports the
 * violations as {@link ValidationIssue}s: severity error, location = property path, message = the
 * interpolated constraint message, rule id = the constraint annotation's simple name. Thread-safe,
 * as {@link Validator} is.
 */
final class BeanConstraintChecker {

  private static final Set<String> PRESENCE_CONSTRAINTS = Set.of("NotNull", "NotEmpty", "NotBlank");

  private static final Comparator<ValidationIssue> BY_LOCATION_THEN_RULE =
      Comparator.comparing(ValidationIssue::location)
          .thenComparing(issue -> String.valueOf(issue.ruleId()))
          .thenComparing(ValidationIssue::message);

  private final Validator validator;

  BeanConstraintChecker(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * A Hibernate validator whose messages are in English whatever the JVM's locale, as are HAPI's.
   * Its factory lives as long as the validator is used; it holds no resources that need closing.
   */
  static Validator defaultValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(Locale.ENGLISH)
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Checks an object.
   *
   * @param object the domain object; not null
   * @param redactor masks personal data in messages; not null
   * @return the violations, sorted by location, then rule; never null
   */
  List<ValidationIssue> check(Object object, PersonalDataRedactor redactor) {
    Objects.requireNonNull(object, "object");
    return validator.validate(object).stream()
        .map(violation -> toIssue(violation, redactor))
        .sorted(BY_LOCATION_THEN_RULE)
        .toList();
  }

  private static ValidationIssue toIssue(
      ConstraintViolation<?> violation, PersonalDataRedactor redactor) {
    String location = violation.getPropertyPath().toString();
    String rule =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return new ValidationIssue(
        Severity.ERROR,
        location,
        redactor.redact(violation.getMessage()),
        rule,
        issueCode(location, rule),
        0,
        0);
  }

  /** Missing values are "required", class-level rules "invariant", other property rules "value". */
  private static String issueCode(String location, String rule) {
    if (PRESENCE_CONSTRAINTS.contains(rule)) {
      return "required";
    }
    return location.isEmpty() ? "invariant" : "value";
  }
}
