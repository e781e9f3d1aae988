// Figures of the national statistics computed by prom.sql (statistics module): Outcome measures at baseline and about six months.
// Each Measure is the canonical definition of one figure: id = the figure id.

Instance: PromWorkAbilityScoreMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työkykypistemäärä alussa ja puolen vuoden kohdalla"
Description: "Self-rated work ability (Work Ability Score 0–10) at baseline and at about six months: respondents and mean score at each timepoint, and the change of the mean (seed 001: 48 respondents at baseline, 14 at six months)."
* insert FigureMeasure(prom-work-ability-score, PromWorkAbilityScore)
* title = "Työkykypistemäärä alussa ja puolen vuoden kohdalla"
* description = "Self-rated work ability (Work Ability Score 0–10) at baseline and at about six months: respondents and mean score at each timepoint, and the change of the mean (seed 001: 48 respondents at baseline, 14 at six months)."
* scoring = $MEASSCORING#continuous-variable
* guidance = "The group's score is the difference of the two means: follow-up-6-months minus baseline (of the rounded means)."
* group[0].population[0].description = "Distinct clients with a WorkAbilityScore Observation at the timepoint baseline or follow-up-6-months (measurement-timepoint) whose effective date falls in the reporting period; for one organisation, via the Observation's encounter's serviceProvider. Computed by prom.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs' and code in ('work-ability-score')).exists() and extension('https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint').value.code in ('baseline' | 'follow-up-6-months'))"
* group[0].stratifier[+].code.text = "timepoint"
* group[0].stratifier[=].description = "baseline and follow-up-6-months (measurement-timepoint-cs): the clients with a score at that timepoint; a client may be in both (the strata overlap). Each stratum's score is the mean over its clients of each client's mean value there, 2 decimals half up."

Instance: PromParticipationIndicatorMeasure
InstanceOf: Measure
Usage: #definition
Title: "Osallisuusindikaattori alussa ja puolen vuoden kohdalla"
Description: "THL's participation indicator (0–100) at baseline and at about six months: respondents and mean score at each timepoint, and the change of the mean."
* insert FigureMeasure(prom-participation-indicator, PromParticipationIndicator)
* title = "Osallisuusindikaattori alussa ja puolen vuoden kohdalla"
* description = "THL's participation indicator (0–100) at baseline and at about six months: respondents and mean score at each timepoint, and the change of the mean."
* scoring = $MEASSCORING#continuous-variable
* guidance = "The group's score is the difference of the two means: follow-up-6-months minus baseline."
* group[0].population[0].description = "As prom-work-ability-score, for the ParticipationIndicatorScore Observations. Computed by prom.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs' and code in ('participation-indicator')).exists() and extension('https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint').value.code in ('baseline' | 'follow-up-6-months'))"
* group[0].stratifier[+].code.text = "timepoint"
* group[0].stratifier[=].description = "baseline and follow-up-6-months; overlapping; each stratum's score is the mean of the clients' values, 2 decimals."

Instance: PromThreeXTenDMeasure
InstanceOf: Measure
Usage: #definition
Title: "3X10D-mittari alussa ja puolen vuoden kohdalla"
Description: "The 3X10D quality-of-life profile at baseline and at about six months: respondents and the mean of the dimension ratings (0–10) at each timepoint, and the change of the mean."
* insert FigureMeasure(prom-three-x-ten-d, PromThreeXTenD)
* title = "3X10D-mittari alussa ja puolen vuoden kohdalla"
* description = "The 3X10D quality-of-life profile at baseline and at about six months: respondents and the mean of the dimension ratings (0–10) at each timepoint, and the change of the mean."
* scoring = $MEASSCORING#continuous-variable
* guidance = "The group's score is the difference of the two means: follow-up-6-months minus baseline."
* group[0].population[0].description = "As prom-work-ability-score, for the ThreeXTenD Observations; a client's value at a timepoint is the mean of the dimension components there. Computed by prom.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs' and code in ('three-x-ten-d')).exists() and extension('https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint').value.code in ('baseline' | 'follow-up-6-months'))"
* group[0].stratifier[+].code.text = "timepoint"
* group[0].stratifier[=].description = "baseline and follow-up-6-months; overlapping; each stratum's score is the mean of the clients' values, 2 decimals."

Instance: FollowUpResponseRateMeasure
InstanceOf: Measure
Usage: #definition
Title: "Seurantamittauksiin vastanneiden osuus"
Description: "Follow-up response rate: of the clients who answered an outcome measure at baseline, the share who answered at about six months (seed 001: 48 at baseline, 14 at six months)."
* insert FigureMeasure(follow-up-response-rate, FollowUpResponseRate)
* title = "Seurantamittauksiin vastanneiden osuus"
* description = "Follow-up response rate: of the clients who answered an outcome measure at baseline, the share who answered at about six months (seed 001: 48 at baseline, 14 at six months)."
* scoring = $MEASSCORING#proportion
* guidance = "The group's score is the share of yes in the population (4 decimals)."
* group[0].population[0].description = "Distinct clients with a Work Ability Score, participation indicator or 3X10D Observation at the timepoint baseline whose effective date falls in the reporting period. Computed by prom.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs' and code in ('work-ability-score' | 'participation-indicator' | 'three-x-ten-d')).exists() and extension('https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint').value.code in ('baseline'))"
* group[0].stratifier[+].code.text = "follow-up"
* group[0].stratifier[=].description = "yes: the client has such an Observation at follow-up-6-months (any date); no: not; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."
