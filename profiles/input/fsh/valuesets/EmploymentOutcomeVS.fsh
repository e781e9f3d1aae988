ValueSet: EmploymentOutcomeVS
Id: employment-outcome-vs
Title: "Employment outcome"
Description: "All codes of the code system EmploymentOutcomeCS."
* insert ValueSetMetadata
* include codes from system EmploymentOutcomeCS
