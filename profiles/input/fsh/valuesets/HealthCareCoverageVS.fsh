ValueSet: HealthCareCoverageVS
Id: health-care-coverage-vs
Title: "Health care coverage"
Description: "All codes of the code system HealthCareCoverageCS."
* insert ValueSetMetadata
* include codes from system HealthCareCoverageCS
