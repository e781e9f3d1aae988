Profile: UnemployedHealthExaminationEncounter
Parent: Encounter
Id: unemployed-health-examination-encounter
Title: "Health examination or work-ability contact (Encounter)"
Description: "One contact of the client's work-ability service: the health examination for the unemployed (työttömän terveystarkastus), a visit to the work-ability coordinator or the team physician, a team or network meeting, or a consultation contact from another organisation. Who (the client), when (period), where (the organisation providing the service), which professional (participants in their roles) and what kind of contact (type; class says visit, virtual or home visit)."
* insert ConformanceMetadata
* insert BusinessIdentifier
* status MS
* class MS
* type 1..1 MS
* type from EncounterTypeVS (required)
* type ^short = "Kind of contact: examination, coordinator or physician visit, meeting, consultation"
* subject 1..1 MS
* subject only Reference(TyokykyPatient)
* episodeOfCare MS
* episodeOfCare only Reference(WorkAbilitySupportEpisode)
* participant 1..* MS
* participant.individual 1..1 MS
* participant.individual only Reference(TyokykyPractitionerRole)
* period 1..1 MS
* period.start 1..1 MS
* serviceProvider 1..1 MS
* serviceProvider only Reference(TyokykyOrganization)
* extension contains ContactOrganisationType named contactOrganisationType 0..1 MS
* extension contains AgeAtExamination named ageAtExamination 0..1
* obeys tk-consultation-origin
