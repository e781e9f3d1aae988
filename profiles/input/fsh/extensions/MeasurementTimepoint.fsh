Extension: MeasurementTimepoint
Id: measurement-timepoint
Title: "Measurement time point"
Description: "Which outcome-measurement point a measure or a questionnaire response belongs to (baseline, about 6 months...). Outcome statistics compare the points and count the responses at each."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "Observation"
* ^context[+].type = #element
* ^context[=].expression = "QuestionnaireResponse"
* value[x] only Coding
* valueCoding 1..1
* valueCoding from MeasurementTimepointVS (required)
