ValueSet: EncounterTypeVS
Id: encounter-type-vs
Title: "Encounter type"
Description: "All codes of the code system EncounterTypeCS."
* insert ValueSetMetadata
* include codes from system EncounterTypeCS
