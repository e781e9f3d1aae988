Invariant: tk-sote-oid
Description: "An organisation identifier from the SOTE organisation register is an OID under 1.2.246.10, written as a URN: urn:oid:1.2.246.10.<n>(.<n>)*."
Severity: #error
Expression: "value.matches('^urn:oid:1[.]2[.]246[.]10([.][0-9]+)+$')"
