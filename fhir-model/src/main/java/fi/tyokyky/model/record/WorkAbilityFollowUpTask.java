package fi.tyokyky.model.record;

import fi.tyokyky.model.code.FollowUpTaskCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A task that follows up a referral, a goal or the plan (profile {@code
 * work-ability-follow-up-task}), with its owner and due date.
 *
 * @param identifier the source system's id; never null
 * @param status the status; never null, default {@link TaskStatus#REQUESTED}
 * @param code what is to be done; never null
 * @param focus the referral, goal or plan it follows up; null if none
 * @param authoredOn the day or moment the task was created; never null
 * @param owner key of the {@link ProfessionalRole} responsible; null if not assigned
 * @param dueDate the day it is due; null if none; not before the day it was created
 * @param description the task in words; null if none
 * @param executionEnd when the task was done; null while not done
 * @param lastModified when the task was last changed; null if not recorded
 */
public record WorkAbilityFollowUpTask(
    BusinessIdentifier identifier,
    TaskStatus status,
    FollowUpTaskCode code,
    @Valid TaskFocus focus,
    @NotInFuture PointInTime authoredOn,
    BusinessIdentifier owner,
    LocalDate dueDate,
    @Size(max = 2000) String description,
    PointInTime executionEnd,
    PointInTime lastModified)
    implements Keyed {

  private static final String RECORD = "WorkAbilityFollowUpTask";

  /** Checks the parts; see the component descriptions. */
  public WorkAbilityFollowUpTask {
    Check.required(identifier, RECORD, "identifier");
    Check.required(status, RECORD, "status");
    Check.required(code, RECORD, "code");
    Check.required(authoredOn, RECORD, "authoredOn");
    Check.notBefore(dueDate, authoredOn == null ? null : authoredOn.date(), RECORD, "dueDate");
    Check.optionalText(description, RECORD, "description");
  }

  @Override
  public BusinessIdentifier key() {
    return identifier;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkAbilityFollowUpTask}. */
  public static final class Builder {
    private BusinessIdentifier identifier;
    private TaskStatus status = TaskStatus.REQUESTED;
    private FollowUpTaskCode code;
    private TaskFocus focus;
    private PointInTime authoredOn;
    private BusinessIdentifier owner;
    private LocalDate dueDate;
    private String description;
    private PointInTime executionEnd;
    private PointInTime lastModified;

    private Builder() {}

    /** The source system's id (required). */
    public Builder identifier(BusinessIdentifier value) {
      this.identifier = value;
      return this;
    }

    /** The status; default requested. */
    public Builder status(TaskStatus value) {
      this.status = value;
      return this;
    }

    /** What is to be done (required). */
    public Builder code(FollowUpTaskCode value) {
      this.code = value;
      return this;
    }

    /** What the task follows up. */
    public Builder focus(TaskFocus value) {
      this.focus = value;
      return this;
    }

    /** The day or moment the task was created (required). */
    public Builder authoredOn(PointInTime value) {
      this.authoredOn = value;
      return this;
    }

    /** The day or moment the task was created, as a day (required). */
    public Builder authoredOn(LocalDate value) {
      return authoredOn(value == null ? null : PointInTime.of(value));
    }

    /** The day or moment the task was created, as a moment (required). */
    public Builder authoredOn(OffsetDateTime value) {
      return authoredOn(value == null ? null : PointInTime.of(value));
    }

    /** The responsible role, by key. */
    public Builder owner(BusinessIdentifier roleKey) {
      this.owner = roleKey;
      return this;
    }

    /** The day the task is due. */
    public Builder dueDate(LocalDate value) {
      this.dueDate = value;
      return this;
    }

    /** The task in words. */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** When the task was done. */
    public Builder executionEnd(PointInTime value) {
      this.executionEnd = value;
      return this;
    }

    /** When the task was last changed. */
    public Builder lastModified(PointInTime value) {
      this.lastModified = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @throws InvalidRecordException if a required part is missing or the due date is before the
     *     day the task was created
     */
    public WorkAbilityFollowUpTask build() {
      return new WorkAbilityFollowUpTask(
          identifier,
          status,
          code,
          focus,
          authoredOn,
          owner,
          dueDate,
          description,
          executionEnd,
          lastModified);
    }
  }
}
