Invariant: tk-3x10d-range
Description: "Each 3X10D dimension is answered on a scale from 0 to 10, with each dimension given once."
Severity: #error
Expression: "component.value.ofType(Quantity).value.all($this >= 0 and $this <= 10) and component.code.coding.code.isDistinct()"
