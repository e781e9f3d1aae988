Profile: TyokykyPatient
Parent: Patient
Id: tyokyky-patient
Title: "Client (Patient)"
Description: "The unemployed client of the health examination and the work-ability support team. Compatible with the FI Base Patient: it adds no required elements, only checks that a henkilötunnus (urn:oid:1.2.246.21) is well formed, so that an FI Base Patient with a valid henkilötunnus also conforms. A client under non-disclosure for personal safety (turvakielto) carries FI Base's security label TURVAKIELTO in meta.security."
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
* meta.security ^slicing.discriminator.type = #value
* meta.security ^slicing.discriminator.path = "system"
* meta.security ^slicing.rules = #open
* meta.security ^slicing.description = "FI Base security labels are sliced by their code system; labels of other systems (e.g. HL7 confidentiality codes) are allowed."
* meta.security contains fiBaseSecurityLabel 0..* MS
* meta.security[fiBaseSecurityLabel] ^short = "FI Base security label, e.g. TURVAKIELTO (non-disclosure for personal safety)"
* meta.security[fiBaseSecurityLabel].system 1..1
* meta.security[fiBaseSecurityLabel].system = "https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs" (exactly)
* meta.security[fiBaseSecurityLabel].code 1..1
* meta.security[fiBaseSecurityLabel] from FiBaseSecurityLabelVS (required)
