Invariant: tk-eligibility-criteria
Description: "Each eligibility criterion is assessed at most once."
Severity: #error
Expression: "component.code.coding.code.isDistinct()"
