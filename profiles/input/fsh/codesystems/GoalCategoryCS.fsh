CodeSystem: GoalCategoryCS
Id: goal-category-cs
Title: "Goal category codes"
Description: "Categories of the goals set in phase 2 of the service path, derived from the client outcome aims of seed 001."
* insert CodeSystemMetadata
* #work-ability "Työkyky" "A goal that concerns the client's work ability."
* insert EnglishDesignation(#work-ability, Work ability)
* #employment "Työllistyminen" "A goal that concerns finding or keeping a job."
* insert EnglishDesignation(#employment, Employment)
* #education "Koulutus" "A goal that concerns studies or training."
* insert EnglishDesignation(#education, Education)
* #health "Terveys" "A goal that concerns the client's health or treatment."
* insert EnglishDesignation(#health, Health)
* #functioning "Toimintakyky" "A goal that concerns the client's functional capacity."
* insert EnglishDesignation(#functioning, Functioning)
* #social-participation "Sosiaalinen osallisuus" "A goal that concerns the client's social inclusion and participation."
* insert EnglishDesignation(#social-participation, Social participation)
* #rehabilitation "Kuntoutuminen" "A goal that concerns rehabilitation."
* insert EnglishDesignation(#rehabilitation, Rehabilitation)
* #livelihood "Toimeentulo" "A goal that concerns the client's income and financial situation."
* insert EnglishDesignation(#livelihood, Livelihood)
