CodeSystem: WorkAbilityConclusionCS
Id: work-ability-conclusion-cs
Title: "Work-ability conclusion codes"
Description: "Conclusions of the work-ability assessment (työkyvyn arviointi) made in the health examination for the unemployed and by the work-ability support team (seeds 000 to 002)."
* insert CodeSystemMetadata
* #able-to-work "Työkykyinen" "The person is able to work without health-related restrictions."
* insert EnglishDesignation(#able-to-work, Able to work)
* #partially-able "Osatyökykyinen" "The person can work but health-related limitations reduce the kind or amount of work."
* insert EnglishDesignation(#partially-able, Partially able to work)
* #temporarily-unable "Tilapäisesti työkyvytön" "The person is unable to work for a limited time because of illness or treatment."
* insert EnglishDesignation(#temporarily-unable, Temporarily unable to work)
* #further-assessment-needed "Työkyky vaatii lisäselvitystä" "Work ability cannot be concluded without further examinations or a wider assessment."
* insert EnglishDesignation(#further-assessment-needed, Further assessment needed)
* #permanently-unable "Pysyvästi työkyvytön" "The person is considered permanently unable to work and a disability pension may be assessed."
* insert EnglishDesignation(#permanently-unable, Permanently unable to work)
