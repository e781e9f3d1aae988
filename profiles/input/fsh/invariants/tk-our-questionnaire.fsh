Invariant: tk-our-questionnaire
Description: "The response answers one of this package's questionnaires, so that it can be scored."
Severity: #error
Expression: "questionnaire.startsWith('https://tyokyky.fi/fhir/Questionnaire/')"
