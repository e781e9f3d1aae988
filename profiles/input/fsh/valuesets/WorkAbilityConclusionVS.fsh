ValueSet: WorkAbilityConclusionVS
Id: work-ability-conclusion-vs
Title: "Work-ability conclusion"
Description: "All codes of the code system WorkAbilityConclusionCS."
* insert ValueSetMetadata
* include codes from system WorkAbilityConclusionCS
