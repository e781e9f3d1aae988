CodeSystem: EmploymentOutcomeCS
Id: employment-outcome-cs
Title: "Employment outcome codes"
Description: "Outcomes of the work-ability and employment support, from the supported employment results of seed 004 and the employment situation measure of seed 001."
* insert CodeSystemMetadata
* #employment-contract "Työsopimus" "The client signed an employment contract."
* insert EnglishDesignation(#employment-contract, Employment contract)
* #work-trial "Työkokeilu" "The client started a work trial."
* insert EnglishDesignation(#work-trial, Work trial)
* #education "Koulutus" "The client started studies or training."
* insert EnglishDesignation(#education, Education)
* #rehabilitative-work-activity "Kuntouttava työtoiminta" "The client started rehabilitative work activity."
* insert EnglishDesignation(#rehabilitative-work-activity, Rehabilitative work activity)
* #rehabilitation "Kuntoutus" "The client started rehabilitation."
* insert EnglishDesignation(#rehabilitation, Rehabilitation)
* #entrepreneurship "Yrittäjyys" "The client started working as an entrepreneur."
* insert EnglishDesignation(#entrepreneurship, Entrepreneurship)
* #pension "Eläke" "The client was granted a pension."
* insert EnglishDesignation(#pension, Pension)
* #no-change "Ei muutosta" "The employment situation of the client did not change."
* insert EnglishDesignation(#no-change, No change)
* #other "Muu" "An outcome not covered by the other codes."
* insert EnglishDesignation(#other, Other)
