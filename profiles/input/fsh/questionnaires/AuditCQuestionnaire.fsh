Instance: AuditCQuestionnaire
InstanceOf: Questionnaire
Usage: #definition
Title: "AUDIT-C alcohol consumption questionnaire"
Description: "Alcohol Use Disorders Identification Test – Consumption (AUDIT-C): the three consumption questions of AUDIT."
* id = "audit-c"
* insert QuestionnaireMetadata(audit-c)
* name = "AuditCQuestionnaire"
* title = "AUDIT-C alcohol consumption questionnaire"
* language = #en
* description = "Alcohol Use Disorders Identification Test – Consumption (AUDIT-C), the first three questions of the WHO AUDIT, used in the health examination for the unemployed to screen for risky drinking. Each question is scored 0–4 (the ordinalValue of the chosen answer); the total score is the sum, 0–12, recorded as LOINC 75626-2 (profile AuditCScore). In Finland one drink (alkoholiannos) is 12 g of pure alcohol, not the 10 g of the WHO original, so answers are given in Finnish drinks. When question 1 is answered Never, questions 2 and 3 are not asked (enableWhen) and count as 0, as in the Finnish guidance; whenever they are asked they are required. The library interprets the total with sex-specific thresholds rather than a single cut-off."
* copyright = "AUDIT was developed by the World Health Organization; AUDIT-C is its consumption subset. Codes from LOINC (https://loinc.org)."
* code = $LNC#72109-2 "Alcohol Use Disorder Identification Test - Consumption [AUDIT-C]"

* insert CodedChoiceItem(auditc-1, $LNC#68518-0, How often do you have a drink that contains alcohol?, true)
* item[=] insert WeightedAnswer($LNC#LA6270-8 "Never", 0)
* item[=] insert WeightedAnswer($LNC#LA18926-8 "Monthly or less", 1)
* item[=] insert WeightedAnswer($LNC#LA18927-6 "2-4 times a month", 2)
* item[=] insert WeightedAnswer($LNC#LA18928-4 "2-3 times a week", 3)
* item[=] insert WeightedAnswer($LNC#LA18929-2 "4 or more times a week", 4)
* insert CodedChoiceItem(auditc-2, $LNC#68519-8, On a typical day when you drink alcohol\, how many drinks do you have?, true)
* item[=] insert EnabledUnlessAnswered(auditc-1, $LNC#LA6270-8 "Never")
* item[=] insert WeightedAnswer($LNC#LA15694-5 "1 or 2", 0)
* item[=] insert WeightedAnswer($LNC#LA15695-2 "3 or 4", 1)
* item[=] insert WeightedAnswer($LNC#LA18930-0 "5 or 6", 2)
* item[=] insert WeightedAnswer($LNC#LA18931-8 "7 to 9", 3)
* item[=] insert WeightedAnswer($LNC#LA18932-6 "10 or more", 4)
* insert CodedChoiceItem(auditc-3, $LNC#68520-6, How often do you have six or more drinks on one occasion?, true)
* item[=] insert EnabledUnlessAnswered(auditc-1, $LNC#LA6270-8 "Never")
* item[=] insert WeightedAnswer($LNC#LA6270-8 "Never", 0)
* item[=] insert WeightedAnswer($LNC#LA18933-4 "Less than monthly", 1)
* item[=] insert WeightedAnswer($LNC#LA18876-5 "Monthly", 2)
* item[=] insert WeightedAnswer($LNC#LA18891-4 "Weekly", 3)
* item[=] insert WeightedAnswer($LNC#LA18934-2 "Daily or almost daily", 4)
* insert DisplayItem(auditc-total, Total score (LOINC 75626-2\): the sum of the three answer weights\, 0–12. One drink is a Finnish drink (annos\) of 12 g of alcohol. The total is calculated from the answers\, not entered.)
