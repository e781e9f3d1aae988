Invariant: tk-consultation-origin
Description: "The organisation type of the contacting party is recorded only on a consultation contact."
Severity: #error
Expression: "extension('https://tyokyky.fi/fhir/StructureDefinition/contact-organisation-type').exists() implies type.coding.where(code = 'consultation-contact').exists()"
