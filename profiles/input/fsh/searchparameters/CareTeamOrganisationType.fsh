Instance: careteam-organisation-type
InstanceOf: SearchParameter
Usage: #definition
Title: "Network organisation type"
* url = "https://tyokyky.fi/fhir/SearchParameter/careteam-organisation-type"
* version = "0.1.0"
* name = "CareTeamOrganisationType"
* status = #active
* experimental = false
* publisher = "Työkyky FHIR project"
* description = "The type of organisation a participant of the multi-agency network represents."
* code = #organisation-type
* base[+] = #CareTeam
* type = #token
* expression = "CareTeam.participant.extension('https://tyokyky.fi/fhir/StructureDefinition/network-organisation-type').value"
* xpathUsage = #normal
