CodeSystem: ScoreBandCS
Id: score-band-cs
Title: "Score band codes"
Description: "Interpretation bands of questionnaire totals, recorded in Observation.interpretation of the score: PHQ-9 severity (0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe), GAD-7 severity (0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe) and AUDIT-C risk (at risk from 6 for men and from 5 for women, Käypä hoito). Which bands apply to which score is in the value set each score profile binds."
* insert CodeSystemMetadata
* #minimal "Ei oireita tai vähäiset oireet" "PHQ-9 or GAD-7 total 0–4: no or minimal symptoms."
* insert EnglishDesignation(#minimal, Minimal)
* #mild "Lievät oireet" "PHQ-9 or GAD-7 total 5–9: mild symptoms."
* insert EnglishDesignation(#mild, Mild)
* #moderate "Keskivaikeat oireet" "PHQ-9 or GAD-7 total 10–14: moderate symptoms."
* insert EnglishDesignation(#moderate, Moderate)
* #moderately-severe "Melko vaikeat oireet" "PHQ-9 total 15–19: moderately severe symptoms."
* insert EnglishDesignation(#moderately-severe, Moderately severe)
* #severe "Vaikeat oireet" "PHQ-9 total 20–27 or GAD-7 total 15–21: severe symptoms."
* insert EnglishDesignation(#severe, Severe)
* #low-risk "Ei riskikäyttöä" "AUDIT-C total below the risk threshold for the person's sex (6 for men, 5 for women)."
* insert EnglishDesignation(#low-risk, Low risk)
* #at-risk "Riskikäyttö" "AUDIT-C total at or above the risk threshold for the person's sex (6 for men, 5 for women): risky drinking."
* insert EnglishDesignation(#at-risk, At risk)
