ValueSet: ProfessionalRoleVS
Id: professional-role-vs
Title: "Professional role"
Description: "All codes of the code system ProfessionalRoleCS."
* insert ValueSetMetadata
* include codes from system ProfessionalRoleCS
