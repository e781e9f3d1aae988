Profile: ThreeXTenD
Parent: Observation
Id: three-x-ten-d
Title: "3X10D quality-of-life profile"
Description: "The client's answers to the ten dimensions of the 3X10D quality-of-life measure, each 0–10, as components valued in the UCUM unit {score} like every score of the package; an outcome measure of the programme at baseline and at about 6 months. The dimension wording is referenced, not reproduced."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(survey)
* code = TyokykyObservationCS#three-x-ten-d
* value[x] 0..0
* component 1..10 MS
* component.code from ThreeXTenDDimensionVS (required)
* component.value[x] 1..1
* component.value[x] only Quantity
* insert ScoreUnit(component.valueQuantity)
* derivedFrom MS
* derivedFrom only Reference(TyokykyQuestionnaireResponse)
* obeys tk-3x10d-range
