Profile: WorkAbilityIndex
Parent: Observation
Id: work-ability-index
Title: "Work Ability Index (7–49) with its category"
Description: "The Work Ability Index (työkykyindeksi) total, 7–49, with its category: poor 7–27, moderate 28–36, good 37–43, excellent 44–49. The category must agree with the total."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(survey)
* code = TyokykyObservationCS#work-ability-index
* insert ScoreValue
* insert ComponentSlicedByCode
* component contains category 1..1 MS
* component[category].code = TyokykyObservationCS#wai-category
* component[category].value[x] 1..1
* component[category].value[x] only CodeableConcept
* component[category].valueCodeableConcept from WaiCategoryVS (required)
* obeys tk-wai-range and tk-wai-category
