Invariant: tk-was-range
Description: "The Work Ability Score is between 0 and 10."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this >= 0 and $this <= 10)"
