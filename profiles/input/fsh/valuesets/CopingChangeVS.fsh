ValueSet: CopingChangeVS
Id: coping-change-vs
Title: "Coping change"
Description: "All codes of the code system CopingChangeCS."
* insert ValueSetMetadata
* include codes from system CopingChangeCS
