Instance: WorkAbilityScoreQuestionnaire
InstanceOf: Questionnaire
Usage: #definition
Title: "Work Ability Score questionnaire"
Description: "Work Ability Score (työkykypistemäärä): one question rating current work ability against the person's lifetime best, 0–10."
* id = "work-ability-score"
* insert QuestionnaireMetadata(work-ability-score)
* name = "WorkAbilityScoreQuestionnaire"
* title = "Work Ability Score questionnaire"
* language = #en
* description = "Work Ability Score (työkykypistemäärä, called työkykyaika in the pilots' outcome measures): the person rates their current work ability against their best work ability ever, on a scale from 0 (cannot work at all at present) to 10 (work ability at its lifetime best). The answer is recorded as the WorkAbilityScore Observation (TyokykyObservationCS#work-ability-score). The question text is in English; the Finnish wording is attached with the HL7 translation extension."

* insert IntegerItem(was, TyokykyObservationCS#work-ability-score "Työkykypistemäärä", Suppose your work ability at its lifetime best is worth 10 points. How many points would you give your current work ability? 0 means that you cannot work at all at present., true, 0, 10)
* item[=].text.extension[+].url = "http://hl7.org/fhir/StructureDefinition/translation"
* item[=].text.extension[=].extension[+].url = "lang"
* item[=].text.extension[=].extension[=].valueCode = #fi
* item[=].text.extension[=].extension[+].url = "content"
* item[=].text.extension[=].extension[=].valueString = "Oletetaan, että työkykysi parhaimmillaan olisi 10 pistettä. Montako pistettä antaisit nykyiselle työkyvyllesi? 0 tarkoittaa, ettet pysty tällä hetkellä tekemään työtä lainkaan."
