Extension: EmploymentServiceOrganisation
Id: employment-service-organisation
Title: "Employment service organisation"
Description: "The organisation (a TE office or a municipality's employment services) the client is registered with as a job seeker. Its kind is the RegisteredJobSeeker's employment-service component."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "Observation"
* value[x] only Reference(TyokykyOrganization)
* valueReference 1..1
