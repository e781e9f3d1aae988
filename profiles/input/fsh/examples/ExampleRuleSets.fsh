// Rule sets used only by the example submissions of this folder.
//
// Identifier convention of the examples: the fictional health centre (SOTE OID
// 1.2.246.10.99999991.10.0) issues every record id, staff id and role id under ONE namespace,
// urn:oid:1.2.246.10.99999991.10.0.1, with readable values such as "exam-2026-001-obs-phq9".
// Organisations are keyed on their OID, professionals on their Terhikki number where they have
// one, clients on their henkilötunnus. The resources carry no id: the server finds the stored
// resource by the identifier (conditional create or update) and assigns ids itself, so two health
// centres can never collide on a client-chosen id.

Alias: $GOALACH = http://terminology.hl7.org/CodeSystem/goal-achievement

// The record id of a resource in the health centre's namespace.
RuleSet: RecordIdentifier(value)
* identifier[+].system = "urn:oid:1.2.246.10.99999991.10.0.1"
* identifier[=].value = "{value}"

// A conditional create: the server stores the resource only if none with the identifier exists
// (used for organisations, professionals, roles and the client, which other systems also create).
RuleSet: CreateEntry(uuid, type, system, value, instance)
* entry[+].fullUrl = "urn:uuid:{uuid}"
* entry[=].resource = {instance}
* entry[=].request.method = #POST
* entry[=].request.url = "{type}"
* entry[=].request.ifNoneExist = "identifier={system}|{value}"

// A conditional update keyed on the health centre's record id: creates the record the first time
// and replaces it when the same record is sent again (a retry, or the update at follow-up).
RuleSet: UpdateEntry(uuid, type, value, instance)
* entry[+].fullUrl = "urn:uuid:{uuid}"
* entry[=].resource = {instance}
* entry[=].request.method = #PUT
* entry[=].request.url = "{type}?identifier=urn:oid:1.2.246.10.99999991.10.0.1|{value}"

// The measurement time point of a measure or a questionnaire response.
RuleSet: Timepoint(code)
* extension[timepoint].valueCoding = MeasurementTimepointCS#{code}

// One answered question of a coded questionnaire (the coding as in the questionnaire's answerOption).
RuleSet: CodedAnswer(linkId, coding)
* item[+].linkId = "{linkId}"
* item[=].answer[0].valueCoding = {coding}

// One criterion of the work-ability support team's client criteria and its status.
RuleSet: Criterion(code, status)
* component[+].code = EligibilityCriterionCS#{code}
* component[=].valueCodeableConcept = CriterionStatusCS#{status}

// The ten 3X10D dimensions, each rated 0–10.
RuleSet: ThreeXTenDProfile(d1, d2, d3, d4, d5, d6, d7, d8, d9, d10)
* insert ThreeXTenDDimension(1, {d1})
* insert ThreeXTenDDimension(2, {d2})
* insert ThreeXTenDDimension(3, {d3})
* insert ThreeXTenDDimension(4, {d4})
* insert ThreeXTenDDimension(5, {d5})
* insert ThreeXTenDDimension(6, {d6})
* insert ThreeXTenDDimension(7, {d7})
* insert ThreeXTenDDimension(8, {d8})
* insert ThreeXTenDDimension(9, {d9})
* insert ThreeXTenDDimension(10, {d10})

// One 3X10D dimension (1–10) and its rating.
RuleSet: ThreeXTenDDimension(n, value)
* component[+].code = ThreeXTenDDimensionCS#dimension-{n} "Ulottuvuus {n}"
* component[=].valueQuantity = {value} '{score}' "{score}"

// ----- Entry blocks that several submissions share (the inline resources are in ExampleSharedInstances.fsh) -----

// The health centre and the three organisations of the client's network.
RuleSet: NetworkOrganisationEntries
* insert CreateEntry(17ee70d5-ccc3-5c9c-ad50-0574de3b7f96, Organization, urn:ietf:rfc:3986, urn:oid:1.2.246.10.99999991.10.0, ExampleHealthCentre)
* insert CreateEntry(91d19947-32fc-5d8a-84ab-3901ad967404, Organization, urn:ietf:rfc:3986, urn:oid:1.2.246.10.99999992, ExampleEmploymentServices)
* insert CreateEntry(c8cac731-665f-54d7-aa26-6b0c977462a1, Organization, urn:ietf:rfc:3986, urn:oid:1.2.246.10.99999993, ExampleKela)
* insert CreateEntry(8513bf79-c2af-54b5-b8fe-a708224badac, Organization, urn:ietf:rfc:3986, urn:oid:1.2.246.10.99999991.10.5, ExampleSocialServices)

// The health centre alone.
RuleSet: HealthCentreEntry
* insert CreateEntry(17ee70d5-ccc3-5c9c-ad50-0574de3b7f96, Organization, urn:ietf:rfc:3986, urn:oid:1.2.246.10.99999991.10.0, ExampleHealthCentre)

// The nurse and the nurse's role.
RuleSet: NurseEntries
* insert CreateEntry(347a62c0-2817-5562-b21d-90fcd4301521, Practitioner, urn:oid:1.2.246.537.26, 10100200001, ExampleNurse)
* insert CreateEntry(6f42522e-b7db-5a83-9366-f06051a9323f, PractitionerRole, urn:oid:1.2.246.10.99999991.10.0.1, role-nurse-001, ExampleNurseRole)

// The team physician and the physician's role.
RuleSet: PhysicianEntries
* insert CreateEntry(d146150d-ee91-5fd6-a4f0-96f187ec76ce, Practitioner, urn:oid:1.2.246.537.26, 10100200002, ExamplePhysician)
* insert CreateEntry(bd7707fb-b695-5073-8054-b96445116a46, PractitionerRole, urn:oid:1.2.246.10.99999991.10.0.1, role-physician-001, ExamplePhysicianRole)

// The work-ability coordinator and the coordinator's role.
RuleSet: CoordinatorEntries
* insert CreateEntry(1059519f-e72f-53f8-8dd8-5084def44411, Practitioner, urn:oid:1.2.246.10.99999991.10.0.1, staff-coordinator-001, ExampleCoordinator)
* insert CreateEntry(48428ec6-4dcb-58fa-a3b9-6aed4168458d, PractitionerRole, urn:oid:1.2.246.10.99999991.10.0.1, role-coordinator-001, ExampleCoordinatorRole)

// The long-term unemployed client of the complete examination and the follow-up.
RuleSet: LongTermUnemployedClientEntry
* insert CreateEntry(2faf4ece-890c-50ff-861d-439b1e9f3773, Patient, urn:oid:1.2.246.21, 041188-923X, ExampleClientLongTermUnemployed)

// When the source system last changed a record that the submission updates (tk-bundle-source-changed):
// the server keeps a stored version that is at least as new, so a late retry changes nothing.
RuleSet: SourceChanged(instant)
* extension[SourceChanged].valueInstant = "{instant}"
