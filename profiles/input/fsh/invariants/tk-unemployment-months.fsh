Invariant: tk-unemployment-months
Description: "The duration of unemployment is not negative."
Severity: #error
Expression: "value.ofType(Quantity).value.all($this >= 0)"
