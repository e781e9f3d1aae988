// A complete health examination of a long-term unemployed client referred by the municipal
// employment services (2026-03-10): situation, measures with their questionnaire responses, vital
// signs, eligibility, assessment, diagnoses, goals, plan, referrals, follow-up tasks and network.

Instance: CompleteExamination
InstanceOf: UnemployedHealthExaminationBundle
Usage: #example
Title: "Complete health examination of a long-term unemployed client"
Description: "A submission of a complete health examination for the unemployed with the work-ability assessment, the support plan, three referrals and the multi-agency network."
* id = "complete-examination"
* type = #transaction
* insert NetworkOrganisationEntries
* insert NurseEntries
* insert PhysicianEntries
* insert CoordinatorEntries
* insert LongTermUnemployedClientEntry
* insert UpdateEntry(cbefa04e-270b-5a96-83d7-4608fd80f7c9, Encounter, exam-2026-001-encounter, CompleteExaminationEncounter)
* insert UpdateEntry(6bfdf103-9adb-56e8-8150-18936e5116ab, EpisodeOfCare, exam-2026-001-episode, CompleteExaminationEpisode)
* insert UpdateEntry(04597965-97dc-54b7-917d-e53fb87cfd3b, CareTeam, exam-2026-001-network, ExampleSupportNetwork)
// Employment situation
* insert UpdateEntry(2cea7829-2e27-5c6e-a2c8-9454ab551a20, Observation, exam-2026-001-obs-employment-status, CompleteExaminationEmploymentStatus)
* insert UpdateEntry(5e85c451-09c8-52a9-a965-4ec8a95f84c7, Observation, exam-2026-001-obs-unemployment-duration, CompleteExaminationUnemploymentDuration)
* insert UpdateEntry(69f5f479-2fc0-5cd0-95c4-501484a251e7, Observation, exam-2026-001-obs-registered-job-seeker, CompleteExaminationRegisteredJobSeeker)
* insert UpdateEntry(d8d404de-cde4-53d7-a039-8b2b4ed4e98a, Observation, exam-2026-001-obs-health-care-coverage, CompleteExaminationHealthCareCoverage)
// Questionnaire responses and measures
* insert UpdateEntry(055af15f-6981-53a5-b559-c736341c56c2, QuestionnaireResponse, exam-2026-001-qr-phq9, CompleteExaminationPhq9Response)
* insert UpdateEntry(f617623a-67bf-5c50-bb1c-c60c6e0875bf, QuestionnaireResponse, exam-2026-001-qr-gad7, CompleteExaminationGad7Response)
* insert UpdateEntry(046b52ef-210a-5822-90ac-1e263b756c98, QuestionnaireResponse, exam-2026-001-qr-auditc, CompleteExaminationAuditCResponse)
* insert UpdateEntry(5f77ba1f-7d8e-5178-97ef-d7d2b330e9ee, QuestionnaireResponse, exam-2026-001-qr-was, CompleteExaminationWasResponse)
* insert UpdateEntry(8660cc50-06e4-5ba9-b45c-d7a5021acf85, Observation, exam-2026-001-obs-phq9, CompleteExaminationPhq9Score)
* insert UpdateEntry(90f5578d-bb72-5703-a9ed-0c411b8f6b61, Observation, exam-2026-001-obs-gad7, CompleteExaminationGad7Score)
* insert UpdateEntry(815c3792-1bbb-5341-8f32-ef5763d3419b, Observation, exam-2026-001-obs-auditc, CompleteExaminationAuditCScore)
* insert UpdateEntry(53af3504-60a3-56f4-8df4-6d283b72b711, Observation, exam-2026-001-obs-was, CompleteExaminationWorkAbilityScore)
* insert UpdateEntry(1516026c-8232-5126-b0f0-f0ce8ee3f93d, Observation, exam-2026-001-obs-wai, CompleteExaminationWorkAbilityIndex)
* insert UpdateEntry(efc662a7-035c-542d-8228-e9c335eb9af0, Observation, exam-2026-001-obs-participation, CompleteExaminationParticipation)
* insert UpdateEntry(5fb8715a-19ea-5163-a5fc-aa61415a8613, Observation, exam-2026-001-obs-3x10d, CompleteExaminationThreeXTenD)
// Vital signs (core R4 profiles)
* insert UpdateEntry(1fd8c8b9-2975-5409-86b1-aa366f891e13, Observation, exam-2026-001-obs-bp, CompleteExaminationBloodPressure)
* insert UpdateEntry(ec2a8871-406d-54c4-8242-bf6dfac7a16d, Observation, exam-2026-001-obs-weight, CompleteExaminationBodyWeight)
* insert UpdateEntry(d452f95c-20f2-5d46-abac-0da1af4e49d4, Observation, exam-2026-001-obs-height, CompleteExaminationBodyHeight)
* insert UpdateEntry(0e40f5dd-af50-514f-8d75-7ce7287625fb, Observation, exam-2026-001-obs-bmi, CompleteExaminationBmi)
* insert UpdateEntry(e49b7370-5a92-5661-9a97-559bda11f4b8, Observation, exam-2026-001-obs-waist, CompleteExaminationWaistCircumference)
// Eligibility, assessment and diagnoses
* insert UpdateEntry(27ddeae0-f6ef-54b1-aeeb-ea272778910e, Observation, exam-2026-001-obs-eligibility, CompleteExaminationTeamEligibility)
* insert UpdateEntry(eccccf95-a1fd-57e8-9236-387eca59a9ed, Observation, exam-2026-001-obs-assessment, CompleteExaminationAssessment)
* insert UpdateEntry(d706edd3-7e88-5755-8aef-f1df852c99c4, Condition, exam-2026-001-condition-f33, CompleteExaminationDepression)
* insert UpdateEntry(d10ea7a5-1d34-53d8-9736-a850f4a1b53f, Condition, exam-2026-001-condition-m54, CompleteExaminationBackPain)
// Goals, plan, referrals and follow-up
* insert UpdateEntry(91d5b97e-f5b6-555f-8e98-66cda07572e7, Goal, exam-2026-001-goal-employment, CompleteExaminationEmploymentGoal)
* insert UpdateEntry(4136a60b-46ef-5d0c-a0c0-d97b68df9980, Goal, exam-2026-001-goal-health, CompleteExaminationHealthGoal)
* insert UpdateEntry(e0204019-997e-5404-8330-54d344582b55, CarePlan, exam-2026-001-plan, CompleteExaminationSupportPlan)
* insert UpdateEntry(927d43a3-60e6-569f-bbce-4e9a8d433d3e, ServiceRequest, exam-2026-001-referral-kela, CompleteExaminationKelaReferral)
* insert UpdateEntry(4d287188-66a3-5020-827a-32f412ebad48, ServiceRequest, exam-2026-001-referral-supported-employment, CompleteExaminationSupportedEmploymentReferral)
* insert UpdateEntry(661f3211-5636-52f2-aa46-ad91e2e9edb9, ServiceRequest, exam-2026-001-referral-mental-health, CompleteExaminationMentalHealthReferral)
* insert UpdateEntry(3c65d625-87c8-5763-b1ee-ce75eb624afb, Task, exam-2026-001-task-track-referral, CompleteExaminationTrackReferralTask)
* insert UpdateEntry(6e83096b-ffc7-5ab8-9214-23fff6c46cdc, Task, exam-2026-001-task-outcome-measurement, CompleteExaminationOutcomeMeasurementTask)

// ----- The examination and the service path -----

Instance: CompleteExaminationEncounter
InstanceOf: UnemployedHealthExaminationEncounter
Usage: #inline
Title: "Health examination for the unemployed"
Description: "The examination by the nurse and the team physician."
* insert RecordIdentifier(exam-2026-001-encounter)
* status = #finished
* class = $V3ActCode#AMB "ambulatory"
* type = EncounterTypeCS#unemployed-health-examination "Työttömän terveystarkastus"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* episodeOfCare.reference = "urn:uuid:6bfdf103-9adb-56e8-8150-18936e5116ab"
* participant[0].individual.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* participant[1].individual.reference = "urn:uuid:bd7707fb-b695-5073-8054-b96445116a46"
* period.start = "2026-03-10T09:00:00+02:00"
* period.end = "2026-03-10T10:30:00+02:00"
* serviceProvider.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationEpisode
InstanceOf: WorkAbilitySupportEpisode
Usage: #inline
Title: "Work-ability service path at the examination"
Description: "The service path in phase 2 (goals set), referred by the municipal employment services; phase 1 lasted from the referral to the examination."
* insert RecordIdentifier(exam-2026-001-episode)
* extension[phase].valueCoding = ServicePathPhaseCS#goals-set "Työkyvyn tarpeen selvittäminen ja tavoitteiden asettaminen"
* extension[referralSource].valueCoding = OrganisationTypeCS#municipal-employment-services "Kunnan työllisyyspalvelut"
* extension[phaseHistory][0].extension[phase].valueCoding = ServicePathPhaseCS#need-identified
* extension[phaseHistory][0].extension[period].valuePeriod.start = "2026-02-24"
* extension[phaseHistory][0].extension[period].valuePeriod.end = "2026-03-10"
* extension[phaseHistory][1].extension[phase].valueCoding = ServicePathPhaseCS#goals-set
* extension[phaseHistory][1].extension[period].valuePeriod.start = "2026-03-10"
* status = #active
* type[workAbilitySupport] = WorkAbilityServiceCS#work-ability-support "Työkyvyn tuki"
* patient.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* managingOrganization.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* period.start = "2026-02-24"
* careManager.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* team.reference = "urn:uuid:04597965-97dc-54b7-917d-e53fb87cfd3b"

// ----- Employment situation -----
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationEmploymentStatus
InstanceOf: EmploymentStatus
Usage: #inline
Title: "Employment status at baseline"
Description: "Unemployed job seeker."
* insert RecordIdentifier(exam-2026-001-obs-employment-status)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:00:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueCodeableConcept = EmploymentStatusCS#unemployed-jobseeker "Työtön työnhakija"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationUnemploymentDuration
InstanceOf: UnemploymentDuration
Usage: #inline
Title: "Duration of unemployment: 40 months"
Description: "Unemployed for 40 months, which is long-term unemployment."
* insert RecordIdentifier(exam-2026-001-obs-unemployment-duration)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:00:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueQuantity = 40 'mo' "kk"
* component[longTerm].code = TyokykyObservationCS#long-term-unemployed "Pitkäaikaistyöttömyys"
* component[longTerm].valueBoolean = true
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationRegisteredJobSeeker
InstanceOf: RegisteredJobSeeker
Usage: #inline
Title: "Registered job seeker"
Description: "The client is registered as a job seeker with the municipal employment services."
* insert RecordIdentifier(exam-2026-001-obs-registered-job-seeker)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:00:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueBoolean = true
* component[employmentService].valueCodeableConcept = OrganisationTypeCS#municipal-employment-services "Kunnan työllisyyspalvelut"
* extension[employmentServiceOrganisation].valueReference.reference = "urn:uuid:91d19947-32fc-5d8a-84ab-3901ad967404"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationHealthCareCoverage
InstanceOf: HealthCareCoverage
Usage: #inline
Title: "Outside occupational and student health care"
Description: "The client is covered by neither occupational nor student health care."
* insert RecordIdentifier(exam-2026-001-obs-health-care-coverage)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:00:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueCodeableConcept = HealthCareCoverageCS#none "Ei työterveys- eikä opiskeluterveydenhuollon piirissä"

// ----- Questionnaire responses -----
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationPhq9Response
InstanceOf: TyokykyQuestionnaireResponse
Usage: #inline
Title: "PHQ-9 response at baseline"
Description: "Answers 2+2+2+2+1+2+2+1+0 = 14."
* insert RecordIdentifier(exam-2026-001-qr-phq9)
* insert Timepoint(baseline)
* questionnaire = "https://tyokyky.fi/fhir/Questionnaire/phq-9"
* status = #completed
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authored = "2026-03-10T09:10:00+02:00"
* source.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert CodedAnswer(phq9-1, $LNC#LA6570-1 "More than half the days")
* insert CodedAnswer(phq9-2, $LNC#LA6570-1 "More than half the days")
* insert CodedAnswer(phq9-3, $LNC#LA6570-1 "More than half the days")
* insert CodedAnswer(phq9-4, $LNC#LA6570-1 "More than half the days")
* insert CodedAnswer(phq9-5, $LNC#LA6569-3 "Several days")
* insert CodedAnswer(phq9-6, $LNC#LA6570-1 "More than half the days")
* insert CodedAnswer(phq9-7, $LNC#LA6570-1 "More than half the days")
* insert CodedAnswer(phq9-8, $LNC#LA6569-3 "Several days")
* insert CodedAnswer(phq9-9, $LNC#LA6568-5 "Not at all")
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationGad7Response
InstanceOf: TyokykyQuestionnaireResponse
Usage: #inline
Title: "GAD-7 response at baseline"
Description: "Answers 1+2+1+2+1+1+0 = 8."
* insert RecordIdentifier(exam-2026-001-qr-gad7)
* insert Timepoint(baseline)
* questionnaire = "https://tyokyky.fi/fhir/Questionnaire/gad-7"
* status = #completed
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authored = "2026-03-10T09:15:00+02:00"
* source.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert CodedAnswer(gad7-1, $LNC#LA6569-3 "Several days")
* insert CodedAnswer(gad7-2, $LNC#LA6570-1 "More than half the days")
* insert CodedAnswer(gad7-3, $LNC#LA6569-3 "Several days")
* insert CodedAnswer(gad7-4, $LNC#LA6570-1 "More than half the days")
* insert CodedAnswer(gad7-5, $LNC#LA6569-3 "Several days")
* insert CodedAnswer(gad7-6, $LNC#LA6569-3 "Several days")
* insert CodedAnswer(gad7-7, $LNC#LA6568-5 "Not at all")
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationAuditCResponse
InstanceOf: TyokykyQuestionnaireResponse
Usage: #inline
Title: "AUDIT-C response at baseline"
Description: "Answers 1+0+0 = 1."
* insert RecordIdentifier(exam-2026-001-qr-auditc)
* insert Timepoint(baseline)
* questionnaire = "https://tyokyky.fi/fhir/Questionnaire/audit-c"
* status = #completed
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authored = "2026-03-10T09:18:00+02:00"
* source.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert CodedAnswer(auditc-1, $LNC#LA18926-8 "Monthly or less")
* insert CodedAnswer(auditc-2, $LNC#LA15694-5 "1 or 2")
* insert CodedAnswer(auditc-3, $LNC#LA6270-8 "Never")
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationWasResponse
InstanceOf: TyokykyQuestionnaireResponse
Usage: #inline
Title: "Work Ability Score response at baseline"
Description: "Current work ability rated 4 out of 10."
* insert RecordIdentifier(exam-2026-001-qr-was)
* insert Timepoint(baseline)
* questionnaire = "https://tyokyky.fi/fhir/Questionnaire/work-ability-score"
* status = #completed
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authored = "2026-03-10T09:20:00+02:00"
* source.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* item[0].linkId = "was"
* item[0].answer[0].valueInteger = 4

// ----- Measures -----
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationPhq9Score
InstanceOf: Phq9Score
Usage: #inline
Title: "PHQ-9 total score 14"
Description: "PHQ-9 total computed from the response."
* insert RecordIdentifier(exam-2026-001-obs-phq9)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:10:00+02:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* valueQuantity = 14 '{score}' "{score}"
* interpretation = ScoreBandCS#moderate "Keskivaikeat oireet"
* derivedFrom.reference = "urn:uuid:055af15f-6981-53a5-b559-c736341c56c2"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationGad7Score
InstanceOf: Gad7Score
Usage: #inline
Title: "GAD-7 total score 8"
Description: "GAD-7 total computed from the response."
* insert RecordIdentifier(exam-2026-001-obs-gad7)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:15:00+02:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* valueQuantity = 8 '{score}' "{score}"
* interpretation = ScoreBandCS#mild "Lievät oireet"
* derivedFrom.reference = "urn:uuid:f617623a-67bf-5c50-bb1c-c60c6e0875bf"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationAuditCScore
InstanceOf: AuditCScore
Usage: #inline
Title: "AUDIT-C total score 1"
Description: "AUDIT-C total computed from the response."
* insert RecordIdentifier(exam-2026-001-obs-auditc)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:18:00+02:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* valueQuantity = 1 '{score}' "{score}"
* derivedFrom.reference = "urn:uuid:046b52ef-210a-5822-90ac-1e263b756c98"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationWorkAbilityScore
InstanceOf: WorkAbilityScore
Usage: #inline
Title: "Work Ability Score 4 at baseline"
Description: "Self-rated work ability from the response."
* insert RecordIdentifier(exam-2026-001-obs-was)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:20:00+02:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* valueQuantity = 4 '{score}' "{score}"
* derivedFrom.reference = "urn:uuid:5f77ba1f-7d8e-5178-97ef-d7d2b330e9ee"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationWorkAbilityIndex
InstanceOf: WorkAbilityIndex
Usage: #inline
Title: "Work Ability Index 29 (moderate)"
Description: "Work Ability Index total 29, category moderate (28–36)."
* insert RecordIdentifier(exam-2026-001-obs-wai)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:25:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueQuantity = 29 '{score}' "{score}"
* component[category].code = TyokykyObservationCS#wai-category "Työkykyindeksin luokka"
* component[category].valueCodeableConcept = WaiCategoryCS#moderate "Kohtalainen"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationParticipation
InstanceOf: ParticipationIndicatorScore
Usage: #inline
Title: "Participation indicator 50 at baseline"
Description: "Participation indicator score 50 on the 0–100 scale."
* insert RecordIdentifier(exam-2026-001-obs-participation)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:28:00+02:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* valueQuantity = 50 '{score}' "{score}"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationThreeXTenD
InstanceOf: ThreeXTenD
Usage: #inline
Title: "3X10D profile at baseline"
Description: "The ten 3X10D dimensions at baseline."
* insert RecordIdentifier(exam-2026-001-obs-3x10d)
* insert Timepoint(baseline)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:30:00+02:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert ThreeXTenDProfile(5, 4, 6, 3, 5, 6, 4, 5, 6, 5)

// ----- Vital signs (core R4 vital-sign profiles) -----
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationBloodPressure
InstanceOf: http://hl7.org/fhir/StructureDefinition/bp
Usage: #inline
Title: "Blood pressure 128/84"
Description: "Blood pressure measured by the nurse."
* insert RecordIdentifier(exam-2026-001-obs-bp)
* meta.profile = "http://hl7.org/fhir/StructureDefinition/bp"
* status = #final
* category[VSCat] = $OBSCAT#vital-signs "Vital Signs"
* code = $LNC#85354-9 "Blood pressure panel with all children optional"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:35:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* component[SystolicBP].code = $LNC#8480-6 "Systolic blood pressure"
* component[SystolicBP].valueQuantity = 128 'mm[Hg]' "mmHg"
* component[DiastolicBP].code = $LNC#8462-4 "Diastolic blood pressure"
* component[DiastolicBP].valueQuantity = 84 'mm[Hg]' "mmHg"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationBodyWeight
InstanceOf: http://hl7.org/fhir/StructureDefinition/bodyweight
Usage: #inline
Title: "Body weight 82 kg"
Description: "Body weight measured by the nurse."
* insert RecordIdentifier(exam-2026-001-obs-weight)
* meta.profile = "http://hl7.org/fhir/StructureDefinition/bodyweight"
* status = #final
* category[VSCat] = $OBSCAT#vital-signs "Vital Signs"
* code = $LNC#29463-7 "Body weight"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:35:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueQuantity = 82 'kg' "kg"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationWaistCircumference
InstanceOf: WaistCircumference
Usage: #inline
Title: "Waist circumference 98 cm"
Description: "Waist circumference measured by the nurse (the package's profile: HL7's core has none)."
* insert RecordIdentifier(exam-2026-001-obs-waist)
* status = #final
* category[main] = $OBSCAT#vital-signs "Vital Signs"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:35:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueQuantity = 98 'cm' "cm"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationBodyHeight
InstanceOf: http://hl7.org/fhir/StructureDefinition/bodyheight
Usage: #inline
Title: "Body height 178 cm"
Description: "Body height measured by the nurse."
* insert RecordIdentifier(exam-2026-001-obs-height)
* meta.profile = "http://hl7.org/fhir/StructureDefinition/bodyheight"
* status = #final
* category[VSCat] = $OBSCAT#vital-signs "Vital Signs"
* code = $LNC#8302-2 "Body height"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:35:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueQuantity = 178 'cm' "cm"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationBmi
InstanceOf: http://hl7.org/fhir/StructureDefinition/bmi
Usage: #inline
Title: "Body mass index 25.9"
Description: "Body mass index calculated from the weight and the height."
* insert RecordIdentifier(exam-2026-001-obs-bmi)
* meta.profile = "http://hl7.org/fhir/StructureDefinition/bmi"
* status = #final
* category[VSCat] = $OBSCAT#vital-signs "Vital Signs"
* code = $LNC#39156-5 "Body mass index (BMI) [Ratio]"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T09:35:00+02:00"
* performer.reference = "urn:uuid:6f42522e-b7db-5a83-9366-f06051a9323f"
* valueQuantity = 25.9 'kg/m2' "kg/m2"
* derivedFrom[0].reference = "urn:uuid:ec2a8871-406d-54c4-8242-bf6dfac7a16d"
* derivedFrom[1].reference = "urn:uuid:d452f95c-20f2-5d46-abac-0da1af4e49d4"

// ----- Eligibility, assessment and diagnoses -----
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationTeamEligibility
InstanceOf: TeamEligibility
Usage: #inline
Title: "All eight client criteria met"
Description: "The client meets every criterion of the work-ability support team."
* insert RecordIdentifier(exam-2026-001-obs-eligibility)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T10:15:00+02:00"
* performer.reference = "urn:uuid:bd7707fb-b695-5073-8054-b96445116a46"
* valueBoolean = true
* insert Criterion(age-18-65, met)
* insert Criterion(outside-occupational-student-health-care, met)
* insert Criterion(rehabilitation-employment-prospects, met)
* insert Criterion(needs-multidisciplinary-assessment, met)
* insert Criterion(long-term-challenge, met)
* insert Criterion(earlier-services-no-solution, met)
* insert Criterion(no-acute-crisis, met)
* insert Criterion(no-ongoing-specialist-process, met)
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationAssessment
InstanceOf: WorkAbilityAssessment
Usage: #inline
Title: "Partially able to work"
Description: "The physician's conclusion with two limitations and two recommendations."
* insert RecordIdentifier(exam-2026-001-obs-assessment)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* effectiveDateTime = "2026-03-10T10:20:00+02:00"
* performer.reference = "urn:uuid:bd7707fb-b695-5073-8054-b96445116a46"
* valueCodeableConcept = WorkAbilityConclusionCS#partially-able "Osatyökykyinen"
* component[limitation][0].code = TyokykyObservationCS#work-ability-limitation "Työkykyä rajoittava tekijä"
* component[limitation][0].valueCodeableConcept = $ICF#b152 "Emotional functions"
* component[limitation][1].code = TyokykyObservationCS#work-ability-limitation "Työkykyä rajoittava tekijä"
* component[limitation][1].valueCodeableConcept = $ICF#d845 "Acquiring, keeping and terminating a job"
* component[recommendation][0].code = TyokykyObservationCS#recommendation "Suositus"
* component[recommendation][0].valueCodeableConcept = ReferralServiceCS#kela-vocational-rehabilitation "Kelan ammatillinen kuntoutus"
* component[recommendation][1].code = TyokykyObservationCS#recommendation "Suositus"
* component[recommendation][1].valueCodeableConcept = ReferralServiceCS#quality-supported-employment "Laatukriteereihin perustuva tuetun työllistymisen työhönvalmennus"
* derivedFrom[0].reference = "urn:uuid:8660cc50-06e4-5ba9-b45c-d7a5021acf85"
* derivedFrom[1].reference = "urn:uuid:90f5578d-bb72-5703-a9ed-0c411b8f6b61"
* derivedFrom[2].reference = "urn:uuid:53af3504-60a3-56f4-8df4-6d283b72b711"
* derivedFrom[3].reference = "urn:uuid:1516026c-8232-5126-b0f0-f0ce8ee3f93d"
* note.text = "Toistuva masennus ja alaselkäkipu rajoittavat työkykyä. Soveltuu osa-aikaiseen, fyysisesti kevyeen työhön."
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationDepression
InstanceOf: WorkAbilityCondition
Usage: #inline
Title: "Recurrent depression, moderate (F33.1)"
Description: "A diagnosis affecting work ability."
* insert RecordIdentifier(exam-2026-001-condition-f33)
* clinicalStatus = $CONDCLIN#active
* verificationStatus = $CONDVER#confirmed
* category = $CONDCAT#encounter-diagnosis
* code.coding[icd10fi] = $ICD10FI#F33.1 "Toistuva masennus, keskivaikea masennustila"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* recordedDate = "2026-03-10"
* asserter.reference = "urn:uuid:bd7707fb-b695-5073-8054-b96445116a46"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationBackPain
InstanceOf: WorkAbilityCondition
Usage: #inline
Title: "Low back pain (M54.5)"
Description: "A diagnosis affecting work ability."
* insert RecordIdentifier(exam-2026-001-condition-m54)
* clinicalStatus = $CONDCLIN#active
* verificationStatus = $CONDVER#confirmed
* category = $CONDCAT#encounter-diagnosis
* code.coding[icd10fi] = $ICD10FI#M54.5 "Alaselkäkipu"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* recordedDate = "2026-03-10"
* asserter.reference = "urn:uuid:bd7707fb-b695-5073-8054-b96445116a46"

// ----- Goals, plan, referrals and follow-up -----
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationEmploymentGoal
InstanceOf: WorkAbilityGoal
Usage: #inline
Title: "Goal: part-time employment"
Description: "Employment goal agreed with the client."
* insert RecordIdentifier(exam-2026-001-goal-employment)
* lifecycleStatus = #active
* achievementStatus = $GOALACH#in-progress "In Progress"
* category = GoalCategoryCS#employment "Työllistyminen"
* description.text = "Osa-aikatyö avoimilta työmarkkinoilta vuoden kuluessa tuetun työllistymisen avulla."
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* startDate = "2026-03-10"
* target.dueDate = "2027-03-10"
* expressedBy.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationHealthGoal
InstanceOf: WorkAbilityGoal
Usage: #inline
Title: "Goal: milder depressive symptoms"
Description: "Health goal agreed with the client."
* insert RecordIdentifier(exam-2026-001-goal-health)
* lifecycleStatus = #active
* achievementStatus = $GOALACH#in-progress "In Progress"
* category = GoalCategoryCS#health "Terveys"
* description.text = "Masennusoireiden lievittyminen ja säännöllinen hoitokontakti mielenterveyspalveluissa."
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* startDate = "2026-03-10"
* target.dueDate = "2026-09-30"
* expressedBy.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationSupportPlan
InstanceOf: WorkAbilitySupportPlan
Usage: #inline
Title: "Work-ability support plan"
Description: "The plan with the two goals, the three referrals and the network."
* insert RecordIdentifier(exam-2026-001-plan)
* status = #active
* intent = #plan
* title = "Työkyvyn tuen suunnitelma"
* description = "Ammatillinen kuntoutus Kelan kautta, tuetun työllistymisen työhönvalmennus ja masennuksen hoito mielenterveyspalveluissa."
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* period.start = "2026-03-10"
* period.end = "2027-03-10"
* created = "2026-03-10"
* author.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* careTeam.reference = "urn:uuid:04597965-97dc-54b7-917d-e53fb87cfd3b"
* addresses[0].reference = "urn:uuid:d706edd3-7e88-5755-8aef-f1df852c99c4"
* addresses[1].reference = "urn:uuid:d10ea7a5-1d34-53d8-9736-a850f4a1b53f"
* goal[0].reference = "urn:uuid:91d5b97e-f5b6-555f-8e98-66cda07572e7"
* goal[1].reference = "urn:uuid:4136a60b-46ef-5d0c-a0c0-d97b68df9980"
* activity[0].reference.reference = "urn:uuid:927d43a3-60e6-569f-bbce-4e9a8d433d3e"
* activity[1].reference.reference = "urn:uuid:4d287188-66a3-5020-827a-32f412ebad48"
* activity[2].reference.reference = "urn:uuid:661f3211-5636-52f2-aa46-ad91e2e9edb9"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationKelaReferral
InstanceOf: WorkAbilityReferral
Usage: #inline
Title: "Referral to Kela vocational rehabilitation"
Description: "Onward referral to Kela."
* insert RecordIdentifier(exam-2026-001-referral-kela)
* status = #active
* intent = #order
* code = ReferralServiceCS#kela-vocational-rehabilitation "Kelan ammatillinen kuntoutus"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authoredOn = "2026-03-10T10:25:00+02:00"
* requester.reference = "urn:uuid:bd7707fb-b695-5073-8054-b96445116a46"
* performerType = OrganisationTypeCS#kela "Kela"
* performer.reference = "urn:uuid:c8cac731-665f-54d7-aa26-6b0c977462a1"
* basedOn.reference = "urn:uuid:e0204019-997e-5404-8330-54d344582b55"
* reasonReference.reference = "urn:uuid:d706edd3-7e88-5755-8aef-f1df852c99c4"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationSupportedEmploymentReferral
InstanceOf: WorkAbilityReferral
Usage: #inline
Title: "Referral to quality-criteria supported employment"
Description: "Onward referral to job coaching of the working-age social services."
* insert RecordIdentifier(exam-2026-001-referral-supported-employment)
* status = #active
* intent = #order
* code = ReferralServiceCS#quality-supported-employment "Laatukriteereihin perustuva tuetun työllistymisen työhönvalmennus"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authoredOn = "2026-03-10T10:25:00+02:00"
* requester.reference = "urn:uuid:bd7707fb-b695-5073-8054-b96445116a46"
* performerType = OrganisationTypeCS#social-services "Työikäisten sosiaalipalvelut"
* basedOn.reference = "urn:uuid:e0204019-997e-5404-8330-54d344582b55"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationMentalHealthReferral
InstanceOf: WorkAbilityReferral
Usage: #inline
Title: "Referral to mental-health services"
Description: "Onward referral for the treatment of depression."
* insert RecordIdentifier(exam-2026-001-referral-mental-health)
* status = #active
* intent = #order
* code = ReferralServiceCS#mental-health-services "Mielenterveyspalvelut"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authoredOn = "2026-03-10T10:25:00+02:00"
* requester.reference = "urn:uuid:bd7707fb-b695-5073-8054-b96445116a46"
* performerType = OrganisationTypeCS#mental-health-services "Mielenterveyspalvelut"
* basedOn.reference = "urn:uuid:e0204019-997e-5404-8330-54d344582b55"
* reasonReference.reference = "urn:uuid:d706edd3-7e88-5755-8aef-f1df852c99c4"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

Instance: CompleteExaminationTrackReferralTask
InstanceOf: WorkAbilityFollowUpTask
Usage: #inline
Title: "Track the Kela referral"
Description: "The coordinator checks that the vocational rehabilitation has started."
* insert RecordIdentifier(exam-2026-001-task-track-referral)
* status = #requested
* intent = #order
* code = FollowUpTaskCS#track-referral "Jatko-ohjauksen seuranta"
* description = "Varmista, että Kelan ammatillinen kuntoutus on käynnistynyt."
* focus.reference = "urn:uuid:927d43a3-60e6-569f-bbce-4e9a8d433d3e"
* for.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authoredOn = "2026-03-10T10:30:00+02:00"
* owner.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* restriction.period.end = "2026-05-10"
* insert SourceChanged(2026-03-10T10:30:00+02:00)

// The outcome-measurement task is recorded in this encounter, where it originated, as every record
// the library writes into a submission is; that is how the server's $examination finds it. The
// follow-up submission updates it (a conditional update replaces the whole task).
Instance: CompleteExaminationOutcomeMeasurementTask
InstanceOf: WorkAbilityFollowUpTask
Usage: #inline
Title: "Collect the outcome measures at 6 months"
Description: "The coordinator collects the outcome measures about 6 months after the baseline."
* insert RecordIdentifier(exam-2026-001-task-outcome-measurement)
* status = #requested
* intent = #order
* code = FollowUpTaskCS#outcome-measurement "Vaikuttavuusmittarien keruu"
* description = "Kerää työkykypistemäärä, osallisuusindikaattori, 3X10D ja työmarkkina-asema 6 kuukauden kohdalla."
* for.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:cbefa04e-270b-5a96-83d7-4608fd80f7c9"
* authoredOn = "2026-03-10T10:30:00+02:00"
* owner.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* restriction.period.end = "2026-09-10"
* insert SourceChanged(2026-03-10T10:30:00+02:00)
