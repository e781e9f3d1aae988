Profile: WorkAbilityFollowUpTask
Parent: Task
Id: work-ability-follow-up-task
Title: "Follow-up task"
Description: "A task that tracks a referral or a follow-up: that the referred service started, a follow-up contact, the outcome measurement at about 6 months, or a review of the plan; with its owner and due date."
* insert ConformanceMetadata
* insert BusinessIdentifier
* status MS
* intent MS
* code 1..1 MS
* code from FollowUpTaskVS (required)
* focus MS
* focus only Reference(WorkAbilityReferral or WorkAbilityGoal or WorkAbilitySupportPlan)
* for 1..1 MS
* for only Reference(TyokykyPatient)
* encounter only Reference(UnemployedHealthExaminationEncounter)
* authoredOn 1..1 MS
* owner MS
* owner only Reference(TyokykyPractitionerRole or TyokykyOrganization)
* restriction.period.end MS
* restriction.period.end ^short = "Due date"
