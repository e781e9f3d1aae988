Instance: Phq9Questionnaire
InstanceOf: Questionnaire
Usage: #definition
Title: "PHQ-9 depression questionnaire"
Description: "Patient Health Questionnaire-9 (PHQ-9): nine questions on depressive symptoms over the last two weeks."
* id = "phq-9"
* insert QuestionnaireMetadata(phq-9)
* name = "Phq9Questionnaire"
* title = "PHQ-9 depression questionnaire"
* language = #en
* description = "Patient Health Questionnaire-9 (PHQ-9), used in the health examination for the unemployed to screen for depression. Each of the nine questions asks how often the problem has bothered the person over the last two weeks and is scored 0–3 (the ordinalValue of the chosen answer). The total score is the sum of the nine weights, 0–27, and is recorded as LOINC 44261-6 (profile Phq9Score)."
* copyright = "PHQ-9 was developed by Drs. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues with an educational grant from Pfizer Inc.; no permission is required to reproduce, translate, display or distribute it. Codes from LOINC (https://loinc.org)."
* code = $LNC#44249-1 "PHQ-9 quick depression assessment panel [Reported.PHQ]"

* insert DisplayItem(phq9-intro, Over the last two weeks\, how often have you been bothered by each of the following problems?)
* insert CodedChoiceItem(phq9-1, $LNC#44250-9, Little interest or pleasure in doing things, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(phq9-2, $LNC#44255-8, Feeling down\, depressed or hopeless, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(phq9-3, $LNC#44259-0, Trouble falling or staying asleep\, or sleeping too much, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(phq9-4, $LNC#44254-1, Feeling tired or having little energy, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(phq9-5, $LNC#44251-7, Poor appetite or overeating, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(phq9-6, $LNC#44258-2, Feeling bad about yourself – or that you are a failure or have let yourself or your family down, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(phq9-7, $LNC#44252-5, Trouble concentrating on things such as reading or watching television, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(phq9-8, $LNC#44253-3, Moving or speaking so slowly that other people could have noticed – or the opposite: being so fidgety or restless that you have been moving around a lot more than usual, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(phq9-9, $LNC#44260-8, Thoughts that you would be better off dead or of hurting yourself in some way, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert DisplayItem(phq9-total, Total score (LOINC 44261-6\): the sum of the nine answer weights\, 0–27. It is calculated from the answers\, not entered.)
