// Figures of the national statistics computed by clients.sql (statistics module): The clients of the period and their profile.
// Each Measure is the canonical definition of one figure: id = the figure id.

Instance: ClientsPerYearMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työkyvyn tuen asiakkaat vuodessa"
Description: "New clients of the work-ability support service: distinct clients whose work-ability support path started in the reporting period (usually a year), to be compared with the target of 150 clients a year (seed 001: 199 clients against the target 150)."
* insert FigureMeasure(clients-per-year, ClientsPerYear)
* title = "Työkyvyn tuen asiakkaat vuodessa"
* description = "New clients of the work-ability support service: distinct clients whose work-ability support path started in the reporting period (usually a year), to be compared with the target of 150 clients a year (seed 001: 199 clients against the target 150)."
* scoring = $MEASSCORING#cohort
* guidance = "Target: 150 clients a year (the pilot region's target in seed 001). The Measure gives the count; the comparison with the target is the reader's."
* group[0].population[0].description = "Distinct clients (EpisodeOfCare.patient) of the EpisodeOfCare resources of type work-ability-service-cs#work-ability-support whose period.start falls in the reporting period; for one organisation, those whose managingOrganization is that organisation. Computed by clients.sql (statistics module)."
* group[0].population[0].criteria.expression = "EpisodeOfCare.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/work-ability-service-cs' and code = 'work-ability-support').exists())"

Instance: ClientsByReferralSourceMeasure
InstanceOf: Measure
Usage: #definition
Title: "Asiakkaat ohjaavan tahon mukaan"
Description: "Clients by who referred them to the service, as counts and shares (seed 001: 58 % municipal employment services, 18 % working-age social services)."
* insert FigureMeasure(clients-by-referral-source, ClientsByReferralSource)
* title = "Asiakkaat ohjaavan tahon mukaan"
* description = "Clients by who referred them to the service, as counts and shares (seed 001: 58 % municipal employment services, 18 % working-age social services)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "The clients of clients-per-year whose first path of the period (earliest start, then key) records a referral source (extension referral-source); each client counted once. Computed by clients.sql (statistics module)."
* group[0].population[0].criteria.expression = "EpisodeOfCare.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/work-ability-service-cs' and code = 'work-ability-support').exists() and extension('https://tyokyky.fi/fhir/StructureDefinition/referral-source').exists())"
* group[0].stratifier[+].code.text = "source"
* group[0].stratifier[=].description = "The referral source of the client's first path of the period (organisation-type-cs); a partition; only the sources present appear. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: ClientAgeMeasure
InstanceOf: Measure
Usage: #definition
Title: "Asiakkaiden keski-ikä"
Description: "Mean age of the clients of the period in years (seed 001: mean age 37)."
* insert FigureMeasure(client-age, ClientAge)
* title = "Asiakkaiden keski-ikä"
* description = "Mean age of the clients of the period in years (seed 001: mean age 37)."
* scoring = $MEASSCORING#continuous-variable
* group[0].population[0].description = "The clients of clients-per-year with a birth date. A client's age is the year their first path of the period started minus their birth year (so that it is the same on birth dates cut to the year by the pseudonymised export); the score is the mean over the clients in years (UCUM a), 1 decimal, half up. Computed by clients.sql (statistics module)."
* group[0].population[0].criteria.expression = "EpisodeOfCare.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/work-ability-service-cs' and code = 'work-ability-support').exists())"

Instance: ClientsByGenderMeasure
InstanceOf: Measure
Usage: #definition
Title: "Asiakkaat sukupuolen mukaan"
Description: "Clients of the period by administrative gender, as counts and shares (seed 001: 64 % men)."
* insert FigureMeasure(clients-by-gender, ClientsByGender)
* title = "Asiakkaat sukupuolen mukaan"
* description = "Clients of the period by administrative gender, as counts and shares (seed 001: 64 % men)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "The clients of clients-per-year; each client counted once. Computed by clients.sql (statistics module)."
* group[0].population[0].criteria.expression = "EpisodeOfCare.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/work-ability-service-cs' and code = 'work-ability-support').exists())"
* group[0].stratifier[+].code.text = "gender"
* group[0].stratifier[=].description = "Patient.gender (FHIR administrative-gender: male, female, other, unknown; no gender recorded counts as unknown); a partition; only the genders present appear. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: ClientsLongTermUnemployedMeasure
InstanceOf: Measure
Usage: #definition
Title: "Pitkäaikaistyöttömät asiakkaat"
Description: "Share of the clients of the period who are long-term unemployed, i.e. unemployed for 12 months or more (seed 001: 82 %)."
* insert FigureMeasure(clients-long-term-unemployed, ClientsLongTermUnemployed)
* title = "Pitkäaikaistyöttömät asiakkaat"
* description = "Share of the clients of the period who are long-term unemployed, i.e. unemployed for 12 months or more (seed 001: 82 %)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "The clients of clients-per-year with an UnemploymentDuration Observation (any date); the client's earliest one (effective date, then key) decides. Computed by clients.sql (statistics module)."
* group[0].population[0].criteria.expression = "EpisodeOfCare.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/work-ability-service-cs' and code = 'work-ability-support').exists())"
* group[0].stratifier[+].code.text = "long-term-unemployed"
* group[0].stratifier[=].description = "yes: the duration is 12 months or more; no: less; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: ClientsUnemployedOver3YearsMeasure
InstanceOf: Measure
Usage: #definition
Title: "Yli kolme vuotta työttömänä olleet asiakkaat"
Description: "Share of the clients of the period who have been unemployed for more than three years (seed 001: 65 %)."
* insert FigureMeasure(clients-unemployed-over-3-years, ClientsUnemployedOver3Years)
* title = "Yli kolme vuotta työttömänä olleet asiakkaat"
* description = "Share of the clients of the period who have been unemployed for more than three years (seed 001: 65 %)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "As clients-long-term-unemployed: the clients of the period with an UnemploymentDuration; the earliest one decides. Computed by clients.sql (statistics module)."
* group[0].population[0].criteria.expression = "EpisodeOfCare.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/work-ability-service-cs' and code = 'work-ability-support').exists())"
* group[0].stratifier[+].code.text = "unemployed-over-3-years"
* group[0].stratifier[=].description = "yes: the duration is more than 36 months; no: 36 or less; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."
