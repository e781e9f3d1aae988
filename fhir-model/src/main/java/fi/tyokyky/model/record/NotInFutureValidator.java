package fi.tyokyky.model.record;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Checks {@link NotInFuture}, using the clock of the validation context. */
public final class NotInFutureValidator implements ConstraintValidator<NotInFuture, PointInTime> {

  @Override
  public boolean isValid(PointInTime value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Clock clock = context.getClockProvider().getClock();
    return value.hasTime()
        ? !value.dateTime().isAfter(OffsetDateTime.now(clock))
        : !value.date().isAfter(LocalDate.now(clock));
  }
}
