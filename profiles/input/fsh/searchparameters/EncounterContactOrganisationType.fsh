Instance: encounter-contact-organisation-type
InstanceOf: SearchParameter
Usage: #definition
Title: "Contact organisation type"
* url = "https://tyokyky.fi/fhir/SearchParameter/encounter-contact-organisation-type"
* version = "0.1.0"
* name = "EncounterContactOrganisationType"
* status = #active
* experimental = false
* publisher = "Työkyky FHIR project"
* description = "The type of organisation that made a consultation contact."
* code = #contact-organisation-type
* base[+] = #Encounter
* type = #token
* expression = "Encounter.extension('https://tyokyky.fi/fhir/StructureDefinition/contact-organisation-type').value"
* xpathUsage = #normal
