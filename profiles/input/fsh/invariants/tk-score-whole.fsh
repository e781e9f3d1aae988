Invariant: tk-score-whole
Description: "A questionnaire score is a whole number that is not negative."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this >= 0 and $this = $this.floor())"
