ValueSet: EligibilityCriterionVS
Id: eligibility-criterion-vs
Title: "Eligibility criterion"
Description: "All codes of the code system EligibilityCriterionCS."
* insert ValueSetMetadata
* include codes from system EligibilityCriterionCS
