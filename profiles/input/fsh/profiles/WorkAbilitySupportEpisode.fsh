Profile: WorkAbilitySupportEpisode
Parent: EpisodeOfCare
Id: work-ability-support-episode
Title: "Work-ability service path (EpisodeOfCare)"
Description: "The client's path with the work-ability support team, from referral to the goal: the current phase of the six-phase service path and the phases it went through with their dates, who referred the client, the managing organisation, the client manager and the multi-agency network."
* insert ConformanceMetadata
* insert BusinessIdentifier
* extension contains ServicePathPhase named phase 1..1 MS and ReferralSource named referralSource 0..1 MS and ServicePathPhaseHistory named phaseHistory 0..* MS
* status MS
* type 1..* MS
* type ^slicing.discriminator.type = #pattern
* type ^slicing.discriminator.path = "$this"
* type ^slicing.rules = #open
* type contains workAbilitySupport 1..1 MS
* type[workAbilitySupport] = WorkAbilityServiceCS#work-ability-support
* patient only Reference(TyokykyPatient)
* managingOrganization 1..1 MS
* managingOrganization only Reference(TyokykyOrganization)
* period 1..1 MS
* period.start 1..1 MS
* careManager MS
* careManager only Reference(TyokykyPractitioner or TyokykyPractitionerRole)
* team MS
* team only Reference(WorkAbilitySupportNetwork)
* obeys tk-episode-finished and tk-phase-history-current
