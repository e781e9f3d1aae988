Profile: WorkAbilitySupportPlan
Parent: CarePlan
Id: work-ability-support-plan
Title: "Work-ability support plan"
Description: "The client's support plan (asiakassuunnitelma): the goals, the services the client is referred to, and the network responsible. Revised at follow-up."
* insert ConformanceMetadata
* insert BusinessIdentifier
* insert FixedCategory(support-plan)
* status MS
* intent = #plan (exactly)
* subject only Reference(TyokykyPatient)
* encounter only Reference(UnemployedHealthExaminationEncounter)
* period 1..1 MS
* period.start 1..1 MS
* created 1..1 MS
* author MS
* author only Reference(TyokykyPractitionerRole)
* careTeam MS
* careTeam only Reference(WorkAbilitySupportNetwork)
* goal MS
* goal only Reference(WorkAbilityGoal)
* activity MS
* activity.reference MS
* activity.reference only Reference(WorkAbilityReferral)
