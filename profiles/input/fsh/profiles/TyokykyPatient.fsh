Profile: TyokykyPatient
Parent: Patient
Id: tyokyky-patient
Title: "Client (Patient)"
Description: "The unemployed client of the health examination and the work-ability support team. Compatible with the FI Base Patient: it adds no required elements, only checks that a henkilötunnus (urn:oid:1.2.246.21) is well formed, so that an FI Base Patient with a valid henkilötunnus also conforms."
* insert ConformanceMetadata
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "The henkilötunnus is sliced by its system urn:oid:1.2.246.21, as in FI Base."
* identifier contains henkilotunnus 0..1 MS
* identifier[henkilotunnus] ^short = "Finnish personal identity code (henkilötunnus)"
* identifier[henkilotunnus].system 1..1
* identifier[henkilotunnus].system = $HETU (exactly)
* identifier[henkilotunnus].value 1..1
* identifier[henkilotunnus] obeys tk-hetu
* extension contains MunicipalityCode named municipality 0..1 MS
* name MS
* gender MS
* birthDate MS
* identifier[henkilotunnus] obeys tk-hetu-date
* obeys tk-hetu-birth-date and tk-hetu-gender
