ValueSet: WorkAbilityServiceVS
Id: work-ability-service-vs
Title: "Work-ability service"
Description: "All codes of the code system WorkAbilityServiceCS."
* insert ValueSetMetadata
* include codes from system WorkAbilityServiceCS
