Invariant: tk-phq9-range
Description: "The PHQ-9 total score is between 0 and 27."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this >= 0 and $this <= 27)"
