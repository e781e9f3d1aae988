// Inline resources that several example submissions hold: the organisations, the professionals in
// their roles, the long-term unemployed client of the complete examination and the follow-up, and
// that client's support network. Everything here is fictional; the henkilötunnus uses an individual
// number of the test range 900–999.

// ----- Organisations -----

Instance: ExampleHealthCentre
InstanceOf: TyokykyOrganization
Usage: #inline
Title: "Example health centre"
Description: "The health centre that performs the health examination; its fictional SOTE organisation OID."
* identifier[soteOrganisation].system = $RFC3986
* identifier[soteOrganisation].value = "urn:oid:1.2.246.10.99999991.10.0"
* active = true
* type = OrganisationTypeCS#primary-health-care "Perusterveydenhuolto"
* name = "Esimerkkikaupungin terveysasema"

Instance: ExampleEmploymentServices
InstanceOf: TyokykyOrganization
Usage: #inline
Title: "Example municipal employment services"
Description: "The municipal employment services that referred the client."
* identifier[soteOrganisation].system = $RFC3986
* identifier[soteOrganisation].value = "urn:oid:1.2.246.10.99999992"
* active = true
* type = OrganisationTypeCS#municipal-employment-services "Kunnan työllisyyspalvelut"
* name = "Esimerkkikaupungin työllisyyspalvelut"

Instance: ExampleKela
InstanceOf: TyokykyOrganization
Usage: #inline
Title: "Example Kela office"
Description: "The Kela office that handles the client's vocational rehabilitation."
* identifier[soteOrganisation].system = $RFC3986
* identifier[soteOrganisation].value = "urn:oid:1.2.246.10.99999993"
* active = true
* type = OrganisationTypeCS#kela "Kela"
* name = "Kela, Esimerkkikaupungin palvelupiste"

Instance: ExampleSocialServices
InstanceOf: TyokykyOrganization
Usage: #inline
Title: "Example working-age social services"
Description: "The working-age social services of the wellbeing services county."
* identifier[soteOrganisation].system = $RFC3986
* identifier[soteOrganisation].value = "urn:oid:1.2.246.10.99999991.10.5"
* active = true
* type = OrganisationTypeCS#social-services "Työikäisten sosiaalipalvelut"
* name = "Esimerkkialueen työikäisten sosiaalipalvelut"

// ----- Professionals and their roles -----

Instance: ExampleNurse
InstanceOf: TyokykyPractitioner
Usage: #inline
Title: "Example nurse"
Description: "The nurse who performs the health examination."
* identifier[terhikki].system = $TERHIKKI
* identifier[terhikki].value = "10100200001"
* active = true
* name.family = "Hoitaja"
* name.given = "Hanna"

Instance: ExamplePhysician
InstanceOf: TyokykyPractitioner
Usage: #inline
Title: "Example team physician"
Description: "The physician of the work-ability support team."
* identifier[terhikki].system = $TERHIKKI
* identifier[terhikki].value = "10100200002"
* active = true
* name.family = "Lääkäri"
* name.given = "Leena"

Instance: ExampleCoordinator
InstanceOf: TyokykyPractitioner
Usage: #inline
Title: "Example work-ability coordinator"
Description: "The work-ability coordinator, identified by the health centre's staff id."
* identifier[+].system = "urn:oid:1.2.246.10.99999991.10.0.1"
* identifier[=].value = "staff-coordinator-001"
* active = true
* name.family = "Koordinaattori"
* name.given = "Kalle"

Instance: ExampleNurseRole
InstanceOf: TyokykyPractitionerRole
Usage: #inline
Title: "Example nurse in the health centre"
Description: "The nurse working at the health centre."
* insert RecordIdentifier(role-nurse-001)
* active = true
* practitioner.reference = "urn:uuid:347a62c0-2817-5562-b21d-90fcd4301521"
* organization.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* code = ProfessionalRoleCS#nurse "Sairaanhoitaja"

Instance: ExamplePhysicianRole
InstanceOf: TyokykyPractitionerRole
Usage: #inline
Title: "Example team physician in the health centre"
Description: "The physician of the work-ability support team working at the health centre."
* insert RecordIdentifier(role-physician-001)
* active = true
* practitioner.reference = "urn:uuid:d146150d-ee91-5fd6-a4f0-96f187ec76ce"
* organization.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* code = ProfessionalRoleCS#physician "Lääkäri"

Instance: ExampleCoordinatorRole
InstanceOf: TyokykyPractitionerRole
Usage: #inline
Title: "Example work-ability coordinator in the health centre"
Description: "The work-ability coordinator working at the health centre."
* insert RecordIdentifier(role-coordinator-001)
* active = true
* practitioner.reference = "urn:uuid:1059519f-e72f-53f8-8dd8-5084def44411"
* organization.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* code = ProfessionalRoleCS#work-ability-coordinator "Työkykykoordinaattori"

// ----- The long-term unemployed client and the network -----

Instance: ExampleClientLongTermUnemployed
InstanceOf: TyokykyPatient
Usage: #inline
Title: "Example long-term unemployed client"
Description: "A fictional man aged 37, living in Kuopio, unemployed for 40 months."
* identifier[henkilotunnus].system = $HETU
* identifier[henkilotunnus].value = "041188-923X"
* extension[municipality].valueCoding = $KUNTA#297 "Kuopio"
* name.family = "Esimerkki"
* name.given = "Mikko"
* gender = #male
* birthDate = "1988-11-04"

Instance: ExampleSupportNetwork
InstanceOf: WorkAbilitySupportNetwork
Usage: #inline
Title: "Example multi-agency support network"
Description: "The network assembled around the client: the coordinator, the municipal employment services, Kela and the working-age social services."
* insert RecordIdentifier(exam-2026-001-network)
* status = #active
* name = "Työkyvyn tuen verkosto"
* subject.reference = "urn:uuid:2faf4ece-890c-50ff-861d-439b1e9f3773"
* period.start = "2026-03-10"
* participant[0].extension[organisationType].valueCoding = OrganisationTypeCS#primary-health-care "Perusterveydenhuolto"
* participant[0].role = ProfessionalRoleCS#work-ability-coordinator "Työkykykoordinaattori"
* participant[0].member.reference = "urn:uuid:48428ec6-4dcb-58fa-a3b9-6aed4168458d"
* participant[1].extension[organisationType].valueCoding = OrganisationTypeCS#municipal-employment-services "Kunnan työllisyyspalvelut"
* participant[1].member.reference = "urn:uuid:91d19947-32fc-5d8a-84ab-3901ad967404"
* participant[2].extension[organisationType].valueCoding = OrganisationTypeCS#kela "Kela"
* participant[2].member.reference = "urn:uuid:c8cac731-665f-54d7-aa26-6b0c977462a1"
* participant[3].extension[organisationType].valueCoding = OrganisationTypeCS#social-services "Työikäisten sosiaalipalvelut"
* participant[3].member.reference = "urn:uuid:8513bf79-c2af-54b5-b8fe-a708224badac"
* managingOrganization.reference = "urn:uuid:17ee70d5-ccc3-5c9c-ad50-0574de3b7f96"
* insert SourceChanged(2026-03-10T10:30:00+02:00)
