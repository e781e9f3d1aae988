CodeSystem: OrganisationTypeCS
Id: organisation-type-cs
Title: "Organisation type codes"
Description: "Types of organisation that refer clients to the work-ability support team or take part in the multi-agency network, from the seed 001 table of multi-agency collaboration and referral sources."
* insert CodeSystemMetadata
* #municipal-employment-services "Kunnan työllisyyspalvelut" "Employment services organised by the municipality."
* insert EnglishDesignation(#municipal-employment-services, Municipal employment services)
* #social-services "Työikäisten sosiaalipalvelut" "Social services for working-age adults of the wellbeing services county."
* insert EnglishDesignation(#social-services, Social services for working-age adults)
* #kela "Kela" "The Social Insurance Institution of Finland that provides rehabilitation and benefits."
* insert EnglishDesignation(#kela, Social Insurance Institution of Finland)
* #third-sector "Kolmas sektori" "Non-governmental organisations and associations."
* insert EnglishDesignation(#third-sector, Third sector)
* #other-service-provider "Muu palveluntuottaja" "A public or private service provider not covered by the other codes."
* insert EnglishDesignation(#other-service-provider, Other service provider)
* #te-office "TE-toimisto" "The state public employment and economic development office."
* insert EnglishDesignation(#te-office, Employment and Economic Development Office)
* #other-network "Muu verkosto" "Another network of the client such as relatives or peers."
* insert EnglishDesignation(#other-network, Other network)
* #mental-health-services "Mielenterveyspalvelut" "Mental health services of the wellbeing services county."
* insert EnglishDesignation(#mental-health-services, Mental health services)
* #criminal-sanctions-agency "Rikosseuraamuslaitos" "The Criminal Sanctions Agency that runs prisons and community sanctions."
* insert EnglishDesignation(#criminal-sanctions-agency, Criminal Sanctions Agency)
* #other-health-care "Muu terveydenhuolto" "Health care not covered by the other codes."
* insert EnglishDesignation(#other-health-care, Other health care)
* #primary-health-care "Perusterveydenhuolto" "Primary health care of the wellbeing services county including the health centre."
* insert EnglishDesignation(#primary-health-care, Primary health care)
* #specialist-care "Erikoissairaanhoito" "Specialist medical care in hospitals and outpatient clinics."
* insert EnglishDesignation(#specialist-care, Specialist medical care)
* #substance-abuse-services "Päihdepalvelut" "Services for people with alcohol or drug problems."
* insert EnglishDesignation(#substance-abuse-services, Substance abuse services)
* #occupational-health-care "Työterveyshuolto" "Occupational health care services arranged by an employer."
* insert EnglishDesignation(#occupational-health-care, Occupational health care)
* #educational-institution "Oppilaitos" "A school or other educational institution."
* insert EnglishDesignation(#educational-institution, Educational institution)
* #employer "Työnantaja" "An employer of the client or a potential employer."
* insert EnglishDesignation(#employer, Employer)
* #client-self "Asiakas itse" "The client contacted the service on their own initiative."
* insert EnglishDesignation(#client-self, Client self-referral)
