Instance: access-log
InstanceOf: OperationDefinition
Usage: #definition
Title: "The client's access log"
* url = "https://tyokyky.fi/fhir/OperationDefinition/access-log"
* version = "0.1.0"
* name = "AccessLog"
* title = "The client's access log"
* status = #active
* kind = #operation
* experimental = false
* publisher = "Työkyky FHIR project"
* description = """
Who has accessed this client's records ("who has read my data", Finnish client data act 703/2023):
every AuditEvent of the server that names the Patient as an entity, newest first, as a Bundle of
type searchset. Each AuditEvent follows IHE Basic Audit Log Patterns and says who (the OAuth client,
the organisation it acts for and its role as agents), when (recorded), what (action, the RESTful
interaction as subtype, the request without its query values) and with what outcome; refused
requests name no Patient and are therefore not listed. Called on a Patient
(`Patient/{id}/$access-log`) by a submitting system or a reader of the organisation that holds the
client's records; a Patient the caller may not read is answered 404, as a read would be, and other
roles 403, each with an OperationOutcome. Calling the operation is itself audited.
"""
* affectsState = false
* code = #access-log
* resource = #Patient
* system = false
* type = false
* instance = true
* parameter[+].name = #return
* parameter[=].use = #out
* parameter[=].min = 1
* parameter[=].max = "1"
* parameter[=].documentation = "The AuditEvents that name the Patient, newest first: a Bundle of type searchset."
* parameter[=].type = #Bundle
