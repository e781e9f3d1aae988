Profile: WorkAbilitySupportNetwork
Parent: CareTeam
Id: work-ability-support-network
Title: "Multi-agency support network (CareTeam)"
Description: "The work-ability support team and the multi-agency network assembled around the client. Every participant states the type of organisation it represents, so statistics can count clients per organisation type (municipal employment services, social services, Kela, third sector...)."
* insert ConformanceMetadata
* insert BusinessIdentifier
* insert FixedCategory(support-network)
* status MS
* subject 1..1 MS
* subject only Reference(TyokykyPatient)
* period 1..1 MS
* period.start 1..1 MS
* participant 1..* MS
* participant.extension contains NetworkOrganisationType named organisationType 1..1 MS
* participant.role MS
* participant.role from ProfessionalRoleVS (extensible)
* participant.member 1..1 MS
* participant.member only Reference(TyokykyPractitionerRole or TyokykyOrganization)
* managingOrganization MS
* managingOrganization only Reference(TyokykyOrganization)
