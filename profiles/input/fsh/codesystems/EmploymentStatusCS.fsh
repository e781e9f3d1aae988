CodeSystem: EmploymentStatusCS
Id: employment-status-cs
Title: "Employment status codes"
Description: "Employment situation of a client as recorded in the health examination for the unemployed and in the outcome follow-up of the Work Ability Programme pilots (seeds 001 and 004)."
* insert CodeSystemMetadata
* #unemployed-jobseeker "Työtön työnhakija" "Unemployed and registered as a job seeker with the public employment services."
* insert EnglishDesignation(#unemployed-jobseeker, Unemployed job seeker)
* #unemployed-not-registered "Työtön, ei työnhakijaksi ilmoittautunut" "Unemployed and not registered as a job seeker with the public employment services."
* insert EnglishDesignation(#unemployed-not-registered, Unemployed\, not registered as a job seeker)
* #laid-off "Lomautettu" "Temporarily laid off by the employer while the employment relationship continues."
* insert EnglishDesignation(#laid-off, Laid off)
* #employed-full-time "Kokoaikatyössä" "Working in full-time paid employment on the open labour market."
* insert EnglishDesignation(#employed-full-time, Employed full time)
* #employed-part-time "Osa-aikatyössä" "Working in part-time paid employment on the open labour market."
* insert EnglishDesignation(#employed-part-time, Employed part time)
* #subsidised-employment "Palkkatuetussa työssä" "Employed in a job supported by a wage subsidy (palkkatuki)."
* insert EnglishDesignation(#subsidised-employment, In subsidised employment)
* #self-employed "Yrittäjä" "Working as an entrepreneur or self-employed person."
* insert EnglishDesignation(#self-employed, Self-employed)
* #rehabilitative-work-activity "Kuntouttavassa työtoiminnassa" "Participating in rehabilitative work activity (kuntouttava työtoiminta) under the social welfare services."
* insert EnglishDesignation(#rehabilitative-work-activity, In rehabilitative work activity)
* #employment-service "Työllistymistä edistävässä palvelussa" "Participating in a service that promotes employment such as a work trial or labour market training."
* insert EnglishDesignation(#employment-service, In an employment-promoting service)
* #student "Opiskelija" "Studying full time in an educational institution."
* insert EnglishDesignation(#student, Student)
* #sickness-or-rehabilitation-benefit "Sairauspäivärahalla tai kuntoutustuella" "Receiving sickness allowance or a temporary rehabilitation benefit because of reduced work ability."
* insert EnglishDesignation(#sickness-or-rehabilitation-benefit, On sickness allowance or rehabilitation benefit)
* #disability-pension "Työkyvyttömyyseläkkeellä" "Receiving a full or partial disability pension."
* insert EnglishDesignation(#disability-pension, On disability pension)
* #outside-labour-force "Muu työvoiman ulkopuolella oleva" "Outside the labour force for a reason not covered by the other codes."
* insert EnglishDesignation(#outside-labour-force, Otherwise outside the labour force)
