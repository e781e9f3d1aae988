Extension: ContactOrganisationType
Id: contact-organisation-type
Title: "Contact organisation type"
Description: "For a consultation contact: the type of organisation that contacted the work-ability support team about the client (for example municipal employment services). Lets statistics count consultation contacts by their origin."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "Encounter"
* value[x] only Coding
* valueCoding 1..1
* valueCoding from OrganisationTypeVS (required)
