CodeSystem: EligibilityCriterionCS
Id: eligibility-criterion-cs
Title: "Eligibility criterion codes"
Description: "The client criteria of the work-ability support team as listed in seed 001."
* insert CodeSystemMetadata
* #age-18-65 "18–65-vuotias" "The client is aged 18 to 65 years."
* insert EnglishDesignation(#age-18-65, Aged 18 to 65)
* #outside-occupational-student-health-care "Työterveyshuollon tai opiskelijaterveydenhuollon palveluiden ulkopuolella" "The client is not covered by occupational health care or student health care."
* insert EnglishDesignation(#outside-occupational-student-health-care, Outside occupational and student health care)
* #rehabilitation-employment-prospects "Arvioidaan olevan kuntoutumis- ja työllistymisedellytyksiä" "The client is assessed to have prospects for rehabilitation and employment."
* insert EnglishDesignation(#rehabilitation-employment-prospects, Prospects for rehabilitation and employment)
* #needs-multidisciplinary-assessment "Tarve monialaiseen työ- ja toimintakykyarvioon" "The client needs a multidisciplinary assessment of work and functional capacity."
* insert EnglishDesignation(#needs-multidisciplinary-assessment, Needs a multidisciplinary assessment)
* #long-term-challenge "Pitkäaikainen työkykyyn vaikuttava fyysinen, psyykinen, sosiaalinen tai kognitiivinen haaste" "The client has a long-term physical, mental, social or cognitive challenge that affects work ability."
* insert EnglishDesignation(#long-term-challenge, Long-term challenge affecting work ability)
* #earlier-services-no-solution "Ratkaisua työllistymisen edistämiseksi ei ole löytynyt aiemmista palveluista" "Earlier services have not found a solution that promotes the client's employment."
* insert EnglishDesignation(#earlier-services-no-solution, Earlier services found no solution)
* #no-acute-crisis "Ei kärsi akuutista päihde- tai mielenterveysongelmasta ja/tai vakavasta mielenterveysongelmasta" "The client has no acute substance abuse or mental health problem and no severe mental illness."
* insert EnglishDesignation(#no-acute-crisis, No acute substance abuse or mental health crisis)
* #no-ongoing-specialist-process "Ei ole käynnissä olevaa työkykyyn tai sen arviointiin vaikuttavaa prosessia erikoissairaanhoidossa" "The client has no ongoing process in specialist care that affects work ability or its assessment."
* insert EnglishDesignation(#no-ongoing-specialist-process, No ongoing specialist care process)
