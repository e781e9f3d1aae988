package fi.tyokyky.model.fhir;

import fi.tyokyky.model.code.GoalCategoryCode;
import fi.tyokyky.model.record.GoalAchievement;
import fi.tyokyky.model.record.GoalLifecycleStatus;
import fi.tyokyky.model.record.WorkAbilityGoal;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal;

/**
 * Maps a {@link WorkAbilityGoal} to a Goal of profile {@code work-ability-goal} and back: the
 * description as text, the due date as {@code target.dueDate}, the context's client as subject.
 */
public final class WorkAbilityGoalMapper implements ResourceMapper<WorkAbilityGoal, Goal> {

  /** The profile id. */
  public static final String PROFILE = "work-ability-goal";

  static final String ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement";

  @Override
  public Goal toFhir(WorkAbilityGoal record, ReferenceContext references) {
    Goal goal = FixedCodes.stamp(new Goal(), PROFILE);
    goal.addIdentifier(Identifiers.identifier(record.identifier()));
    goal.setLifecycleStatus(Goal.GoalLifecycleStatus.fromCode(record.lifecycleStatus().code()));
    if (record.achievement() != null) {
      goal.setAchievementStatus(
          new CodeableConcept(new Coding(ACHIEVEMENT_SYSTEM, record.achievement().code(), null)));
    }
    record.categories().forEach(category -> goal.addCategory(Codings.concept(category)));
    goal.setDescription(new CodeableConcept().setText(record.description()));
    goal.setSubject(references.client());
    goal.setStart(FhirDates.date(record.start()));
    if (record.dueDate() != null) {
      goal.addTarget().setDue(FhirDates.date(record.dueDate()));
    }
    goal.setStatusDateElement(FhirDates.date(record.statusDate()));
    goal.setStatusReason(record.statusReason());
    if (record.expressedBy() != null) {
      goal.setExpressedBy(Actors.reference(record.expressedBy(), references));
    }
    return goal;
  }

  @Override
  public WorkAbilityGoal fromFhir(Goal goal, ReferenceReader references) {
    WorkAbilityGoal.Builder builder =
        WorkAbilityGoal.builder()
            .identifier(Identifiers.first(goal.getIdentifier(), "Goal"))
            .lifecycleStatus(
                goal.hasLifecycleStatus()
                    ? GoalLifecycleStatus.fromCode(goal.getLifecycleStatus().toCode())
                    : null)
            .achievement(
                goal.getAchievementStatus().getCoding().stream()
                    .filter(c -> ACHIEVEMENT_SYSTEM.equals(c.getSystem()))
                    .map(c -> GoalAchievement.fromCode(c.getCode()))
                    .findFirst()
                    .orElse(null))
            .description(goal.getDescription().getText())
            .start(
                goal.hasStartDateType()
                    ? FhirDates.localDate(goal.getStartDateType(), "Goal.startDate")
                    : null)
            .statusDate(FhirDates.localDate(goal.getStatusDateElement(), "Goal.statusDate"))
            .statusReason(goal.getStatusReason())
            .expressedBy(Actors.optional(goal.getExpressedBy(), references, "Goal.expressedBy"));
    for (int i = 0; i < goal.getCategory().size(); i++) {
      builder.categories(
          Codings.required(
              goal.getCategory().get(i), GoalCategoryCode.class, "Goal.category[" + i + "]"));
    }
    if (goal.hasTarget() && goal.getTargetFirstRep().hasDueDateType()) {
      builder.dueDate(
          FhirDates.localDate(goal.getTargetFirstRep().getDueDateType(), "Goal.target[0].dueDate"));
    }
    return builder.build();
  }
}
