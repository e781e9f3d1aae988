Instance: examination
InstanceOf: OperationDefinition
Usage: #definition
Title: "A whole examination in one read"
* url = "https://tyokyky.fi/fhir/OperationDefinition/examination"
* version = "0.1.0"
* name = "Examination"
* title = "A whole examination in one read"
* status = #active
* kind = #operation
* experimental = false
* publisher = "Työkyky FHIR project"
* description = """
Returns everything one examination consists of, as a Bundle of type collection: the encounter
(UnemployedHealthExaminationEncounter), every record recorded in it (QuestionnaireResponse,
Observation, Condition, CarePlan, ServiceRequest and Task whose encounter is this one), and the
records these and the encounter refer to, directly or through each other, that live outside one
visit: the client (Patient), the organisations, professionals and their roles, the service path
(EpisodeOfCare), the multi-agency network (CareTeam) and the goals. A record recorded in another
encounter of the same client is never included, even when a record of this examination refers to
it. This is the set of resources one submission (UnemployedHealthExaminationBundle) sends, as the
server currently holds them; entries carry their server URLs as fullUrl, so the stored references
(Type/id) resolve inside the bundle. Called on an Encounter (`Encounter/{id}/$examination`) or on
the type with the encounter's business identifier (`Encounter/$examination?identifier=system|value`).
An unknown encounter is answered 404, an Encounter that does not claim
UnemployedHealthExaminationEncounter 400, each with an OperationOutcome.
"""
* affectsState = false
* code = #examination
* resource = #Encounter
* system = false
* type = true
* instance = true
* parameter[+].name = #identifier
* parameter[=].use = #in
* parameter[=].min = 0
* parameter[=].max = "1"
* parameter[=].documentation = "The encounter's business identifier as system|value; required at type level, not allowed on an instance."
* parameter[=].type = #string
* parameter[=].searchType = #token
* parameter[+].name = #return
* parameter[=].use = #out
* parameter[=].min = 1
* parameter[=].max = "1"
* parameter[=].documentation = "The examination: a Bundle of type collection, the encounter first."
* parameter[=].type = #Bundle
