Invariant: tk-gad7-range
Description: "The GAD-7 total score is between 0 and 21."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this >= 0 and $this <= 21)"
