Invariant: tk-registered-with
Description: "Only a registered job seeker has an employment service it is registered with."
Severity: #error
Expression: "(component.where(code.coding.code = 'employment-service').exists() or extension.where(url = 'https://tyokyky.fi/fhir/StructureDefinition/employment-service-organisation').exists()) implies value.ofType(boolean) = true"
