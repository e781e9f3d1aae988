Invariant: tk-gad7-band
Description: "The GAD-7 severity band agrees with the total: minimal 0–4, mild 5–9, moderate 10–14, severe 15–21."
Severity: #error
Expression: "interpretation.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/score-band-cs').exists() implies interpretation.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/score-band-cs').code = iif(value.ofType(Quantity).value < 5, 'minimal', iif(value.ofType(Quantity).value < 10, 'mild', iif(value.ofType(Quantity).value < 15, 'moderate', 'severe')))"
