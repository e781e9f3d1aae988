// Rule sets shared by several artifacts.

// Metadata every CodeSystem of this package carries.
RuleSet: CodeSystemMetadata
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^language = #fi
* ^content = #complete

// Metadata every ValueSet of this package carries.
RuleSet: ValueSetMetadata
* ^status = #active
* ^experimental = false

// The English designation of a concept whose display is Finnish.
RuleSet: EnglishDesignation(code, text)
* {code} ^designation[+].language = #en
* {code} ^designation[=].value = "{text}"

// Metadata every conformance resource (profile, extension) of this package carries.
RuleSet: ConformanceMetadata
* ^status = #active
* ^experimental = false
* ^publisher = "Työkyky FHIR project"
* ^jurisdiction = urn:iso:std:iso:3166#FI "Finland"

// A business identifier from the source system (system = the organisation's namespace, value = the
// record id). The submission keys its conditional creates and updates on it, so it is required.
RuleSet: BusinessIdentifier
* identifier 1..* MS
* identifier.system 1..1
* identifier.value 1..1

// Observation rules shared by every observation profile of the package.
RuleSet: ObservationBase
* insert BusinessIdentifier
* status MS
* subject 1..1 MS
* subject only Reference(TyokykyPatient)
* encounter MS
* encounter only Reference(UnemployedHealthExaminationEncounter)
* effective[x] 1..1 MS
* effective[x] only dateTime or Period
* performer MS
* performer only Reference(TyokykyPractitionerRole or TyokykyPatient or TyokykyOrganization)
* extension contains MeasurementTimepoint named timepoint 0..1 MS

// A single observation category from HL7's observation-category code system.
RuleSet: ObservationCategory(code)
* category 1..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains main 1..1 MS
* category[main] = $OBSCAT#{code}

// A score or rating as a Quantity with the UCUM unit {score}: a dimensionless count of points
// (UCUM's annotation marks what is counted), so that the standard value-quantity search finds it
// and every score of the package carries the same unit. {quantity} is the Quantity element.
RuleSet: ScoreUnit(quantity)
* {quantity}.value 1..1
* {quantity}.system 1..1
* {quantity}.system = $UCUM (exactly)
* {quantity}.code 1..1
* {quantity}.code = #{score} (exactly)
* {quantity}.unit = "{score}"

// A questionnaire-based score: a whole number as a Quantity with the UCUM unit {score}, derived
// from the response it was computed from.
RuleSet: ScoreValue
* value[x] 1..1 MS
* value[x] only Quantity
* insert ScoreUnit(valueQuantity)
* derivedFrom MS
* derivedFrom only Reference(TyokykyQuestionnaireResponse)
* obeys tk-score-whole

// Components sliced by their code.
RuleSet: ComponentSlicedByCode
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open

// A category slice with a fixed code of this package (CarePlan, CareTeam, ServiceRequest).
RuleSet: FixedCategory(code)
* category 1..* MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains main 1..1 MS
* category[main] = WorkAbilityServiceCS#{code}

// The interpretation band of a score (ScoreBandCS), at most one, from the instrument's value set.
RuleSet: ScoreInterpretation(valueSet)
* interpretation 0..1 MS
* interpretation from {valueSet} (required)

// A figure of the national statistics as a Measure: id, canonical URL, metadata, its one group (the
// figure, code.text = the figure id) with the initial population. The population's criteria are a
// FHIRPath selecting the resources it counts; the SQL that computes the figure (statistics module)
// is named in the population's description.
RuleSet: FigureMeasure(id, name)
* id = "{id}"
* url = "https://tyokyky.fi/fhir/Measure/{id}"
* name = "{name}"
* status = #active
* experimental = false
* publisher = "Työkyky FHIR project"
* jurisdiction = urn:iso:std:iso:3166#FI "Finland"
* group[0].code.text = "{id}"
* group[0].population[0].code = $MEASPOP#initial-population
* group[0].population[0].criteria.language = #text/fhirpath

