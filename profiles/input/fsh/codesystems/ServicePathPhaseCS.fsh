CodeSystem: ServicePathPhaseCS
Id: service-path-phase-cs
Title: "Service path phase codes"
Description: "The six phases of the client's service path in the operating model of the work-ability support team as listed in seed 001."
* insert CodeSystemMetadata
* ^property[0].code = #order
* ^property[0].type = #integer
* ^property[0].description = "Number of the phase in the service path from 1 to 6."
* #need-identified "Palvelutarpeen tunnistaminen ja asiakkaan ohjautuminen työkyvyn tuen tiimin palveluun" "Phase 1: the service need is identified and the client is referred to the work-ability support team."
* insert EnglishDesignation(#need-identified, Identifying the need and referral to the work-ability support team)
* #need-identified ^property[0].code = #order
* #need-identified ^property[0].valueInteger = 1
* #goals-set "Työkyvyn tarpeen selvittäminen ja tavoitteiden asettaminen" "Phase 2: the work-ability need is clarified and goals are set together with the client."
* insert EnglishDesignation(#goals-set, Clarifying the work-ability need and setting goals)
* #goals-set ^property[0].code = #order
* #goals-set ^property[0].valueInteger = 2
* #services-planned "Palveluiden toiminnan suunnittelu sekä yhteistyön koordinointi" "Phase 3: the services are planned and the multi-agency collaboration is coordinated."
* insert EnglishDesignation(#services-planned, Planning services and coordinating collaboration)
* #services-planned ^property[0].code = #order
* #services-planned ^property[0].valueInteger = 3
* #support-in-progress "Työkykyä tukevat keinot ja menetelmät" "Phase 4: means and methods that support work ability are in use."
* insert EnglishDesignation(#support-in-progress, Means and methods that support work ability)
* #support-in-progress ^property[0].code = #order
* #support-in-progress ^property[0].valueInteger = 4
* #onward-referral-follow-up "Jatko-ohjaus palveluihin. Palveluiden toteutus ja seuranta" "Phase 5: the client is referred onward to services whose implementation is followed up."
* insert EnglishDesignation(#onward-referral-follow-up, Onward referral to services with implementation and follow-up)
* #onward-referral-follow-up ^property[0].code = #order
* #onward-referral-follow-up ^property[0].valueInteger = 5
* #goal-achieved "Tavoitteen saavuttaminen" "Phase 6: the goal is achieved and the service path ends."
* insert EnglishDesignation(#goal-achieved, Goal achieved)
* #goal-achieved ^property[0].code = #order
* #goal-achieved ^property[0].valueInteger = 6
