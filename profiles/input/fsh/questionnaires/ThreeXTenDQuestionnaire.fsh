Instance: ThreeXTenDQuestionnaire
InstanceOf: Questionnaire
Usage: #definition
Title: "3X10D quality-of-life questionnaire"
Description: "Structure of the 3X10D quality-of-life measure: ten dimensions, each rated 0–10."
* id = "three-x-ten-d"
* insert QuestionnaireMetadata(three-x-ten-d)
* name = "ThreeXTenDQuestionnaire"
* title = "3X10D quality-of-life questionnaire"
* language = #fi
* description = "Structure of the 3X10D quality-of-life measure (3X10D-elämänlaatumittari), one of the pilots' outcome measures at baseline and at about six months. The ten dimension statements are not reproduced here: each item refers to the 3X10D wording by its dimension number (ThreeXTenDDimensionCS), and a form that shows them to a client takes the texts from the instrument itself. Each dimension is rated as a whole number from 0 to 10. The measure is a profile of ten values recorded in the ThreeXTenD Observation; no total score is formed. The dimensions are optional so that a partly answered form still counts for the dimensions it answers."
* copyright = "The dimension statements of 3X10D belong to its authors; only the structure is defined here."

* insert IntegerItem(d1, ThreeXTenDDimensionCS#dimension-1 "Ulottuvuus 1", Ulottuvuus 1 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d2, ThreeXTenDDimensionCS#dimension-2 "Ulottuvuus 2", Ulottuvuus 2 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d3, ThreeXTenDDimensionCS#dimension-3 "Ulottuvuus 3", Ulottuvuus 3 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d4, ThreeXTenDDimensionCS#dimension-4 "Ulottuvuus 4", Ulottuvuus 4 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d5, ThreeXTenDDimensionCS#dimension-5 "Ulottuvuus 5", Ulottuvuus 5 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d6, ThreeXTenDDimensionCS#dimension-6 "Ulottuvuus 6", Ulottuvuus 6 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d7, ThreeXTenDDimensionCS#dimension-7 "Ulottuvuus 7", Ulottuvuus 7 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d8, ThreeXTenDDimensionCS#dimension-8 "Ulottuvuus 8", Ulottuvuus 8 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d9, ThreeXTenDDimensionCS#dimension-9 "Ulottuvuus 9", Ulottuvuus 9 (sanamuoto: 3X10D-mittari\), false, 0, 10)
* insert IntegerItem(d10, ThreeXTenDDimensionCS#dimension-10 "Ulottuvuus 10", Ulottuvuus 10 (sanamuoto: 3X10D-mittari\), false, 0, 10)
