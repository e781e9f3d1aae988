Instance: ParticipationIndicatorQuestionnaire
InstanceOf: Questionnaire
Usage: #definition
Title: "Participation indicator questionnaire (THL Osallisuusindikaattori)"
Description: "Structure of THL's participation indicator (Osallisuusindikaattori): eight statements answered on a five-point scale."
* id = "participation-indicator"
* insert QuestionnaireMetadata(participation-indicator)
* name = "ParticipationIndicatorQuestionnaire"
* title = "Participation indicator questionnaire (THL Osallisuusindikaattori)"
* language = #fi
* description = "Structure of the participation indicator (Osallisuusindikaattori) of the Finnish Institute for Health and Welfare (THL), one of the pilots' outcome measures at baseline and at about six months. The eight statements are not reproduced here: each item refers to THL's wording by its number, and a form that shows them to a client takes the texts from THL. Every statement is answered on ParticipationAnswerCS, codes 1 (täysin eri mieltä) to 5 (täysin samaa mieltä), with ordinal weights 1–5, so the item sum is 8–40. This project's documented rescaling turns the sum into a score of 0–100: score = (sum − 8) / 32 × 100, recorded as the ParticipationIndicatorScore Observation (TyokykyObservationCS#participation-indicator). The rescaling is the project's own convention; check it against THL's scoring guidance before comparing scores with THL's published figures."
* copyright = "The statements of the participation indicator are THL's; only the structure is defined here."

* insert ChoiceItem(pi-1, Väittämä 1 (sanamuoto: THL:n osallisuusindikaattori\), true)
* item[=] insert ParticipationAnswers
* insert ChoiceItem(pi-2, Väittämä 2 (sanamuoto: THL:n osallisuusindikaattori\), true)
* item[=] insert ParticipationAnswers
* insert ChoiceItem(pi-3, Väittämä 3 (sanamuoto: THL:n osallisuusindikaattori\), true)
* item[=] insert ParticipationAnswers
* insert ChoiceItem(pi-4, Väittämä 4 (sanamuoto: THL:n osallisuusindikaattori\), true)
* item[=] insert ParticipationAnswers
* insert ChoiceItem(pi-5, Väittämä 5 (sanamuoto: THL:n osallisuusindikaattori\), true)
* item[=] insert ParticipationAnswers
* insert ChoiceItem(pi-6, Väittämä 6 (sanamuoto: THL:n osallisuusindikaattori\), true)
* item[=] insert ParticipationAnswers
* insert ChoiceItem(pi-7, Väittämä 7 (sanamuoto: THL:n osallisuusindikaattori\), true)
* item[=] insert ParticipationAnswers
* insert ChoiceItem(pi-8, Väittämä 8 (sanamuoto: THL:n osallisuusindikaattori\), true)
* item[=] insert ParticipationAnswers
