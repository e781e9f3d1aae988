ValueSet: EmploymentServiceTypeVS
Id: employment-service-type-vs
Title: "Employment service type"
Description: "The public employment services a job seeker can be registered with: the TE office or the municipal employment services (OrganisationTypeCS)."
* insert ValueSetMetadata
* OrganisationTypeCS#te-office
* OrganisationTypeCS#municipal-employment-services
