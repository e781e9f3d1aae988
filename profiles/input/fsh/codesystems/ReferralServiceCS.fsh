CodeSystem: ReferralServiceCS
Id: referral-service-cs
Title: "Referral service codes"
Description: "Services to which the work-ability support team refers clients onward in phase 5 of the service path, from seeds 000 to 004."
* insert CodeSystemMetadata
* #kela-vocational-rehabilitation "Kelan ammatillinen kuntoutus" "Vocational rehabilitation provided by the Social Insurance Institution of Finland."
* insert EnglishDesignation(#kela-vocational-rehabilitation, Kela vocational rehabilitation)
* #kela-medical-rehabilitation "Kelan lääkinnällinen kuntoutus" "Medical rehabilitation provided by the Social Insurance Institution of Finland."
* insert EnglishDesignation(#kela-medical-rehabilitation, Kela medical rehabilitation)
* #kela-rehabilitation-psychotherapy "Kelan kuntoutuspsykoterapia" "Rehabilitation psychotherapy reimbursed by the Social Insurance Institution of Finland."
* insert EnglishDesignation(#kela-rehabilitation-psychotherapy, Kela rehabilitation psychotherapy)
* #ips-supported-employment "IPS-työhönvalmennus" "Individual Placement and Support job coaching for people with mental health problems."
* insert EnglishDesignation(#ips-supported-employment, IPS supported employment)
* #quality-supported-employment "Laatukriteereihin perustuva tuetun työllistymisen työhönvalmennus" "Job coaching of supported employment that follows national quality criteria."
* insert EnglishDesignation(#quality-supported-employment, Quality-criteria based supported employment)
* #rehabilitative-work-activity "Kuntouttava työtoiminta" "Rehabilitative work activity organised by the social welfare services."
* insert EnglishDesignation(#rehabilitative-work-activity, Rehabilitative work activity)
* #mental-health-services "Mielenterveyspalvelut" "Assessment or treatment in mental health services."
* insert EnglishDesignation(#mental-health-services, Mental health services)
* #substance-abuse-services "Päihdepalvelut" "Assessment or treatment in substance abuse services."
* insert EnglishDesignation(#substance-abuse-services, Substance abuse services)
* #specialist-care "Erikoissairaanhoito" "Examination or treatment in specialist medical care."
* insert EnglishDesignation(#specialist-care, Specialist medical care)
* #social-work "Sosiaalityö" "Social work for working-age adults."
* insert EnglishDesignation(#social-work, Social work)
* #work-trial "Työkokeilu" "A work trial at a workplace to test suitability for a job or field."
* insert EnglishDesignation(#work-trial, Work trial)
* #training "Koulutus" "Labour market training or other education."
* insert EnglishDesignation(#training, Training or education)
* #extended-work-ability-assessment "Laaja-alainen työkyvyn arviointi" "A multi-professional assessment of work and functional capacity."
* insert EnglishDesignation(#extended-work-ability-assessment, Extended work-ability assessment)
* #medical-statement "Lääkärinlausunto" "A medical statement for benefits or rehabilitation such as a B statement."
* insert EnglishDesignation(#medical-statement, Medical statement)
* #pension-assessment "Eläkeselvittely" "Assessment of entitlement to a disability pension."
* insert EnglishDesignation(#pension-assessment, Disability pension assessment)
* #employment-services "Työllisyyspalvelut" "Services of the municipal employment services or the employment office."
* insert EnglishDesignation(#employment-services, Employment services)
* #debt-counselling "Talous- ja velkaneuvonta" "Financial and debt counselling."
* insert EnglishDesignation(#debt-counselling, Financial and debt counselling)
* #physiotherapy "Fysioterapia" "Assessment or therapy by a physiotherapist, e.g. for musculoskeletal problems that limit work ability."
* insert EnglishDesignation(#physiotherapy, Physiotherapy)
* #job-coaching "Työhönvalmennus" "Job coaching that is neither IPS nor quality-criteria based supported employment, e.g. by the employment services."
* insert EnglishDesignation(#job-coaching, Job coaching)
* #other "Muu palvelu" "A service not covered by the other codes."
* insert EnglishDesignation(#other, Other service)
