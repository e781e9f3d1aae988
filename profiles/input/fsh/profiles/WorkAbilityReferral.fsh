Profile: WorkAbilityReferral
Parent: ServiceRequest
Id: work-ability-referral
Title: "Referral to a service"
Description: "A referral of the client onward to a service (Kela vocational rehabilitation, IPS or quality-criteria supported employment, rehabilitative work activity, mental-health or substance-abuse services, specialist care, social work, work trial, training...), naming the type of organisation or the performer."
* insert ConformanceMetadata
* insert BusinessIdentifier
* insert FixedCategory(work-ability-referral)
* status MS
* intent MS
* code 1..1 MS
* code from ReferralServiceVS (required)
* subject only Reference(TyokykyPatient)
* encounter MS
* encounter only Reference(UnemployedHealthExaminationEncounter)
* authoredOn 1..1 MS
* requester 1..1 MS
* requester only Reference(TyokykyPractitionerRole)
* performerType MS
* performerType from OrganisationTypeVS (required)
* performer MS
* performer only Reference(TyokykyOrganization or TyokykyPractitionerRole)
* basedOn MS
* basedOn only Reference(WorkAbilitySupportPlan)
* obeys tk-referral-target
