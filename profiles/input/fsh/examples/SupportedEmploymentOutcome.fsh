// A client in quality-criteria supported employment whose path reached its goal: an employment
// contract with wage subsidy after a work trial, recorded at the coordinator's visit (2026-09-22).

Instance: SupportedEmploymentOutcome
InstanceOf: UnemployedHealthExaminationBundle
Usage: #example
Title: "Employment outcomes of supported employment"
Description: "A submission of a coordinator visit recording two employment outcomes: a work trial and an employment contract with wage subsidy."
* id = "supported-employment-outcome"
* type = #transaction
* insert HealthCentreEntry
* insert CoordinatorEntries
* insert CreateEntry(6943b931-2b3f-5fa9-a0c6-7943b0af6070, Patient, urn:oid:1.2.246.21, 150696-946T, SupportedEmploymentOutcomeClient)
* insert UpdateEntry(461517a6-dd8f-5db7-b9cc-7f7b5cf38545, Encounter, case-2025-014-encounter-2026-09-22, SupportedEmploymentOutcomeEncounter)
* insert UpdateEntry(1cf4908c-e335-5f92-b69b-6590066d154f, EpisodeOfCare, case-2025-014-episode, SupportedEmploymentOutcomeEpisode)
* insert UpdateEntry(9202c8c4-c236-513c-b254-7e7354884cdb, Observation, case-2025-014-outcome-work-trial, SupportedEmploymentOutcomeWorkTrial)
* insert UpdateEntry(11304ef2-28bf-5000-8978-df201b32a019, Observation, case-2025-014-outcome-contract, SupportedEmploymentOutcomeContract)

Instance: SupportedEmploymentOutcomeClient
InstanceOf: TyokykyPatient
Usage: #inline
Title: "Example client in supported employment"
Description: "A fictional woman aged 30 living in Siilinjärvi."
* identifier[henkilotunnus].system = $HETU
* identifier[henkilotunnus].value = "150696-946T"
* extension[municipality].valueCoding = $KUNTA#749 "Siilinjärvi"
* name.family = "Esimerkki"
* name.given = "Sanna"
* gender = #female
* birthDate = "1996-06-15"

Instance: SupportedEmploymentOutcomeEncounter
InstanceOf: UnemployedHealthExaminationEncounter
Usage: #inline
Title: "Visit to the work-ability coordinator"
Description: "The coordinator visit at which the outcomes were recorded."
* insert RecordIdentifier(case-2025-014-encounter-2026-09-22)
* status = #finished
* class = $V3ActCode#AMB "ambulatory"
* type = EncounterTypeCS#coordinator-visit "Työkykykoordinaattorin vastaanottokäynti"
* subject.reference = "urn:uuid:6943b931-2b3f-5fa9-a0c6-7943b0af6070"
* episodeOfCare.reference = "urn:uuid:1cf4908c-e335-5f92-b69b-6590066d154f"
* participant[0].individual.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* period.start = "2026-09-22T13:00:00+03:00"
* period.end = "2026-09-22T13:45:00+03:00"
* serviceProvider.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* insert SourceChanged(2026-09-22T13:45:00+03:00)

Instance: SupportedEmploymentOutcomeEpisode
InstanceOf: WorkAbilitySupportEpisode
Usage: #inline
Title: "Finished service path: goal achieved"
Description: "The service path, referred by the working-age social services, ended when the goal was achieved."
* insert RecordIdentifier(case-2025-014-episode)
* extension[phase].valueCoding = ServicePathPhaseCS#goal-achieved "Tavoitteen saavuttaminen"
* extension[referralSource].valueCoding = OrganisationTypeCS#social-services "Työikäisten sosiaalipalvelut"
* status = #finished
* type[workAbilitySupport] = WorkAbilityServiceCS#work-ability-support "Työkyvyn tuki"
* patient.reference = "urn:uuid:6943b931-2b3f-5fa9-a0c6-7943b0af6070"
* managingOrganization.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* period.start = "2025-09-01"
* period.end = "2026-09-22"
* careManager.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* insert SourceChanged(2026-09-22T13:45:00+03:00)

Instance: SupportedEmploymentOutcomeWorkTrial
InstanceOf: EmploymentOutcome
Usage: #inline
Title: "Outcome: work trial"
Description: "A work trial during the supported employment."
* insert RecordIdentifier(case-2025-014-outcome-work-trial)
* status = #final
* subject.reference = "urn:uuid:6943b931-2b3f-5fa9-a0c6-7943b0af6070"
* encounter.reference = "urn:uuid:461517a6-dd8f-5db7-b9cc-7f7b5cf38545"
* effectivePeriod.start = "2026-04-06"
* effectivePeriod.end = "2026-05-29"
* performer.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* valueCodeableConcept = EmploymentOutcomeCS#work-trial "Työkokeilu"
* note.text = "Työkokeilu kaupan alan myymälässä."
* insert SourceChanged(2026-09-22T13:45:00+03:00)

Instance: SupportedEmploymentOutcomeContract
InstanceOf: EmploymentOutcome
Usage: #inline
Title: "Outcome: employment contract with wage subsidy"
Description: "An employment contract supported by a wage subsidy, not interrupted."
* insert RecordIdentifier(case-2025-014-outcome-contract)
* status = #final
* subject.reference = "urn:uuid:6943b931-2b3f-5fa9-a0c6-7943b0af6070"
* encounter.reference = "urn:uuid:461517a6-dd8f-5db7-b9cc-7f7b5cf38545"
* effectiveDateTime = "2026-08-17"
* performer.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* valueCodeableConcept = EmploymentOutcomeCS#employment-contract "Työsopimus"
* component[wageSubsidy].code = TyokykyObservationCS#wage-subsidy "Palkkatuki"
* component[wageSubsidy].valueBoolean = true
* component[interrupted].code = TyokykyObservationCS#employment-interrupted "Työsuhde keskeytyi"
* component[interrupted].valueBoolean = false
* note.text = "Osa-aikainen työsopimus myymälätyöhön, palkkatuki 12 kuukautta."
* insert SourceChanged(2026-09-22T13:45:00+03:00)
