Profile: UnemployedHealthExaminationBundle
Parent: Bundle
Id: unemployed-health-examination-bundle
Title: "Submitted health examination (transaction Bundle)"
Description: "One submitted health examination: a transaction Bundle holding the client, the encounter and everything recorded in it (employment situation, measures, questionnaire responses, assessment, diagnoses, goals, plan, referrals, network, follow-up tasks, vital signs). A transaction rather than a document: the server stores every resource on its own, searchable and updatable (a follow-up adds to the same path), all or nothing; every entry is a conditional create or update keyed on a business identifier, so a retried submission stores nothing twice."
* insert ConformanceMetadata
* type 1..1 MS
* type = #transaction (exactly)
* entry 2..* MS
* entry.fullUrl 1..1 MS
* entry.resource 1..1 MS
* entry.request 1..1 MS
* entry ^slicing.discriminator.type = #type
* entry ^slicing.discriminator.path = "resource"
* entry ^slicing.rules = #open
* entry ^slicing.description = "Exactly one client and one encounter; all other resources are open."
* entry contains patient 1..1 MS and encounter 1..1 MS
* entry[patient].resource only TyokykyPatient
* entry[encounter].resource only UnemployedHealthExaminationEncounter
* obeys tk-bundle-idempotent and tk-bundle-profiles and tk-bundle-source-changed

