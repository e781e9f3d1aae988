CodeSystem: ProfessionalRoleCS
Id: professional-role-cs
Title: "Professional role codes"
Description: "Roles of the professionals in the work-ability support team and the multi-agency network described in seeds 000 to 004."
* insert CodeSystemMetadata
* #physician "Lääkäri" "A licensed physician such as the team physician."
* insert EnglishDesignation(#physician, Physician)
* #nurse "Sairaanhoitaja" "A registered nurse."
* insert EnglishDesignation(#nurse, Nurse)
* #public-health-nurse "Terveydenhoitaja" "A public health nurse who often performs the health examinations for the unemployed."
* insert EnglishDesignation(#public-health-nurse, Public health nurse)
* #work-ability-coordinator "Työkykykoordinaattori" "A professional trained as a work-ability coordinator who coordinates the client's work-ability support."
* insert EnglishDesignation(#work-ability-coordinator, Work-ability coordinator)
* #social-worker "Sosiaalityöntekijä" "A qualified social worker."
* insert EnglishDesignation(#social-worker, Social worker)
* #social-counsellor "Sosiaaliohjaaja" "A social counsellor."
* insert EnglishDesignation(#social-counsellor, Social counsellor)
* #psychologist "Psykologi" "A licensed psychologist."
* insert EnglishDesignation(#psychologist, Psychologist)
* #physiotherapist "Fysioterapeutti" "A licensed physiotherapist."
* insert EnglishDesignation(#physiotherapist, Physiotherapist)
* #occupational-therapist "Toimintaterapeutti" "A licensed occupational therapist."
* insert EnglishDesignation(#occupational-therapist, Occupational therapist)
* #job-coach "Työhönvalmentaja" "A job coach in supported employment such as IPS or quality-criteria based job coaching."
* insert EnglishDesignation(#job-coach, Job coach)
* #employment-specialist "Työllisyysasiantuntija" "An expert of the municipal employment services or the employment office."
* insert EnglishDesignation(#employment-specialist, Employment specialist)
* #rehabilitation-counsellor "Kuntoutusohjaaja" "A rehabilitation counsellor."
* insert EnglishDesignation(#rehabilitation-counsellor, Rehabilitation counsellor)
* #other "Muu ammattilainen" "A professional role not covered by the other codes."
* insert EnglishDesignation(#other, Other professional)
