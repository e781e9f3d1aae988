Invariant: tk-hetu
Description: "A henkilötunnus is DDMMYYCZZZQ: a day and month, a century sign (+ for the 1800s; - Y X W V U for the 1900s; A B C D E F for the 2000s, the signs of the 2023 reform included), an individual number 002–999 and the mod-31 check character of DDMMYYZZZ."
Severity: #error
Expression: "value.matches('^(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}[-+A-FU-Y](00[2-9]|0[1-9][0-9]|[1-9][0-9]{2})[0-9A-FHJ-NPR-Y]$') and '0123456789ABCDEFHJKLMNPRSTUVWXY'.substring((value.substring(0, 6) + value.substring(7, 3)).toInteger() mod 31, 1) = value.substring(10, 1)"
