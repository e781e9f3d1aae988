Invariant: tk-auditc-band
Description: "The AUDIT-C risk level agrees with the total as far as the total decides it: 6 or more is at risk and 4 or less is low risk for either sex; 5 is at risk for women and low risk for men."
Severity: #error
Expression: "interpretation.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/score-band-cs').exists() implies ((value.ofType(Quantity).value >= 6 implies interpretation.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/score-band-cs').code = 'at-risk') and (value.ofType(Quantity).value <= 4 implies interpretation.coding.where(system = 'https://tyokyky.fi/fhir/CodeSystem/score-band-cs').code = 'low-risk'))"
