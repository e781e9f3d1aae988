Extension: ServicePathPhaseHistory
Id: service-path-phase-history
Title: "Service path phase history"
Description: "One past or current phase of the client's service path with the period it lasted, repeated for the path 1 → 6 as EpisodeOfCare.statusHistory does for the status. The entry without an end is the phase the path is in now (`tk-phase-history-current`)."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "EpisodeOfCare"
* extension contains phase 1..1 MS and period 1..1 MS
* extension[phase].value[x] only Coding
* extension[phase].valueCoding 1..1
* extension[phase].valueCoding from ServicePathPhaseVS (required)
* extension[period].value[x] only Period
* extension[period].valuePeriod 1..1
* extension[period].valuePeriod.start 1..1
