package fi.tyokyky.model.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** A small domain record with Bean Validation constraints, for the validator's tests only. */
record SampleExaminationVisit(
    @NotBlank String recordId,
    @NotNull @Past LocalDate examinationDate,
    @PositiveOrZero Integer unemploymentMonths) {}
