Profile: EmploymentStatus
Parent: Observation
Id: employment-status
Title: "Employment status"
Description: "The client's employment status in Finnish categories (unemployed job seeker, laid off, rehabilitative work activity...), coded with LOINC 74165-2 as HL7 Occupational Data for Health does; a ConceptMap aligns the categories with ODH. Recorded at baseline and at follow-up to show changes in the employment situation."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(social-history)
* code = $LNC#74165-2
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from EmploymentStatusVS (required)
