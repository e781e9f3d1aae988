ValueSet: EmploymentStatusVS
Id: employment-status-vs
Title: "Employment status"
Description: "All codes of the code system EmploymentStatusCS."
* insert ValueSetMetadata
* include codes from system EmploymentStatusCS
