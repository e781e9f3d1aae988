CodeSystem: ParticipationAnswerCS
Id: participation-answer-cs
Title: "Participation indicator answer codes"
Description: "Five-point answer scale of the statements of the THL participation indicator (Osallisuusindikaattori) used as an outcome measure in seed 001."
* insert CodeSystemMetadata
* ^property[0].code = #order
* ^property[0].type = #integer
* ^property[0].description = "Position of the answer on the scale from 1 (strongly disagree) to 5 (strongly agree)."
* #1 "Täysin eri mieltä" "The respondent strongly disagrees with the statement. Scored 1."
* insert EnglishDesignation(#1, Strongly disagree)
* #1 ^property[0].code = #order
* #1 ^property[0].valueInteger = 1
* #2 "Jokseenkin eri mieltä" "The respondent somewhat disagrees with the statement. Scored 2."
* insert EnglishDesignation(#2, Somewhat disagree)
* #2 ^property[0].code = #order
* #2 ^property[0].valueInteger = 2
* #3 "Ei samaa eikä eri mieltä" "The respondent neither agrees nor disagrees with the statement. Scored 3."
* insert EnglishDesignation(#3, Neither agree nor disagree)
* #3 ^property[0].code = #order
* #3 ^property[0].valueInteger = 3
* #4 "Jokseenkin samaa mieltä" "The respondent somewhat agrees with the statement. Scored 4."
* insert EnglishDesignation(#4, Somewhat agree)
* #4 ^property[0].code = #order
* #4 ^property[0].valueInteger = 4
* #5 "Täysin samaa mieltä" "The respondent strongly agrees with the statement. Scored 5."
* insert EnglishDesignation(#5, Strongly agree)
* #5 ^property[0].code = #order
* #5 ^property[0].valueInteger = 5
