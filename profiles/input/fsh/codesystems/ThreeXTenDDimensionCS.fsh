CodeSystem: ThreeXTenDDimensionCS
Id: three-x-ten-d-dimension-cs
Title: "3X10D dimension codes"
Description: "The ten dimensions of the 3X10D quality-of-life measure used as an outcome measure in seed 001, identified by number because the item wording belongs to the instrument."
* insert CodeSystemMetadata
* #dimension-1 "Ulottuvuus 1" "Dimension 1 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-1, Dimension 1)
* #dimension-2 "Ulottuvuus 2" "Dimension 2 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-2, Dimension 2)
* #dimension-3 "Ulottuvuus 3" "Dimension 3 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-3, Dimension 3)
* #dimension-4 "Ulottuvuus 4" "Dimension 4 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-4, Dimension 4)
* #dimension-5 "Ulottuvuus 5" "Dimension 5 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-5, Dimension 5)
* #dimension-6 "Ulottuvuus 6" "Dimension 6 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-6, Dimension 6)
* #dimension-7 "Ulottuvuus 7" "Dimension 7 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-7, Dimension 7)
* #dimension-8 "Ulottuvuus 8" "Dimension 8 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-8, Dimension 8)
* #dimension-9 "Ulottuvuus 9" "Dimension 9 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-9, Dimension 9)
* #dimension-10 "Ulottuvuus 10" "Dimension 10 of the 3X10D quality-of-life measure; the wording is that of the instrument and is given by reference."
* insert EnglishDesignation(#dimension-10, Dimension 10)
