Instance: Gad7Questionnaire
InstanceOf: Questionnaire
Usage: #definition
Title: "GAD-7 anxiety questionnaire"
Description: "Generalized Anxiety Disorder 7 (GAD-7): seven questions on anxiety symptoms over the last two weeks."
* id = "gad-7"
* insert QuestionnaireMetadata(gad-7)
* name = "Gad7Questionnaire"
* title = "GAD-7 anxiety questionnaire"
* language = #en
* description = "Generalized Anxiety Disorder 7 (GAD-7), used in the health examination for the unemployed to screen for anxiety. Each of the seven questions asks how often the problem has bothered the person over the last two weeks and is scored 0–3 (the ordinalValue of the chosen answer). The total score is the sum of the seven weights, 0–21, and is recorded as LOINC 70274-6 (profile Gad7Score)."
* copyright = "GAD-7 was developed by Drs. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues with an educational grant from Pfizer Inc.; no permission is required to reproduce, translate, display or distribute it. Codes from LOINC (https://loinc.org)."
* code = $LNC#69737-5 "Generalized anxiety disorder 7 item (GAD-7)"

* insert DisplayItem(gad7-intro, Over the last two weeks\, how often have you been bothered by each of the following problems?)
* insert CodedChoiceItem(gad7-1, $LNC#69725-0, Feeling nervous\, anxious or on edge, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(gad7-2, $LNC#68509-9, Not being able to stop or control worrying, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(gad7-3, $LNC#69733-4, Worrying too much about different things, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(gad7-4, $LNC#69734-2, Trouble relaxing, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(gad7-5, $LNC#69735-9, Being so restless that it is hard to sit still, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(gad7-6, $LNC#69689-8, Becoming easily annoyed or irritable, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert CodedChoiceItem(gad7-7, $LNC#69736-7, Feeling afraid as if something awful might happen, true)
* item[=] insert LastTwoWeeksFrequencyAnswers
* insert DisplayItem(gad7-total, Total score (LOINC 70274-6\): the sum of the seven answer weights\, 0–21. It is calculated from the answers\, not entered.)
