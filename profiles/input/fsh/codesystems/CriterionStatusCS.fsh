CodeSystem: CriterionStatusCS
Id: criterion-status-cs
Title: "Criterion status codes"
Description: "Whether a client criterion of the work-ability support team (seed 001) is met."
* insert CodeSystemMetadata
* #met "Täyttyy" "The criterion is met."
* insert EnglishDesignation(#met, Met)
* #not-met "Ei täyty" "The criterion is not met."
* insert EnglishDesignation(#not-met, Not met)
* #unknown "Ei tiedossa" "It is not known whether the criterion is met."
* insert EnglishDesignation(#unknown, Unknown)
