Invariant: tk-phase-history-current
Description: "At most one phase of the service path history is open (has no end), and it is the current phase."
Severity: #error
Expression: "extension.where(url = 'https://tyokyky.fi/fhir/StructureDefinition/service-path-phase-history' and extension.where(url = 'period').value.end.empty()).exists() implies extension.where(url = 'https://tyokyky.fi/fhir/StructureDefinition/service-path-phase-history' and extension.where(url = 'period').value.end.empty()).extension.where(url = 'phase').value.code = extension.where(url = 'https://tyokyky.fi/fhir/StructureDefinition/service-path-phase').value.code"
