Instance: ServiceExperienceQuestionnaire
InstanceOf: Questionnaire
Usage: #definition
Title: "Service experience questionnaire (PREM)"
Description: "Patient-reported experience measure (PREM) of the work-ability support service: five questions in Finnish."
* id = "service-experience"
* insert QuestionnaireMetadata(service-experience)
* name = "ServiceExperienceQuestionnaire"
* title = "Service experience questionnaire (PREM)"
* language = #fi
* description = "Patient-reported experience measure (PREM) that the work-ability support pilots collected on paper (seed 001, n = 46–49): whether the client copes better after the visit or service, found the care or service useful, felt that decisions about them were made together with them, found the information understandable and knows how their care or service continues. Question 1 is answered on CopingChangeCS (much better … much worse), questions 2–5 on the five-point AgreementCS scale; every answer carries an ordinal weight from 5 (best) to 1 (worst). Each question is reported on its own (the share of answers in the two best categories), so there is no total score. The questions are optional so that a partly answered form still counts for the questions it answers. The question texts are this project's Finnish wording of the pilots' statements."

* insert ChoiceItem(prem-1, Miten koet pärjääväsi käynnin tai saamasi palvelun jälkeen verrattuna aikaan ennen sitä?, false)
* item[=] insert WeightedAnswer(CopingChangeCS#much-better "Paljon paremmin", 5)
* item[=] insert WeightedAnswer(CopingChangeCS#better "Paremmin", 4)
* item[=] insert WeightedAnswer(CopingChangeCS#same "Yhtä hyvin kuin ennen", 3)
* item[=] insert WeightedAnswer(CopingChangeCS#worse "Huonommin", 2)
* item[=] insert WeightedAnswer(CopingChangeCS#much-worse "Paljon huonommin", 1)
* insert DisplayItem(prem-agreement-intro, Kuinka samaa tai eri mieltä olet seuraavista väittämistä?)
* insert ChoiceItem(prem-2, Saamani hoito tai palvelu oli minulle hyödyllistä., false)
* item[=] insert AgreementAnswers
* insert ChoiceItem(prem-3, Minua koskevat päätökset tehtiin yhdessä kanssani., false)
* item[=] insert AgreementAnswers
* insert ChoiceItem(prem-4, Ymmärsin saamani tiedon hoidostani tai palvelustani., false)
* item[=] insert AgreementAnswers
* insert ChoiceItem(prem-5, Tiedän miten hoitoni tai palveluni jatkuu., false)
* item[=] insert AgreementAnswers
