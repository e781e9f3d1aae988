// Figures of the national statistics computed by employment.sql (statistics module): Employment situation at baseline and about six months.
// Each Measure is the canonical definition of one figure: id = the figure id.

Instance: EmploymentSituationBaselineMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työllisyystilanne alussa"
Description: "The clients' employment situation at baseline, by employment status."
* insert FigureMeasure(employment-situation-baseline, EmploymentSituationBaseline)
* title = "Työllisyystilanne alussa"
* description = "The clients' employment situation at baseline, by employment status."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Distinct clients with an EmploymentStatus Observation at the timepoint baseline whose effective date falls in the reporting period; a client's latest such status (effective date, then key) counts. Computed by employment.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'http://loinc.org' and code = '74165-2').exists() and extension('https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint').value.code = 'baseline')"
* group[0].stratifier[+].code.text = "status"
* group[0].stratifier[=].description = "The employment status (employment-status-cs); a partition; only the statuses present appear. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: EmploymentSituationFollowUp6MonthsMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työllisyystilanne puolen vuoden kohdalla"
Description: "The clients' employment situation at about six months, by employment status."
* insert FigureMeasure(employment-situation-follow-up-6-months, EmploymentSituationFollowUp6Months)
* title = "Työllisyystilanne puolen vuoden kohdalla"
* description = "The clients' employment situation at about six months, by employment status."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "As employment-situation-baseline, at the timepoint follow-up-6-months. Computed by employment.sql (statistics module)."
* group[0].population[0].criteria.expression = "Observation.where(code.coding.where(system = 'http://loinc.org' and code = '74165-2').exists() and extension('https://tyokyky.fi/fhir/StructureDefinition/measurement-timepoint').value.code = 'follow-up-6-months')"
* group[0].stratifier[+].code.text = "status"
* group[0].stratifier[=].description = "The employment status (employment-status-cs); a partition. Each stratum is given as a count and as its share of the population (4 decimals)."
