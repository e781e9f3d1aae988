ValueSet: OrganisationTypeVS
Id: organisation-type-vs
Title: "Organisation type"
Description: "All codes of the code system OrganisationTypeCS."
* insert ValueSetMetadata
* include codes from system OrganisationTypeCS
