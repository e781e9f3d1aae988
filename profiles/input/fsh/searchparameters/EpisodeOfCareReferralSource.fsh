Instance: episodeofcare-referral-source
InstanceOf: SearchParameter
Usage: #definition
Title: "Referral source"
* url = "https://tyokyky.fi/fhir/SearchParameter/episodeofcare-referral-source"
* version = "0.1.0"
* name = "EpisodeOfCareReferralSource"
* status = #active
* experimental = false
* publisher = "Työkyky FHIR project"
* description = "The type of organisation that referred the client to the work-ability support team."
* code = #referral-source
* base[+] = #EpisodeOfCare
* type = #token
* expression = "EpisodeOfCare.extension('https://tyokyky.fi/fhir/StructureDefinition/referral-source').value"
* xpathUsage = #normal
