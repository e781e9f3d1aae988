// Rule sets shared by the Questionnaire instances of this folder only (kept here rather than in
// rulesets.fsh because nothing outside the questionnaires uses them).

// Metadata every Questionnaire of this package carries; the url is built from the id so the two
// cannot drift apart.
RuleSet: QuestionnaireMetadata(id)
* url = "https://tyokyky.fi/fhir/Questionnaire/{id}"
* version = "0.1.0"
* status = #active
* experimental = false
* subjectType = #Patient
* publisher = "Työkyky FHIR project"
* jurisdiction = urn:iso:std:iso:3166#FI "Finland"

// A question answered by choosing one coded option, the question itself identified by a code
// (e.g. its LOINC item code). Insert at the top level; the answers follow with
// `* item[=] insert WeightedAnswer(...)`. In the text escape commas as `\,` and closing
// parentheses as `\)`, and avoid " = " (SUSHI reads it as an assignment).
RuleSet: CodedChoiceItem(linkId, code, text, required)
* item[+].linkId = "{linkId}"
* item[=].code = {code}
* item[=].text = "{text}"
* item[=].type = #choice
* item[=].required = {required}

// The same for a question that has no code of its own (identified by linkId only).
RuleSet: ChoiceItem(linkId, text, required)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #choice
* item[=].required = {required}

// Asks the item only when `question` has an answer other than `coding` (e.g. the AUDIT-C questions
// that follow "Never"). A `required` item is then required only while it is asked, and an answer
// to it while it is not asked is an error. Insert with the item as path context:
// `* item[=] insert EnabledUnlessAnswered(linkId, system#code "display")`.
RuleSet: EnabledUnlessAnswered(question, coding)
* enableWhen[+].question = "{question}"
* enableWhen[=].operator = #!=
* enableWhen[=].answerCoding = {coding}

// A question answered with a whole number in [min, max], e.g. a 0–10 rating scale.
RuleSet: IntegerItem(linkId, code, text, required, min, max)
* item[+].linkId = "{linkId}"
* item[=].code = {code}
* item[=].text = "{text}"
* item[=].type = #integer
* item[=].required = {required}
* item[=].extension[+].url = $MINVALUE
* item[=].extension[=].valueInteger = {min}
* item[=].extension[+].url = $MAXVALUE
* item[=].extension[=].valueInteger = {max}

// A read-only note inside the form (e.g. how the total score is formed).
RuleSet: DisplayItem(linkId, text)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #display

// One answer option with its score weight. The weight sits on the Coding (ordinalValue allows
// the Coding context in R4), so a scorer reads it from the same place as the answer code.
// Insert with the item as path context: `* item[=] insert WeightedAnswer(system#code "display", 2)`.
RuleSet: WeightedAnswer(coding, weight)
* answerOption[+].valueCoding = {coding}
* answerOption[=].valueCoding.extension[+].url = $ORDINAL
* answerOption[=].valueCoding.extension[=].valueDecimal = {weight}

// The LOINC frequency answers of PHQ-9 and GAD-7 ("over the last two weeks"), weighted 0–3.
RuleSet: LastTwoWeeksFrequencyAnswers
* insert WeightedAnswer($LNC#LA6568-5 "Not at all", 0)
* insert WeightedAnswer($LNC#LA6569-3 "Several days", 1)
* insert WeightedAnswer($LNC#LA6570-1 "More than half the days", 2)
* insert WeightedAnswer($LNC#LA6571-9 "Nearly every day", 3)

// Five-point agreement answers of the service-experience questions, weighted 5 (best) to 1.
RuleSet: AgreementAnswers
* insert WeightedAnswer(AgreementCS#strongly-agree "Täysin samaa mieltä", 5)
* insert WeightedAnswer(AgreementCS#agree "Jokseenkin samaa mieltä", 4)
* insert WeightedAnswer(AgreementCS#neutral "Ei samaa eikä eri mieltä", 3)
* insert WeightedAnswer(AgreementCS#disagree "Jokseenkin eri mieltä", 2)
* insert WeightedAnswer(AgreementCS#strongly-disagree "Täysin eri mieltä", 1)

// Five-point answers of the THL participation indicator, codes "1".."5" weighted 1–5.
RuleSet: ParticipationAnswers
* insert WeightedAnswer(ParticipationAnswerCS#1 "Täysin eri mieltä", 1)
* insert WeightedAnswer(ParticipationAnswerCS#2 "Jokseenkin eri mieltä", 2)
* insert WeightedAnswer(ParticipationAnswerCS#3 "Ei samaa eikä eri mieltä", 3)
* insert WeightedAnswer(ParticipationAnswerCS#4 "Jokseenkin samaa mieltä", 4)
* insert WeightedAnswer(ParticipationAnswerCS#5 "Täysin samaa mieltä", 5)
