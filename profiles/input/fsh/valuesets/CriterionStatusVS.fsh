ValueSet: CriterionStatusVS
Id: criterion-status-vs
Title: "Criterion status"
Description: "All codes of the code system CriterionStatusCS."
* insert ValueSetMetadata
* include codes from system CriterionStatusCS
