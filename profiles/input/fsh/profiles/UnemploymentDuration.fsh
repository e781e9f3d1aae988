Profile: UnemploymentDuration
Parent: Observation
Id: unemployment-duration
Title: "Duration of unemployment"
Description: "How long the client has been unemployed, in whole or fractional months. Long-term unemployment (12 months or more) may be stated in a component; if it is, it must agree with the duration."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(social-history)
* code = TyokykyObservationCS#unemployment-duration
* value[x] 1..1 MS
* value[x] only Quantity
* valueQuantity.value 1..1
* valueQuantity.system 1..1
* valueQuantity.system = $UCUM (exactly)
* valueQuantity.code 1..1
* valueQuantity.code = #mo (exactly)
* valueQuantity.unit = "kk"
* insert ComponentSlicedByCode
* component contains longTerm 0..1 MS
* component[longTerm].code = TyokykyObservationCS#long-term-unemployed
* component[longTerm].value[x] 1..1
* component[longTerm].value[x] only boolean
* obeys tk-unemployment-months and tk-long-term-unemployed
