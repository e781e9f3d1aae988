Instance: patient-municipality
InstanceOf: SearchParameter
Usage: #definition
Title: "Municipality of residence"
* url = "https://tyokyky.fi/fhir/SearchParameter/patient-municipality"
* version = "0.1.0"
* name = "PatientMunicipality"
* status = #active
* experimental = false
* publisher = "Työkyky FHIR project"
* description = "The client's municipality of residence."
* code = #municipality
* base[+] = #Patient
* type = #token
* expression = "Patient.extension('https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code').value"
* xpathUsage = #normal
