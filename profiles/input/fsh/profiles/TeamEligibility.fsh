Profile: TeamEligibility
Parent: Observation
Id: team-eligibility
Title: "Eligibility for the work-ability support team"
Description: "The check of the work-ability support team's client criteria (age 18–65, outside occupational or student health care, prospects for rehabilitation and employment, need for a multidisciplinary assessment, a long-term challenge, no solution from earlier services, no acute crisis, no ongoing specialist process): each criterion met, not met or unknown, and the overall result."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(exam)
* code = TyokykyObservationCS#team-eligibility
* value[x] MS
* value[x] only boolean
* value[x] ^short = "Eligible: true when every criterion is met"
* component 1..* MS
* component.code from EligibilityCriterionVS (required)
* component.value[x] 1..1
* component.value[x] only CodeableConcept
* component.valueCodeableConcept from CriterionStatusVS (required)
* obeys tk-eligibility-criteria
