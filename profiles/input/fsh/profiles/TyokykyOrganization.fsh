Profile: TyokykyOrganization
Parent: Organization
Id: tyokyky-organization
Title: "Organisation"
Description: "An organisation: the health centre or wellbeing services county that records the examination, or a member of the client's network (municipal employment services, Kela, social services...). Public social and health care organisations are identified by their OID in the SOTE organisation register, written as a URN under system urn:ietf:rfc:3986 as Kanta and FI Base do."
* insert ConformanceMetadata
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains soteOrganisation 0..1 MS
* identifier[soteOrganisation] ^short = "OID of the SOTE organisation register as urn:oid:1.2.246.10..."
* identifier[soteOrganisation].system 1..1
* identifier[soteOrganisation].system = $RFC3986 (exactly)
* identifier[soteOrganisation].value 1..1
* identifier[soteOrganisation] obeys tk-sote-oid
* name 1..1 MS
* type MS
* type from OrganisationTypeVS (extensible)
