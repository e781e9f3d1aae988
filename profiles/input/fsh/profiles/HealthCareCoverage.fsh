Profile: HealthCareCoverage
Parent: Observation
Id: health-care-coverage
Title: "Occupational or student health care coverage"
Description: "Whether the client is covered by occupational or student health care. Clients of the work-ability support team are outside both; a covered client is directed there."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(social-history)
* code = TyokykyObservationCS#health-care-coverage
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from HealthCareCoverageVS (required)
