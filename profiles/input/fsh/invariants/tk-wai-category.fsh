Invariant: tk-wai-category
Description: "The Work Ability Index category agrees with the index: poor 7–27, moderate 28–36, good 37–43, excellent 44–49."
Severity: #error
Expression: "component.where(code.coding.code = 'wai-category').value.ofType(CodeableConcept).coding.code.all($this = iif(%resource.value.ofType(Quantity).value <= 27, 'poor', iif(%resource.value.ofType(Quantity).value <= 36, 'moderate', iif(%resource.value.ofType(Quantity).value <= 43, 'good', 'excellent'))))"
