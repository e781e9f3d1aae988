package fi.tyokyky.model.record;

import fi.tyokyky.model.code.GoalCategoryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal agreed with the client (profile {@code work-ability-goal}).
 *
 * @param identifier the source system's id; never null
 * @param lifecycleStatus the lifecycle status; never null, default {@link
 *     GoalLifecycleStatus#ACTIVE}
 * @param achievement how far the goal has been achieved; null if not yet assessed
 * @param categories what the goal concerns; at least one
 * @param description the goal in words; never null
 * @param start the day the goal was set; never null
 * @param dueDate the day it should be reached; null if open; not before the start
 * @param expressedBy who set the goal: the client or a professional role; null if not recorded
 * @param statusDate the day the status was last assessed; null if not recorded
 * @param statusReason why the status is what it is; null if not recorded
 */
public record WorkAbilityGoal(
    BusinessIdentifier identifier,
    GoalLifecycleStatus lifecycleStatus,
    GoalAchievement achievement,
    List<GoalCategoryCode> categories,
    @Size(max = 2000) String description,
    LocalDate start,
    LocalDate dueDate,
    @Valid Actor expressedBy,
    @PastOrPresent LocalDate statusDate,
    @Size(max = 2000) String statusReason)
    implements Keyed {

  private static final String RECORD = "WorkAbilityGoal";

  /** Checks the parts; see the component descriptions. */
  public WorkAbilityGoal {
    Check.required(identifier, RECORD, "identifier");
    Check.required(lifecycleStatus, RECORD, "lifecycleStatus");
    categories = Check.nonEmptyList(categories, RECORD, "categories");
    Check.requiredText(description, RECORD, "description");
    Check.required(start, RECORD, "start");
    Check.notBefore(dueDate, start, RECORD, "dueDate");
    Check.that(
        expressedBy == null || expressedBy.kind() != Actor.Kind.ORGANISATION,
        RECORD,
        "expressedBy",
        "must be the client or a professional role");
    Check.optionalText(statusReason, RECORD, "statusReason");
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilityGoal}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private GoalLifecycleStatus lifecycleStatus = GoalLifecycleStatus.ACTIVE;
    private GoalAchievement achievement;
    private final List<GoalCategoryCode> categories = new ArrayList<>();
    private String description;
    private LocalDate start;
    private LocalDate dueDate;
    private Actor expressedBy;
    private LocalDate statusDate;
    private String statusReason;

    private Builder() {}

    /** The source system's id (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The lifecycle status; default active. */
    public Builder lifecycleStatus(GoalLifecycleStatus value) {
      this.lifecycleStatus = value;
      return this;
    }

    /** How far the goal has been achieved. */
    public Builder achievement(GoalAchievement value) {
      this.achievement = value;
      return this;
    }

    /** Adds categories (at least one is required). */
    public Builder categories(GoalCategoryCode... values) {
      this.categories.addAll(List.of(values));
      return this;
    }

    /** The goal in words (required). */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** The day the goal was set (required). */
    public Builder start(LocalDate value) {
      this.start = value;
      return this;
    }

    /** The day it should be reached. */
    public Builder dueDate(LocalDate value) {
      this.dueDate = value;
      return this;
    }

    /** Who set the goal: the client or a professional role. */
    public Builder expressedBy(Actor value) {
      this.expressedBy = value;
      return this;
    }

    /** The day the status was last assessed. */
    public Builder statusDate(LocalDate value) {
      this.statusDate = value;
      return this;
    }

    /** Why the status is what it is. */
    public Builder statusReason(String value) {
      this.statusReason = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or the due date is before the
     *     start
     */
    public WorkAbilityGoal build() {
      return new WorkAbilityGoal(
          identifier,
          lifecycleStatus,
          achievement,
          categories,
          description,
          start,
          dueDate,
          expressedBy,
          statusDate,
          statusReason);
    }
  }
}
