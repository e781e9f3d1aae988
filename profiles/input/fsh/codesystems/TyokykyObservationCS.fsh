CodeSystem: TyokykyObservationCS
Id: tyokyky-observation-cs
Title: "Work-ability observation codes"
Description: "Observation codes of this package for the work-ability data items of the Work Ability Programme pilots (seeds 000 to 004) that have no LOINC code."
* insert CodeSystemMetadata
* #work-ability-score "Työkykypistemäärä" "Self-rated current work ability compared with lifetime best on a scale from 0 to 10 (työkykyaika)."
* insert EnglishDesignation(#work-ability-score, Work Ability Score)
* #work-ability-index "Työkykyindeksi" "Total score of the Work Ability Index questionnaire from 7 to 49."
* insert EnglishDesignation(#work-ability-index, Work Ability Index)
* #wai-category "Työkykyindeksin luokka" "Category of the Work Ability Index total score: poor, moderate, good or excellent."
* insert EnglishDesignation(#wai-category, Work Ability Index category)
* #participation-indicator "Osallisuusindikaattori" "Total score of the THL participation indicator (Osallisuusindikaattori) questionnaire."
* insert EnglishDesignation(#participation-indicator, Participation indicator score)
* #three-x-ten-d "3X10D-elämänlaatumittari" "Result of the 3X10D quality-of-life measure across its ten dimensions."
* insert EnglishDesignation(#three-x-ten-d, 3X10D quality-of-life profile)
* #unemployment-duration "Työttömyyden kesto" "Length of the current period of unemployment."
* insert EnglishDesignation(#unemployment-duration, Duration of unemployment)
* #long-term-unemployed "Pitkäaikaistyöttömyys" "Whether the person has been unemployed for at least 12 months without interruption."
* insert EnglishDesignation(#long-term-unemployed, Long-term unemployment)
* #registered-job-seeker "Rekisteröitynyt työnhakija" "Whether the person is registered as a job seeker with the public employment services."
* insert EnglishDesignation(#registered-job-seeker, Registered job seeker)
* #employment-service "Työllisyyspalvelu, jossa asiakas on työnhakijana" "The kind of public employment service the job seeker is registered with (TE office or municipal employment services)."
* insert EnglishDesignation(#employment-service, Employment service registered with)
* #health-care-coverage "Työterveys- tai opiskeluterveydenhuollon piiri" "Whether the person is covered by occupational health care or student health care."
* insert EnglishDesignation(#health-care-coverage, Occupational or student health care coverage)
* #work-ability-assessment "Työkyvyn arvio" "Professional conclusion on the person's work ability."
* insert EnglishDesignation(#work-ability-assessment, Work-ability assessment)
* #work-ability-limitation "Työkykyä rajoittava tekijä" "A health-related or other factor that limits the person's work ability."
* insert EnglishDesignation(#work-ability-limitation, Limitation of work ability)
* #recommendation "Suositus" "Recommendation given by the professional as part of the work-ability assessment."
* insert EnglishDesignation(#recommendation, Recommendation)
* #employment-outcome "Työllistymisen tulos" "Result of the support for employment such as an employment contract or a work trial."
* insert EnglishDesignation(#employment-outcome, Employment outcome)
* #wage-subsidy "Palkkatuki" "Whether the employment is supported by a wage subsidy (palkkatuki)."
* insert EnglishDesignation(#wage-subsidy, Wage subsidy)
* #employment-interrupted "Työsuhde keskeytyi" "Whether the employment that started during the support was interrupted."
* insert EnglishDesignation(#employment-interrupted, Employment interrupted)
* #team-eligibility "Työkyvyn tuen tiimin asiakaskriteerit" "Assessment of the client criteria of the work-ability support team (seed 001)."
* insert EnglishDesignation(#team-eligibility, Work-ability support team eligibility)
