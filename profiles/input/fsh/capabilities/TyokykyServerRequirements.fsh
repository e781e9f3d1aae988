// What a server for this package accepts: for each resource type, the profiles a stored resource may
// claim. The package's own resource profiles, and, for Observation, HL7's core vital-signs profiles,
// which submissions use for blood pressure, weight, height, BMI and heart rate. The reference server
// enforces exactly this list (fhir-model AcceptedProfiles); a test in this module checks that every
// resource profile of the package is listed.
Instance: TyokykyServerRequirements
InstanceOf: CapabilityStatement
Usage: #definition
Title: "Työkyky FHIR server requirements"
Description: "What a server that stores Työkyky submissions accepts: per resource type, the profiles a stored resource may claim."
* id = "tyokyky-server-requirements"
* url = "https://tyokyky.fi/fhir/CapabilityStatement/tyokyky-server-requirements"
* version = "0.1.0"
* name = "TyokykyServerRequirements"
* title = "Työkyky FHIR server requirements"
* status = #active
* experimental = false
* date = "2026-12-01"
* publisher = "Työkyky FHIR project"
* jurisdiction = urn:iso:std:iso:3166#FI "Finland"
* description = "What a server that stores Työkyky submissions accepts: per resource type, the profiles a stored resource may claim."
* kind = #requirements
* fhirVersion = #4.0.1
* format[+] = #json
* format[+] = #xml
* rest.mode = #server
* rest.resource[+].type = #Bundle
* rest.resource[=].supportedProfile[+] = Canonical(UnemployedHealthExaminationBundle)
* rest.resource[+].type = #CarePlan
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilitySupportPlan)
* rest.resource[+].type = #CareTeam
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilitySupportNetwork)
* rest.resource[+].type = #Condition
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilityCondition)
* rest.resource[+].type = #Encounter
* rest.resource[=].supportedProfile[+] = Canonical(UnemployedHealthExaminationEncounter)
* rest.resource[+].type = #EpisodeOfCare
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilitySupportEpisode)
* rest.resource[+].type = #Goal
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilityGoal)
* rest.resource[+].type = #Observation
* rest.resource[=].supportedProfile[+] = Canonical(AuditCScore)
* rest.resource[=].supportedProfile[+] = Canonical(EmploymentOutcome)
* rest.resource[=].supportedProfile[+] = Canonical(EmploymentStatus)
* rest.resource[=].supportedProfile[+] = Canonical(Gad7Score)
* rest.resource[=].supportedProfile[+] = Canonical(HealthCareCoverage)
* rest.resource[=].supportedProfile[+] = Canonical(ParticipationIndicatorScore)
* rest.resource[=].supportedProfile[+] = Canonical(Phq9Score)
* rest.resource[=].supportedProfile[+] = Canonical(RegisteredJobSeeker)
* rest.resource[=].supportedProfile[+] = Canonical(TeamEligibility)
* rest.resource[=].supportedProfile[+] = Canonical(ThreeXTenD)
* rest.resource[=].supportedProfile[+] = Canonical(UnemploymentDuration)
* rest.resource[=].supportedProfile[+] = Canonical(WaistCircumference)
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilityAssessment)
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilityIndex)
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilityScore)
* rest.resource[=].supportedProfile[+] = "http://hl7.org/fhir/StructureDefinition/bp"
* rest.resource[=].supportedProfile[+] = "http://hl7.org/fhir/StructureDefinition/bodyweight"
* rest.resource[=].supportedProfile[+] = "http://hl7.org/fhir/StructureDefinition/bodyheight"
* rest.resource[=].supportedProfile[+] = "http://hl7.org/fhir/StructureDefinition/bmi"
* rest.resource[=].supportedProfile[+] = "http://hl7.org/fhir/StructureDefinition/heartrate"
* rest.resource[+].type = #Organization
* rest.resource[=].supportedProfile[+] = Canonical(TyokykyOrganization)
* rest.resource[+].type = #Patient
* rest.resource[=].supportedProfile[+] = Canonical(TyokykyPatient)
* rest.resource[=].operation[+].name = "access-log"
* rest.resource[=].operation[=].definition = "https://tyokyky.fi/fhir/OperationDefinition/access-log"
* rest.resource[+].type = #Practitioner
* rest.resource[=].supportedProfile[+] = Canonical(TyokykyPractitioner)
* rest.resource[+].type = #PractitionerRole
* rest.resource[=].supportedProfile[+] = Canonical(TyokykyPractitionerRole)
* rest.resource[+].type = #QuestionnaireResponse
* rest.resource[=].supportedProfile[+] = Canonical(TyokykyQuestionnaireResponse)
* rest.resource[+].type = #ServiceRequest
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilityReferral)
* rest.resource[+].type = #Task
* rest.resource[=].supportedProfile[+] = Canonical(WorkAbilityFollowUpTask)
