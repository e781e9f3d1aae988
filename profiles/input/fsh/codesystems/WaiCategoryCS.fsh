CodeSystem: WaiCategoryCS
Id: wai-category-cs
Title: "Work Ability Index category codes"
Description: "Categories of the Work Ability Index (työkykyindeksi) total score from 7 to 49 as used in Finnish occupational health practice."
* insert CodeSystemMetadata
* ^property[0].code = #order
* ^property[0].type = #integer
* ^property[0].description = "Position of the category from the lowest (1) to the highest (4) score range."
* #poor "Huono" "Work Ability Index total score from 7 to 27."
* insert EnglishDesignation(#poor, Poor)
* #poor ^property[0].code = #order
* #poor ^property[0].valueInteger = 1
* #moderate "Kohtalainen" "Work Ability Index total score from 28 to 36."
* insert EnglishDesignation(#moderate, Moderate)
* #moderate ^property[0].code = #order
* #moderate ^property[0].valueInteger = 2
* #good "Hyvä" "Work Ability Index total score from 37 to 43."
* insert EnglishDesignation(#good, Good)
* #good ^property[0].code = #order
* #good ^property[0].valueInteger = 3
* #excellent "Erinomainen" "Work Ability Index total score from 44 to 49."
* insert EnglishDesignation(#excellent, Excellent)
* #excellent ^property[0].code = #order
* #excellent ^property[0].valueInteger = 4
