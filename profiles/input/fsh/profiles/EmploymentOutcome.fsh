Profile: EmploymentOutcome
Parent: Observation
Id: employment-outcome
Title: "Employment outcome"
Description: "An employment outcome of the service path: an employment contract (with or without wage subsidy, and whether it was interrupted), a work trial, education, rehabilitation... One observation per outcome event, so that contracts, persons employed, wage subsidies, work trials and interruptions can be counted."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(social-history)
* code = TyokykyObservationCS#employment-outcome
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from EmploymentOutcomeVS (required)
* insert ComponentSlicedByCode
* component contains wageSubsidy 0..1 MS and interrupted 0..1 MS
* component[wageSubsidy].code = TyokykyObservationCS#wage-subsidy
* component[wageSubsidy].value[x] 1..1
* component[wageSubsidy].value[x] only boolean
* component[interrupted].code = TyokykyObservationCS#employment-interrupted
* component[interrupted].value[x] 1..1
* component[interrupted].value[x] only boolean
* obeys tk-outcome-contract
