// The smallest valid submission: the health centre, one nurse in her role, the client and the
// health examination encounter. Nothing else is required.

Instance: MinimalExamination
InstanceOf: UnemployedHealthExaminationBundle
Usage: #example
Title: "Minimal health examination submission"
Description: "The smallest valid submission: organisation, nurse and role, client and encounter."
* id = "minimal-examination"
* type = #transaction
* insert HealthCentreEntry
* insert NurseEntries
* insert CreateEntry(468252cc-c66d-5435-9f24-c795ac1d8302, Patient, urn:oid:1.2.246.21, 210279-965N, MinimalExaminationClient)
* insert UpdateEntry(89497415-b6d1-5d60-9353-e46edfe3829f, Encounter, exam-2026-003-encounter, MinimalExaminationEncounter)

Instance: MinimalExaminationClient
InstanceOf: TyokykyPatient
Usage: #inline
Title: "Example client of the minimal submission"
Description: "A fictional man identified by his henkilötunnus only."
* identifier[henkilotunnus].system = $HETU
* identifier[henkilotunnus].value = "210279-965N"

Instance: MinimalExaminationEncounter
InstanceOf: UnemployedHealthExaminationEncounter
Usage: #inline
Title: "Health examination for the unemployed (minimal)"
Description: "The examination by the nurse."
* insert RecordIdentifier(exam-2026-003-encounter)
* status = #finished
* class = $V3ActCode#AMB "ambulatory"
* type = EncounterTypeCS#unemployed-health-examination "Työttömän terveystarkastus"
* subject.reference = "urn:uuid:468252cc-c66d-5435-9f24-c795ac1d8302"
* participant[0].individual.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* period.start = "2026-03-12T13:00:00+02:00"
* serviceProvider.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* insert SourceChanged(2026-03-12T13:00:00+02:00)
