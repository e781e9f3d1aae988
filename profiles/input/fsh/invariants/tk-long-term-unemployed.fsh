Invariant: tk-long-term-unemployed
Description: "Long-term unemployment is stated exactly when the duration is 12 months or more."
Severity: #error
Expression: "component.where(code.coding.code = 'long-term-unemployed').value.ofType(boolean).all($this = (%resource.value.ofType(Quantity).value >= 12))"
