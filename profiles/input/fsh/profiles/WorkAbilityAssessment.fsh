Profile: WorkAbilityAssessment
Parent: Observation
Id: work-ability-assessment
Title: "Work-ability assessment by the professional"
Description: "The professional's conclusion on the client's work ability (able to work, partially able, temporarily unable, needs further assessment, permanently unable), with the limitations found (ICF codes where used) and the recommendations made. Diagnoses affecting work ability are WorkAbilityCondition resources of the same encounter; the measures that informed the assessment may be listed in derivedFrom."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(exam)
* code = TyokykyObservationCS#work-ability-assessment
* value[x] 1..1 MS
* value[x] only CodeableConcept
* valueCodeableConcept from WorkAbilityConclusionVS (required)
* performer 1..* MS
* performer only Reference(TyokykyPractitionerRole)
* derivedFrom MS
* insert ComponentSlicedByCode
* component contains limitation 0..* MS and recommendation 0..* MS
* component[limitation].code = TyokykyObservationCS#work-ability-limitation
* component[limitation].value[x] 1..1
* component[limitation].value[x] only CodeableConcept
* component[limitation].valueCodeableConcept from IcfVS (preferred)
* component[limitation].valueCodeableConcept ^short = "ICF category where used, otherwise text"
* component[recommendation].code = TyokykyObservationCS#recommendation
* component[recommendation].value[x] 1..1
* component[recommendation].value[x] only CodeableConcept
* component[recommendation].valueCodeableConcept from ReferralServiceVS (required)
* note MS
