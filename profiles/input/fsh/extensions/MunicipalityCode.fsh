Extension: MunicipalityCode
Id: municipality-code
Title: "Municipality of residence"
Description: "The client's municipality of residence (kotikunta) as a code of the Finnish municipality classification. Defined with the canonical URL of the FI Base extension so that records are interchangeable with FI Base; the FI Base package itself cannot be loaded offline, so this package carries an equivalent definition."
* ^url = "https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code"
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "Patient"
* value[x] only Coding
* valueCoding 1..1
* valueCoding.system 1..1
* valueCoding.system = $KUNTA (exactly)
* valueCoding.code 1..1
* obeys tk-municipality-code
