package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.FollowUpTaskCode;
import fi.tyokyky.model.record.TaskFocus;
import fi.tyokyky.model.record.TaskStatus;
import fi.tyokyky.model.record.WorkAbilityFollowUpTask;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.Task;

/**
 * Maps a {@link WorkAbilityFollowUpTask} to a Task of profile {@code work-ability-follow-up-task}
 * and back: intent {@code order}, the due date as {@code restriction.period.end}, the context's
 * client as {@code for} and the encounter.
 */
public final class WorkAbilityFollowUpTaskMapper
    implements ResourceMapper<WorkAbilityFollowUpTask, Task> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-follow-up-task";

  @Override
  public Task toFhir(WorkAbilityFollowUpTask record, ReferenceContext references) {
    Task task = FixedCodes.stamp(new Task(), PROFILE);
    task.addIdentifier(Identifiers.identifier(record.identifier()));
    task.setStatus(Task.TaskStatus.fromCode(record.status().code()));
    task.setIntent(Task.TaskIntent.ORDER);
    task.setCode(Codings.concept(record.code()));
    task.setDescription(record.description());
    if (record.focus() != null) {
      task.setFocus(references.to(typeOf(record.focus().kind()), record.focus().key()));
    }
    task.setFor(references.client());
    Reference encounter = references.encounter();
    if (encounter != null) {
      task.setEncounter(encounter);
    }
    if (record.executionEnd() != null) {
      task.setExecutionPeriod(
          new Period().setEndElement(FhirDates.dateTime(record.executionEnd())));
    }
    task.setAuthoredOnElement(FhirDates.dateTime(record.authoredOn()));
    task.setLastModifiedElement(FhirDates.dateTime(record.lastModified()));
    if (record.owner() != null) {
      task.setOwner(references.to(ResourceType.PractitionerRole, record.owner()));
    }
    if (record.dueDate() != null) {
      task.getRestriction()
          .setPeriod(new Period().setEndElement(FhirDates.dateTime(record.dueDate())));
    }
    return task;
  }

  @Override
  public WorkAbilityFollowUpTask fromFhir(Task task, ReferenceReader references) {
    return WorkAbilityFollowUpTask.builder()
        .identifier(Identifiers.first(task.getIdentifier(), "Task"))
        .status(task.hasStatus() ? TaskStatus.fromCode(task.getStatus().toCode()) : null)
        .code(Codings.optional(task.getCode(), FollowUpTaskCode.class, "Task.code"))
        .description(task.getDescription())
        .focus(task.hasFocus() ? focus(task.getFocus(), references) : null)
        .authoredOn(FhirDates.pointInTime(task.getAuthoredOnElement(), "Task.authoredOn"))
        .owner(references.optionalKey(task.getOwner(), "Task.owner"))
        .executionEnd(
            FhirDates.pointInTime(
                task.getExecutionPeriod().getEndElement(), "Task.executionPeriod.end"))
        .lastModified(FhirDates.pointInTime(task.getLastModifiedElement(), "Task.lastModified"))
        .dueDate(
            task.getRestriction().getPeriod().hasEnd()
                ? FhirDates.localDate(
                    task.getRestriction().getPeriod().getEndElement(),
                    "Task.restriction.period.end")
                : null)
        .build();
  }

  private static TaskFocus focus(Reference reference, ReferenceReader references) {
    String type = references.typeOf(reference, "Task.focus");
    TaskFocus.Kind kind =
        switch (type) {
          case "ServiceRequest" -> TaskFocus.Kind.REFERRAL;
          case "Goal" -> TaskFocus.Kind.GOAL;
          case "CarePlan" -> TaskFocus.Kind.PLAN;
          default ->
              throw new FhirReadException(
                  "Task.focus", "points to a " + type + ", not a referral, goal or plan");
        };
    return new TaskFocus(kind, references.keyOf(reference, "Task.focus"));
  }

  private static ResourceType typeOf(TaskFocus.Kind kind) {
    return switch (kind) {
      case REFERRAL -> ResourceType.ServiceRequest;
      case GOAL -> ResourceType.Goal;
      case PLAN -> ResourceType.CarePlan;
    };
  }
}
