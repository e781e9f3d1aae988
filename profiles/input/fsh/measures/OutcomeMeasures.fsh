// Figures of the national statistics computed by outcomes.sql (statistics module): Supported-employment outcomes.
// Each Measure is the canonical definition of one figure: id = the figure id.

Instance: SupportedEmploymentOutcomesMeasure
InstanceOf: Measure
Usage: #definition
Title: "Tuetun työllistymisen tulokset asiakkaittain"
Description: "Clients with an employment outcome in the period, and of them the clients with each kind of outcome (employment contract, work trial, education...)."
* insert FigureMeasure(supported-employment-outcomes, SupportedEmploymentOutcomes)
* title = "Tuetun työllistymisen tulokset asiakkaittain"
* description = "Clients with an employment outcome in the period, and of them the clients with each kind of outcome (employment contract, work trial, education...)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Distinct clients of the EmploymentOutcome Observations whose effective date (dateTime or the start of the Period) falls in the reporting period; for one organisation, via the Observation's encounter. Computed by outcomes.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs' and code = 'employment-outcome').exists())"
* group[0].stratifier[+].code.text = "outcome"
* group[0].stratifier[=].description = "The outcome (employment-outcome-cs): a client counts once in every kind of outcome they had; the strata overlap. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: SupportedEmploymentContractsMeasure
InstanceOf: Measure
Usage: #definition
Title: "Solmitut työsopimukset"
Description: "Employment contracts signed in the period, with and without wage subsidy, and interrupted (seed 004: 30 contracts, 14 with wage subsidy, 4 interrupted)."
* insert FigureMeasure(supported-employment-contracts, SupportedEmploymentContracts)
* title = "Solmitut työsopimukset"
* description = "Employment contracts signed in the period, with and without wage subsidy, and interrupted (seed 004: 30 contracts, 14 with wage subsidy, 4 interrupted)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "EmploymentOutcome Observations with the outcome employment-outcome-cs#employment-contract whose effective date falls in the reporting period; each Observation (contract) counted once. Computed by outcomes.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs' and code = 'employment-outcome').exists() and value.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/employment-outcome-cs' and code = 'employment-contract').exists())"
* group[0].stratifier[+].code.text = "wage-subsidy"
* group[0].stratifier[=].description = "yes: the wage-subsidy component is true; no: false or not stated; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."
* group[0].stratifier[+].code.text = "interrupted"
* group[0].stratifier[=].description = "yes: the employment-interrupted component is true; no: false or not stated; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: PersonsEmployedMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työllistyneet henkilöt"
Description: "Persons employed: distinct clients with an employment contract in the period (seed 004: 27 persons)."
* insert FigureMeasure(persons-employed, PersonsEmployed)
* title = "Työllistyneet henkilöt"
* description = "Persons employed: distinct clients with an employment contract in the period (seed 004: 27 persons)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Distinct clients of the employment-contract outcomes counted by supported-employment-contracts. Computed by outcomes.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs' and code = 'employment-outcome').exists() and value.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/employment-outcome-cs' and code = 'employment-contract').exists())"

Instance: WorkTrialsMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työkokeilut"
Description: "Work trials started in the period (seed 004: 18 work trials)."
* insert FigureMeasure(work-trials, WorkTrials)
* title = "Työkokeilut"
* description = "Work trials started in the period (seed 004: 18 work trials)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "EmploymentOutcome Observations with the outcome employment-outcome-cs#work-trial whose effective date falls in the reporting period; each counted once. Computed by outcomes.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/tyokyky-observation-cs' and code = 'employment-outcome').exists() and value.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/employment-outcome-cs' and code = 'work-trial').exists())"
