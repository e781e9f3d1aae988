Instance: measurement-timepoint
InstanceOf: SearchParameter
Usage: #definition
Title: "Measurement time point"
* url = "https://tyokyky.fi/fhir/SearchParameter/measurement-timepoint"
* version = "0.1.0"
* name = "MeasurementTimepointSearch"
* status = #active
* experimental = false
* publisher = "Työkyky FHIR project"
* description = "The outcome-measurement time point (baseline, about 6 months...) of a measure or questionnaire response."
* code = #timepoint
* base[+] = #Observation
* base[+] = #QuestionnaireResponse
* type = #token
* expression = "Observation.extension('https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint').value | QuestionnaireResponse.extension('https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint').value"
* xpathUsage = #normal
