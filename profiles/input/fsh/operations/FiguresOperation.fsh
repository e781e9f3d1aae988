Instance: figures
InstanceOf: OperationDefinition
Usage: #definition
Title: "The programme's figures, small cells suppressed"
* url = "https://tyokyky.fi/fhir/OperationDefinition/figures"
* version = "0.1.0"
* name = "Figures"
* title = "The programme's figures, small cells suppressed"
* status = #active
* kind = #operation
* experimental = false
* publisher = "Työkyky FHIR project"
* description = """
The programme's figures for a period, computed from the stored records: one summary MeasureReport
per figure (each against its Measure of this package, `https://tyokyky.fi/fhir/Measure/{figure}`),
in a Bundle of type collection. The records go through the same pseudonymisation, SQL-on-FHIR
views and SQL as a statistician's export, so the figures are those the statistician would compute
from it. A count below the server's threshold (5 unless configured) is never answered, nor any
figure from which it could be derived: such a cell has no value and a data-absent-reason extension
`masked`. The threshold is the server's; no parameter lowers it. The statistician may ask for all
organisations or one; a submitting system or reader of a health centre gets its own
organisation's figures only (another organisation is refused with 403). Calling the operation is
audited.
"""
* affectsState = false
* code = #figures
* system = true
* type = false
* instance = false
* parameter[+].name = #period-start
* parameter[=].use = #in
* parameter[=].min = 1
* parameter[=].max = "1"
* parameter[=].documentation = "The first day of the period (a date, YYYY-MM-DD)."
* parameter[=].type = #date
* parameter[+].name = #period-end
* parameter[=].use = #in
* parameter[=].min = 1
* parameter[=].max = "1"
* parameter[=].documentation = "The last day of the period, included (a date, YYYY-MM-DD)."
* parameter[=].type = #date
* parameter[+].name = #organisation
* parameter[=].use = #in
* parameter[=].min = 0
* parameter[=].max = "1"
* parameter[=].documentation = "The SOTE OID of one organisation (e.g. 1.2.246.10.99999991.10.0); all organisations when absent, for the statistician only. A health centre's caller may leave it out or name its own organisation."
* parameter[=].type = #string
* parameter[+].name = #return
* parameter[=].use = #out
* parameter[=].min = 1
* parameter[=].max = "1"
* parameter[=].documentation = "A Bundle of type collection: one summary MeasureReport per figure, in the order of the programme's list."
* parameter[=].type = #Bundle
