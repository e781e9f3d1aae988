// The same client's follow-up visit to the work-ability coordinator about 6 months after the
// examination (2026-09-15): the outcome measures at 6 months, the service path moved on to phase 5,
// the goals' achievement updated and the outcome-measurement task completed. Records that already
// exist (episode, network, goals, task) are sent again with the same record ids and resource ids,
// so the conditional updates replace them.

Instance: FollowUpSixMonths
InstanceOf: UnemployedHealthExaminationBundle
Usage: #example
Title: "Follow-up of the long-term unemployed client at 6 months"
Description: "A submission of the follow-up visit: outcome measures at 6 months, the updated service path, goals and task."
* id = "follow-up-6-months"
* type = #transaction
* insert NetworkOrganisationEntries
* insert CoordinatorEntries
* insert LongTermUnemployedClientEntry
* insert UpdateEntry(4c6abbc6-2c78-5abc-b0a5-7d4a69166954, Encounter, exam-2026-001-fu6-encounter, FollowUpSixMonthsEncounter)
* insert UpdateEntry(6bfdf103-9adb-56e8-8150-18936e5116ab, EpisodeOfCare, exam-2026-001-episode, FollowUpSixMonthsEpisode)
* insert UpdateEntry(04597965-97dc-54b7-917d-e53fb87cfd3b, CareTeam, exam-2026-001-network, ExampleSupportNetwork)
* insert UpdateEntry(f5ae6e82-9a24-52c3-9f4d-266364d70380, Observation, exam-2026-001-fu6-obs-employment-status, FollowUpSixMonthsEmploymentStatus)
* insert UpdateEntry(3ed621c8-613a-584c-ae09-9899724e8784, QuestionnaireResponse, exam-2026-001-fu6-qr-was, FollowUpSixMonthsWasResponse)
* insert UpdateEntry(1add5207-4b83-59ef-8025-82279f4a6d74, Observation, exam-2026-001-fu6-obs-was, FollowUpSixMonthsWorkAbilityScore)
* insert UpdateEntry(adb87b69-e698-5997-9433-60763c8f893e, Observation, exam-2026-001-fu6-obs-participation, FollowUpSixMonthsParticipation)
* insert UpdateEntry(54b7c3e4-2e4c-5915-9dd2-ce6863dc5d4d, Observation, exam-2026-001-fu6-obs-3x10d, FollowUpSixMonthsThreeXTenD)
* insert UpdateEntry(91d5b97e-f5b6-555f-8e98-66cda07572e7, Goal, exam-2026-001-goal-employment, FollowUpSixMonthsEmploymentGoal)
* insert UpdateEntry(4136a60b-46ef-5d0c-a0c0-d97b68df9980, Goal, exam-2026-001-goal-health, FollowUpSixMonthsHealthGoal)
* insert UpdateEntry(6e83096b-ffc7-5ab8-9214-23fff6c46cdc, Task, exam-2026-001-task-outcome-measurement, FollowUpSixMonthsOutcomeMeasurementTask)

Instance: FollowUpSixMonthsEncounter
InstanceOf: UnemployedHealthExaminationEncounter
Usage: #inline
Title: "Follow-up visit to the work-ability coordinator"
Description: "The follow-up visit about 6 months after the examination."
* insert RecordIdentifier(exam-2026-001-fu6-encounter)
* status = #finished
* class = $V3ActCode#AMB "ambulatory"
* type = EncounterTypeCS#follow-up-visit "Seurantakäynti"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* episodeOfCare.reference = "urn:uuid:6bfdf103-9adb-56e8-8150-18936e5116ab"
* participant[0].individual.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* period.start = "2026-09-15T10:00:00+03:00"
* period.end = "2026-09-15T10:45:00+03:00"
* serviceProvider.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsEpisode
InstanceOf: WorkAbilitySupportEpisode
Usage: #inline
Title: "Work-ability service path at 6 months"
Description: "The service path in phase 5: the client has been referred onward and the services are followed up; the phases 1 to 5 with their dates."
* insert RecordIdentifier(exam-2026-001-episode)
* extension[phase].valueCoding = ServicePathPhaseCS#onward-referral-follow-up "Jatko-ohjaus palveluihin. Palveluiden toteutus ja seuranta"
* extension[referralSource].valueCoding = OrganisationTypeCS#municipal-employment-services "Kunnan työllisyyspalvelut"
* extension[phaseHistory][0].extension[phase].valueCoding = ServicePathPhaseCS#need-identified
* extension[phaseHistory][0].extension[period].valuePeriod.start = "2026-02-24"
* extension[phaseHistory][0].extension[period].valuePeriod.end = "2026-03-10"
* extension[phaseHistory][1].extension[phase].valueCoding = ServicePathPhaseCS#goals-set
* extension[phaseHistory][1].extension[period].valuePeriod.start = "2026-03-10"
* extension[phaseHistory][1].extension[period].valuePeriod.end = "2026-03-24"
* extension[phaseHistory][2].extension[phase].valueCoding = ServicePathPhaseCS#services-planned
* extension[phaseHistory][2].extension[period].valuePeriod.start = "2026-03-24"
* extension[phaseHistory][2].extension[period].valuePeriod.end = "2026-04-14"
* extension[phaseHistory][3].extension[phase].valueCoding = ServicePathPhaseCS#support-in-progress
* extension[phaseHistory][3].extension[period].valuePeriod.start = "2026-04-14"
* extension[phaseHistory][3].extension[period].valuePeriod.end = "2026-06-02"
* extension[phaseHistory][4].extension[phase].valueCoding = ServicePathPhaseCS#onward-referral-follow-up
* extension[phaseHistory][4].extension[period].valuePeriod.start = "2026-06-02"
* status = #active
* type[workAbilitySupport] = WorkAbilityServiceCS#work-ability-support "Työkyvyn tuki"
* patient.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* managingOrganization.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* period.start = "2026-02-24"
* careManager.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* team.reference = "urn:uuid:04597965-97dc-54b7-917d-e53fb87cfd3b"
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsEmploymentStatus
InstanceOf: EmploymentStatus
Usage: #inline
Title: "Employment status at 6 months"
Description: "In a service that promotes employment."
* insert RecordIdentifier(exam-2026-001-fu6-obs-employment-status)
* insert Timepoint(follow-up-6-months)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:4c6abbc6-2c78-5abc-b0a5-7d4a69166954"
* effectiveDateTime = "2026-09-15T10:00:00+03:00"
* performer.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* valueCodeableConcept = EmploymentStatusCS#employment-service "Työllistymistä edistävässä palvelussa"
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsWasResponse
InstanceOf: TyokykyQuestionnaireResponse
Usage: #inline
Title: "Work Ability Score response at 6 months"
Description: "Current work ability rated 6 out of 10."
* insert RecordIdentifier(exam-2026-001-fu6-qr-was)
* insert Timepoint(follow-up-6-months)
* questionnaire = "https://tyokyky.fi/fhir/Questionnaire/work-ability-score"
* status = #completed
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:4c6abbc6-2c78-5abc-b0a5-7d4a69166954"
* authored = "2026-09-15T10:05:00+03:00"
* source.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* item[0].linkId = "was"
* item[0].answer[0].valueInteger = 6
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsWorkAbilityScore
InstanceOf: WorkAbilityScore
Usage: #inline
Title: "Work Ability Score 6 at 6 months"
Description: "Self-rated work ability from the response."
* insert RecordIdentifier(exam-2026-001-fu6-obs-was)
* insert Timepoint(follow-up-6-months)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:4c6abbc6-2c78-5abc-b0a5-7d4a69166954"
* effectiveDateTime = "2026-09-15T10:05:00+03:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* valueQuantity = 6 '{score}' "{score}"
* derivedFrom.reference = "urn:uuid:3ed621c8-613a-584c-ae09-9899724e8784"
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsParticipation
InstanceOf: ParticipationIndicatorScore
Usage: #inline
Title: "Participation indicator 62.5 at 6 months"
Description: "Participation indicator score 62.5 on the 0–100 scale."
* insert RecordIdentifier(exam-2026-001-fu6-obs-participation)
* insert Timepoint(follow-up-6-months)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:4c6abbc6-2c78-5abc-b0a5-7d4a69166954"
* effectiveDateTime = "2026-09-15T10:10:00+03:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* valueQuantity = 62.5 '{score}' "{score}"
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsThreeXTenD
InstanceOf: ThreeXTenD
Usage: #inline
Title: "3X10D profile at 6 months"
Description: "The ten 3X10D dimensions at 6 months."
* insert RecordIdentifier(exam-2026-001-fu6-obs-3x10d)
* insert Timepoint(follow-up-6-months)
* status = #final
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* encounter.reference = "urn:uuid:4c6abbc6-2c78-5abc-b0a5-7d4a69166954"
* effectiveDateTime = "2026-09-15T10:15:00+03:00"
* performer.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert ThreeXTenDProfile(6, 6, 7, 5, 6, 7, 5, 6, 7, 6)
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsEmploymentGoal
InstanceOf: WorkAbilityGoal
Usage: #inline
Title: "Goal: part-time employment, improving"
Description: "The employment goal at 6 months: progressing in vocational rehabilitation."
* insert RecordIdentifier(exam-2026-001-goal-employment)
* lifecycleStatus = #active
* achievementStatus = $GOALACH#improving "Improving"
* category = GoalCategoryCS#employment "Työllistyminen"
* description.text = "Osa-aikatyö avoimilta työmarkkinoilta vuoden kuluessa tuetun työllistymisen avulla."
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* startDate = "2026-03-10"
* target.dueDate = "2027-03-10"
* statusDate = "2026-09-15"
* statusReason = "Kelan ammatillinen kuntoutus käynnissä, työkokeilu alkaa lokakuussa."
* expressedBy.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsHealthGoal
InstanceOf: WorkAbilityGoal
Usage: #inline
Title: "Goal: milder depressive symptoms, achieved"
Description: "The health goal at 6 months: achieved."
* insert RecordIdentifier(exam-2026-001-goal-health)
* lifecycleStatus = #completed
* achievementStatus = $GOALACH#achieved "Achieved"
* category = GoalCategoryCS#health "Terveys"
* description.text = "Masennusoireiden lievittyminen ja säännöllinen hoitokontakti mielenterveyspalveluissa."
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* startDate = "2026-03-10"
* target.dueDate = "2026-09-30"
* statusDate = "2026-09-15"
* statusReason = "Hoitokontakti mielenterveyspalveluissa on säännöllinen ja mieliala on kohentunut."
* expressedBy.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* insert SourceChanged(2026-09-15T10:45:00+03:00)

Instance: FollowUpSixMonthsOutcomeMeasurementTask
InstanceOf: WorkAbilityFollowUpTask
Usage: #inline
Title: "Outcome measures at 6 months collected"
Description: "The outcome-measurement task, completed at the follow-up visit."
* insert RecordIdentifier(exam-2026-001-task-outcome-measurement)
* status = #completed
* intent = #order
* code = FollowUpTaskCS#outcome-measurement "Vaikuttavuusmittarien keruu"
* description = "Kerää työkykypistemäärä, osallisuusindikaattori, 3X10D ja työmarkkina-asema 6 kuukauden kohdalla."
* for.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* authoredOn = "2026-03-10T10:30:00+02:00"
* lastModified = "2026-09-15T10:45:00+03:00"
* executionPeriod.end = "2026-09-15T10:45:00+03:00"
* owner.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* restriction.period.end = "2026-09-10"
* insert SourceChanged(2026-09-15T10:45:00+03:00)
