Profile: TyokykyPractitionerRole
Parent: PractitionerRole
Id: tyokyky-practitioner-role
Title: "Professional in a role"
Description: "A professional acting in a role (physician, nurse, work-ability coordinator...) for an organisation. Encounters, assessments and referrals point to the role, so statistics can count, for example, the clients seen by the team physician."
* insert ConformanceMetadata
* practitioner 1..1 MS
* practitioner only Reference(TyokykyPractitioner)
* organization 1..1 MS
* organization only Reference(TyokykyOrganization)
* code 1..* MS
* code from ProfessionalRoleVS (required)
