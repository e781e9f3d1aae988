Invariant: tk-hetu-gender
Description: "An administrative gender of male or female agrees with the sex the henkilötunnus encodes (odd individual number male, even female). A warning, not an error: administrative gender may legitimately differ from the sex in the code."
Severity: #warning
Expression: "(gender.exists() and (gender = 'male' or gender = 'female') and identifier.where(system = 'urn:oid:1.2.246.21' and value.matches('^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$')).value.first().exists()) implies gender = iif(identifier.where(system = 'urn:oid:1.2.246.21' and value.matches('^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$')).value.first().substring(7, 3).toInteger() mod 2 = 1, 'male', 'female')"
