Profile: WaistCircumference
Parent: Observation
Id: waist-circumference
Title: "Waist circumference"
Description: "Waist circumference measured in the health examination (LOINC 8280-0), in centimetres. HL7's R4 core has no vital-signs profile for it, so the package defines one in the style of the core vital signs (category vital-signs, LOINC code, UCUM quantity)."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(vital-signs)
* code = $LNC#8280-0
* value[x] 1..1 MS
* value[x] only Quantity
* valueQuantity.value 1..1
* valueQuantity.system 1..1
* valueQuantity.system = $UCUM (exactly)
* valueQuantity.code 1..1
* valueQuantity.code = #cm (exactly)
* obeys tk-waist-range
