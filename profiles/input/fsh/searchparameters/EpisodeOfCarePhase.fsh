Instance: episodeofcare-phase
InstanceOf: SearchParameter
Usage: #definition
Title: "Service path phase"
* url = "https://tyokyky.fi/fhir/SearchParameter/episodeofcare-phase"
* version = "0.1.0"
* name = "EpisodeOfCarePhase"
* status = #active
* experimental = false
* publisher = "Työkyky FHIR project"
* description = "The current phase of the client's work-ability service path."
* code = #phase
* base[+] = #EpisodeOfCare
* type = #token
* expression = "EpisodeOfCare.extension('https://tyokyky.fi/fhir/StructureDefinition/service-path-phase').value"
* xpathUsage = #normal
