CodeSystem: EncounterTypeCS
Id: encounter-type-cs
Title: "Encounter type codes"
Description: "Types of contact counted in the work-ability support pilots such as coordinator visits, team physician visits and consultation contacts (seeds 001 and 002)."
* insert CodeSystemMetadata
* #unemployed-health-examination "Työttömän terveystarkastus" "The statutory health examination for an unemployed person in primary health care."
* insert EnglishDesignation(#unemployed-health-examination, Health examination for the unemployed)
* #coordinator-visit "Työkykykoordinaattorin vastaanottokäynti" "A visit of the client to the work-ability coordinator."
* insert EnglishDesignation(#coordinator-visit, Work-ability coordinator visit)
* #team-physician-visit "Työkyvyn tuen tiimin lääkärin vastaanottokäynti" "A visit of the client to the physician of the work-ability support team."
* insert EnglishDesignation(#team-physician-visit, Team physician visit)
* #team-meeting "Työkyvyn tuen tiimin tapaaminen" "A meeting of the client with the work-ability support team."
* insert EnglishDesignation(#team-meeting, Work-ability support team meeting)
* #network-meeting "Verkostopalaveri" "A meeting of the client with professionals of several organisations."
* insert EnglishDesignation(#network-meeting, Network meeting)
* #consultation-contact "Konsultaatioyhteydenotto" "A professional of another organisation consults the work-ability coordinator about a client."
* insert EnglishDesignation(#consultation-contact, Consultation contact)
* #follow-up-visit "Seurantakäynti" "A visit to follow up the client's situation and the agreed services."
* insert EnglishDesignation(#follow-up-visit, Follow-up visit)
