Extension: AgeAtExamination
Id: age-at-examination
Title: "Age at the examination"
Description: "The client's age in whole years on the date of the contact. Written by the pseudonymising export, which truncates the client's birth date to the year: the age is computed from the full birth date first, so that statistics by age (the client profile's mean age, the target group's age limits) stay exact. A source system need not record it."
* insert ConformanceMetadata
* ^context[+].type = #element
* ^context[=].expression = "Encounter"
* value[x] only Age
* valueAge 1..1
* valueAge.value 1..1
* valueAge.system 1..1
* valueAge.system = "http://unitsofmeasure.org" (exactly)
* valueAge.code 1..1
* valueAge.code = #a (exactly)
* obeys tk-age-in-years
