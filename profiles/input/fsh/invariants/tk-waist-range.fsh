Invariant: tk-waist-range
Description: "A waist circumference is more than 0 and at most 300 cm."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this > 0 and $this <= 300)"
