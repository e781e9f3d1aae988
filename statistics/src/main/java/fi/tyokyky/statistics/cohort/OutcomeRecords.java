package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.FollowUpTaskCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.record.Actor;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.EmploymentStatus;
import fi.tyokyky.model.record.PointInTime;
import fi.tyokyky.model.record.ProfessionalRole;
import fi.tyokyky.model.record.TaskStatus;
import fi.tyokyky.model.record.WorkAbilityFollowUpTask;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One client's outcome records: the employment status at a timepoint, the employment outcomes and
 * the six-month follow-up task set at the examination.
 */
final class OutcomeRecords {
  private final Assignments assign;
  private final int i;
  private final ClientKeys keys;
  private final ProfessionalRole coordinator;
  private final LocalDate examined;

  OutcomeRecords(Assignments assign, ClientKeys keys, LocalDate examined) {
    this.assign = assign;
    this.i = keys.client();
    this.keys = keys;
    this.coordinator = keys.centre().coordinatorRole;
    this.examined = examined;
  }

  EmploymentStatus employmentStatus(
      String kind,
      OffsetDateTime at,
      ProfessionalRole by,
      MeasurementTimepointCode timepoint,
      EmploymentStatusCode value) {
    return EmploymentStatus.builder()
        .identifier(keys.of("7", "employment-status-" + kind))
        .effective(at)
        .performer(Actor.role(by.key()))
        .timepoint(timepoint)
        .value(value)
        .build();
  }

  /** The six-month measurement task; {@code done} null until it is completed. */
  WorkAbilityFollowUpTask sixMonthTask(TaskStatus status, PointInTime done) {
    WorkAbilityFollowUpTask.Builder task =
        WorkAbilityFollowUpTask.builder()
            .identifier(keys.of("13", "task-six-months"))
            .status(status)
            .code(FollowUpTaskCode.OUTCOME_MEASUREMENT)
            .authoredOn(examined)
            .owner(coordinator.key())
            .dueDate(examined.plusMonths(6));
    if (done != null) {
      task.executionEnd(done).lastModified(done);
    }
    return task.build();
  }

  /**
   * The outcomes, dated on the day of the visit that records them (a month would read as its first
   * day, which can fall before the reporting period).
   */
  List<EmploymentOutcome> outcomes(LocalDate day) {
    List<EmploymentOutcome> outcomes = new ArrayList<>();
    int contracts = assign.contracts(i);
    for (int c = 0; c < contracts; c++) {
      outcomes.add(
          EmploymentOutcome.builder()
              .identifier(keys.of("7", "outcome-contract-" + (c + 1)))
              .effective(PointInTime.of(day))
              .performer(Actor.role(coordinator.key()))
              .outcome(EmploymentOutcomeCode.EMPLOYMENT_CONTRACT)
              .wageSubsidy(c == 0 && assign.hasWageSubsidy(i))
              .interrupted(c == 0 && assign.isInterrupted(i))
              .build());
    }
    if (assign.hasWorkTrial(i)) {
      outcomes.add(
          EmploymentOutcome.builder()
              .identifier(keys.of("7", "outcome-work-trial"))
              .effective(PointInTime.of(day))
              .performer(Actor.role(coordinator.key()))
              .outcome(EmploymentOutcomeCode.WORK_TRIAL)
              .build());
    }
    return outcomes;
  }
}
