// Figures of the national statistics computed by prem.sql (statistics module): Service experience (PREM).
// Each Measure is the canonical definition of one figure: id = the figure id.

Instance: PremCopingBetterMeasure
InstanceOf: Measure
Usage: #definition
Title: "Pärjää paremmin käynnin tai palvelun jälkeen"
Description: "Share of the respondents who cope better after the visit or service (question prem-1 of the service experience questionnaire; seed 001: n = 46–49)."
* insert FigureMeasure(prem-coping-better, PremCopingBetter)
* title = "Pärjää paremmin käynnin tai palvelun jälkeen"
* description = "Share of the respondents who cope better after the visit or service (question prem-1 of the service experience questionnaire; seed 001: n = 46–49)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "Distinct clients with a response to Questionnaire service-experience (status completed or amended) authored in the reporting period that answers prem-1; a client's latest such answer counts. Computed by prem.sql (statistics module)."
* group[0].population[0].criteria.expression = "QuestionnaireResponse.where(questionnaire.startsWith('https://tyokyky.fi/fhir/Questionnaire/service-experience') and item.where(linkId = 'prem-1' and answer.exists()).exists())"
* group[0].stratifier[+].code.text = "answer"
* group[0].stratifier[=].description = "positive: much-better or better (coping-change-cs); other: any other answer; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: PremFoundUsefulMeasure
InstanceOf: Measure
Usage: #definition
Title: "Hoito tai palvelu oli hyödyllistä"
Description: "Share of the respondents who found the care or service useful (question prem-2)."
* insert FigureMeasure(prem-found-useful, PremFoundUseful)
* title = "Hoito tai palvelu oli hyödyllistä"
* description = "Share of the respondents who found the care or service useful (question prem-2)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "As prem-coping-better, for question prem-2. Computed by prem.sql (statistics module)."
* group[0].population[0].criteria.expression = "QuestionnaireResponse.where(questionnaire.startsWith('https://tyokyky.fi/fhir/Questionnaire/service-experience') and item.where(linkId = 'prem-2' and answer.exists()).exists())"
* group[0].stratifier[+].code.text = "answer"
* group[0].stratifier[=].description = "positive: strongly-agree or agree (agreement-cs); other: any other answer; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: PremDecidedTogetherMeasure
InstanceOf: Measure
Usage: #definition
Title: "Päätökset tehtiin yhdessä"
Description: "Share of the respondents who felt that decisions about them were made together with them (question prem-3)."
* insert FigureMeasure(prem-decided-together, PremDecidedTogether)
* title = "Päätökset tehtiin yhdessä"
* description = "Share of the respondents who felt that decisions about them were made together with them (question prem-3)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "As prem-coping-better, for question prem-3. Computed by prem.sql (statistics module)."
* group[0].population[0].criteria.expression = "QuestionnaireResponse.where(questionnaire.startsWith('https://tyokyky.fi/fhir/Questionnaire/service-experience') and item.where(linkId = 'prem-3' and answer.exists()).exists())"
* group[0].stratifier[+].code.text = "answer"
* group[0].stratifier[=].description = "positive: strongly-agree or agree; other: any other answer; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: PremUnderstoodInformationMeasure
InstanceOf: Measure
Usage: #definition
Title: "Ymmärsi saamansa tiedon"
Description: "Share of the respondents who understood the information they were given (question prem-4)."
* insert FigureMeasure(prem-understood-information, PremUnderstoodInformation)
* title = "Ymmärsi saamansa tiedon"
* description = "Share of the respondents who understood the information they were given (question prem-4)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "As prem-coping-better, for question prem-4. Computed by prem.sql (statistics module)."
* group[0].population[0].criteria.expression = "QuestionnaireResponse.where(questionnaire.startsWith('https://tyokyky.fi/fhir/Questionnaire/service-experience') and item.where(linkId = 'prem-4' and answer.exists()).exists())"
* group[0].stratifier[+].code.text = "answer"
* group[0].stratifier[=].description = "positive: strongly-agree or agree; other: any other answer; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."

Instance: PremKnewContinuationMeasure
InstanceOf: Measure
Usage: #definition
Title: "Tietää miten hoito tai palvelu jatkuu"
Description: "Share of the respondents who know how their care or service continues (question prem-5)."
* insert FigureMeasure(prem-knew-continuation, PremKnewContinuation)
* title = "Tietää miten hoito tai palvelu jatkuu"
* description = "Share of the respondents who know how their care or service continues (question prem-5)."
* scoring = $MEASSCORING#cohort
* group[0].population[0].description = "As prem-coping-better, for question prem-5. Computed by prem.sql (statistics module)."
* group[0].population[0].criteria.expression = "QuestionnaireResponse.where(questionnaire.startsWith('https://tyokyky.fi/fhir/Questionnaire/service-experience') and item.where(linkId = 'prem-5' and answer.exists()).exists())"
* group[0].stratifier[+].code.text = "answer"
* group[0].stratifier[=].description = "positive: strongly-agree or agree; other: any other answer; a partition. Each stratum is given as a count and as its share of the population (4 decimals)."
