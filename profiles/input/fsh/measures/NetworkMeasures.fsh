// Figures of the national statistics computed by network.sql (statistics module): Multi-agency network participation.
// Each Measure is the canonical definition of one figure: id = the figure id.

Instance: NetworkParticipationByOrganisationTypeMeasure
InstanceOf: Measure
Usage: #definition
Title: "Verkostotyöhön osallistuneet tahot"
Description: "Clients for whom a multi-agency support network was assembled, and of them the clients whose network included each type of organisation, as counts and shares of the clients with a network (seed 001: networks for 122 clients; municipal employment services 59, social services 41, Kela 30...)."
* insert FigureMeasure(network-participation-by-organisation-type, NetworkParticipationByOrganisationType)
* title = "Verkostotyöhön osallistuneet tahot"
* description = "Clients for whom a multi-agency support network was assembled, and of them the clients whose network included each type of organisation, as counts and shares of the clients with a network (seed 001: networks for 122 clients; municipal employment services 59, social services 41, Kela 30...)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Distinct clients (CareTeam.subject) of the WorkAbilitySupportNetwork CareTeams (category work-ability-service-cs#support-network) whose period.start falls in the reporting period; for one organisation, those whose managingOrganization is that organisation. Computed by network.sql (statistics module)."
* group[0].population[0].criteria.expression = "CareTeam.where(category.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/work-ability-service-cs' and code = 'support-network').exists())"
* group[0].stratifier[+].code.text = "organisation-type"
* group[0].stratifier[=].description = "The organisation types of the network's participants (network-organisation-type extension, organisation-type-cs): a client counts once in every type their network includes; the strata overlap, so they do not sum to the population. Each stratum is given as a count and as its share of the population (4 decimals)."
