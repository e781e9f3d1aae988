// Figures of the national statistics computed by contacts.sql (statistics module): Contacts with the work-ability coordinator and the team physician, and consultation contacts.
// Each Measure is the canonical definition of one figure: id = the figure id.

Instance: ClientsSeenByCoordinatorMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työkykykoordinaattorin vastaanotolla käyneet asiakkaat"
Description: "Clients seen by the work-ability coordinator: the number of distinct clients with at least one coordinator visit in the reporting period (seed 001: 138 clients, 08/2023–09/2024)."
* insert FigureMeasure(clients-seen-by-coordinator, ClientsSeenByCoordinator)
* title = "Työkykykoordinaattorin vastaanotolla käyneet asiakkaat"
* description = "Clients seen by the work-ability coordinator: the number of distinct clients with at least one coordinator visit in the reporting period (seed 001: 138 clients, 08/2023–09/2024)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Distinct clients (Encounter.subject) of the coordinator-visit Encounters (type encounter-type-cs#coordinator-visit) whose period.start falls in the reporting period; for one organisation, Encounters whose serviceProvider is that organisation. Computed by contacts.sql (statistics module)."
* group[0].population[0].criteria.expression = "Encounter.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/encounter-type-cs' and code = 'coordinator-visit').exists())"

Instance: VisitsMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työkykykoordinaattorin vastaanottokäynnit"
Description: "Visits to the work-ability coordinator: the number of coordinator-visit Encounters in the reporting period (seed 001: 172 visits of 138 clients). Team physician visits are counted by clients-seen-by-physician, not here."
* insert FigureMeasure(visits, Visits)
* title = "Työkykykoordinaattorin vastaanottokäynnit"
* description = "Visits to the work-ability coordinator: the number of coordinator-visit Encounters in the reporting period (seed 001: 172 visits of 138 clients). Team physician visits are counted by clients-seen-by-physician, not here."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Encounters of type encounter-type-cs#coordinator-visit (only) whose period.start falls in the reporting period; each Encounter counted once. Computed by contacts.sql (statistics module)."
* group[0].population[0].criteria.expression = "Encounter.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/encounter-type-cs' and code = 'coordinator-visit').exists())"

Instance: ConsultationContactsBySourceMeasure
InstanceOf: Measure
Usage: #definition
Title: "Konsultaatioyhteydenotot yhteydenottajan mukaan"
Description: "Consultation contacts: professionals of other organisations consulting the work-ability coordinator about a client, by the type of organisation that made the contact (seed 001: 322 contacts, 162 from municipal employment services, 58 from working-age social services)."
* insert FigureMeasure(consultation-contacts-by-source, ConsultationContactsBySource)
* title = "Konsultaatioyhteydenotot yhteydenottajan mukaan"
* description = "Consultation contacts: professionals of other organisations consulting the work-ability coordinator about a client, by the type of organisation that made the contact (seed 001: 322 contacts, 162 from municipal employment services, 58 from working-age social services)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Encounters of type encounter-type-cs#consultation-contact whose period.start falls in the reporting period and that record the contacting organisation type (extension contact-organisation-type); each Encounter counted once. Computed by contacts.sql (statistics module)."
* group[0].population[0].criteria.expression = "Encounter.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/encounter-type-cs' and code = 'consultation-contact').exists() and extension('https://tyokyky.fi/fhir/StructureDefinition/contact-organisation-type').exists())"
* group[0].stratifier[+].code.text = "source"
* group[0].stratifier[=].description = "The contacting organisation type (organisation-type-cs code of the contact-organisation-type extension); a partition: every contact in exactly one stratum; only the types present appear. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: ClientsSeenByPhysicianMeasure
InstanceOf: Measure
Usage: #definition
Title: "Työkyvyn tuen tiimin lääkärin vastaanotolla käyneet asiakkaat"
Description: "Clients seen by the physician of the work-ability support team: distinct clients with at least one team physician visit in the reporting period (seed 001: 146 clients, 09/2023–10/2024)."
* insert FigureMeasure(clients-seen-by-physician, ClientsSeenByPhysician)
* title = "Työkyvyn tuen tiimin lääkärin vastaanotolla käyneet asiakkaat"
* description = "Clients seen by the physician of the work-ability support team: distinct clients with at least one team physician visit in the reporting period (seed 001: 146 clients, 09/2023–10/2024)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Distinct clients of the Encounters of type encounter-type-cs#team-physician-visit whose period.start falls in the reporting period. Computed by contacts.sql (statistics module)."
* group[0].population[0].criteria.expression = "Encounter.where(type.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/encounter-type-cs' and code = 'team-physician-visit').exists())"
