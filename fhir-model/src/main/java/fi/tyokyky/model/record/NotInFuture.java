package fi.tyokyky.model.record;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The {@link PointInTime} must not lie in the future: Bean Validation's {@code @PastOrPresent} for
 * a value that is either a day or a moment. A day is compared with today's date, a moment with the
 * current instant. Null is valid.
 */
@Documented
@Constraint(validatedBy = NotInFutureValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NotInFuture {

  /** The message. */
  String message() default "must not be in the future";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
