Profile: WorkAbilityGoal
Parent: Goal
Id: work-ability-goal
Title: "Goal set with the client"
Description: "A goal the client and the team agreed on (work ability, employment, education, health, functioning, participation...), with its achievement status at follow-up."
* insert ConformanceMetadata
* insert BusinessIdentifier
* lifecycleStatus MS
* achievementStatus MS
* category 1..* MS
* category from GoalCategoryVS (required)
* description MS
* subject only Reference(TyokykyPatient)
* start[x] 1..1 MS
* start[x] only date
* expressedBy MS
* expressedBy only Reference(TyokykyPatient or TyokykyPractitionerRole)
* target MS
