ValueSet: ServicePathPhaseVS
Id: service-path-phase-vs
Title: "Service path phase"
Description: "All codes of the code system ServicePathPhaseCS."
* insert ValueSetMetadata
* include codes from system ServicePathPhaseCS
