Invariant: tk-phq9-band
Description: "The PHQ-9 severity band agrees with the total: minimal 0–4, mild 5–9, moderate 10–14, moderately severe 15–19, severe 20–27."
Severity: #error
Expression: "interpretation.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/score-band-cs').exists() implies interpretation.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/score-band-cs').code = iif(value.ofType(Quantity).value < 5, 'minimal', iif(value.ofType(Quantity).value < 10, 'mild', iif(value.ofType(Quantity).value < 15, 'moderate', iif(value.ofType(Quantity).value < 20, 'moderately-severe', 'severe'))))"
