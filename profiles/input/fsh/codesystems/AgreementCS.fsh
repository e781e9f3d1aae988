CodeSystem: AgreementCS
Id: agreement-cs
Title: "Agreement codes"
Description: "Five-point Likert answer options of the client and stakeholder experience surveys of seed 001."
* insert CodeSystemMetadata
* #strongly-agree "Täysin samaa mieltä" "The respondent strongly agrees with the statement."
* insert EnglishDesignation(#strongly-agree, Strongly agree)
* #agree "Jokseenkin samaa mieltä" "The respondent somewhat agrees with the statement."
* insert EnglishDesignation(#agree, Agree)
* #neutral "Ei samaa eikä eri mieltä" "The respondent neither agrees nor disagrees with the statement."
* insert EnglishDesignation(#neutral, Neither agree nor disagree)
* #disagree "Jokseenkin eri mieltä" "The respondent somewhat disagrees with the statement."
* insert EnglishDesignation(#disagree, Disagree)
* #strongly-disagree "Täysin eri mieltä" "The respondent strongly disagrees with the statement."
* insert EnglishDesignation(#strongly-disagree, Strongly disagree)
