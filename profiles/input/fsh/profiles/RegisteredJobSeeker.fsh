Profile: RegisteredJobSeeker
Parent: Observation
Id: registered-job-seeker
Title: "Registered job seeker"
Description: "Whether the client is registered as a job seeker with the public employment services, and if so with which: the kind (TE office or municipal employment services) as a component and the organisation itself in an extension. The programme's target group includes unemployed people who are not registered."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(social-history)
* code = TyokykyObservationCS#registered-job-seeker
* value[x] 1..1 MS
* value[x] only boolean
* insert ComponentSlicedByCode
* component contains employmentService 0..1 MS
* component[employmentService].code = TyokykyObservationCS#employment-service
* component[employmentService].value[x] 1..1
* component[employmentService].value[x] only CodeableConcept
* component[employmentService].valueCodeableConcept from EmploymentServiceTypeVS (required)
* extension contains EmploymentServiceOrganisation named employmentServiceOrganisation 0..1 MS
* obeys tk-registered-with
