Extension: NetworkOrganisationType
Id: network-organisation-type
Title: "Network organisation type"
Description: "The type of organisation a participant of the client's multi-agency network represents (municipal employment services, social services, Kela, third sector...). Statistics count clients per organisation type; searchable with the `organisation-type` search parameter of CareTeam."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "CareTeam.participant"
* value[x] only Coding
* valueCoding 1..1
* valueCoding from OrganisationTypeVS (required)
