Invariant: tk-outcome-contract
Description: "Wage subsidy and interruption are recorded only for an employment contract."
Severity: #error
Expression: "component.where(code.coding.code = 'wage-subsidy' or code.coding.code = 'employment-interrupted').exists() implies value.ofType(CodeableConcept).coding.where(code = 'employment-contract').exists()"
