Profile: WorkAbilityCondition
Parent: Condition
Id: work-ability-condition
Title: "Diagnosis affecting work ability"
Description: "A diagnosis that affects the client's work ability, coded in the Finnish ICD-10 (urn:oid:1.2.246.537.6.1), recorded in the examination or assessment encounter."
* insert ConformanceMetadata
* insert BusinessIdentifier
* clinicalStatus 1..1 MS
* verificationStatus MS
* category 1..* MS
* code 1..1 MS
* code.coding ^slicing.discriminator.type = #value
* code.coding ^slicing.discriminator.path = "system"
* code.coding ^slicing.rules = #open
* code.coding contains icd10fi 1..1 MS
* code.coding[icd10fi].system 1..1
* code.coding[icd10fi].system = $ICD10FI (exactly)
* code.coding[icd10fi].code 1..1
* code obeys tk-icd10fi-format
* subject only Reference(TyokykyPatient)
* encounter MS
* encounter only Reference(UnemployedHealthExaminationEncounter)
* recordedDate 1..1 MS
* asserter MS
* asserter only Reference(TyokykyPractitionerRole)
