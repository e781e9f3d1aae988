Extension: ServicePathPhase
Id: service-path-phase
Title: "Service path phase"
Description: "The phase of the client's work-ability service path (the six phases of the work-ability support team model): where the client is now. Searchable with the `phase` search parameter."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "EpisodeOfCare"
* value[x] only Coding
* valueCoding 1..1
* valueCoding from ServicePathPhaseVS (required)
