TEXTS = {
    "nav.section.finance": {"nl": "Financiën", "en": "Finance"},
    "nav.costs": {"nl": "Kosten", "en": "Costs"},
    "costs.title": {"nl": "Kosten {year}", "en": "Costs {year}"},
    "costs.intro": {
        "nl": "Wat de verhuiscoaches kosten volgens de samenwerkingsovereenkomst, wie welk deel "
        "draagt en wie wie betaalt. Bedragen zijn per kalenderjaar, met de afspraken die "
        "voor {year} gelden.",
        "en": "What the moving coaches cost under the agreement, who bears which part and who pays "
        "whom. Amounts are per calendar year, with the terms in force for {year}.",
    },
    "costs.assumption": {"nl": "⚠️ aanname", "en": "⚠️ assumption"},
    "costs.metric.programme": {"nl": "Programmakosten per jaar", "en": "Programme cost per year"},
    "costs.metric.per_fte": {"nl": "Kosten per fte per jaar", "en": "Cost per FTE per year"},
    "costs.metric.fte": {"nl": "Omvang (fte)", "en": "Size (FTE)"},
    "costs.metric.quarter": {"nl": "Programmakosten per kwartaal", "en": "Programme cost per quarter"},
    "costs.steps.title": {"nl": "Zo zijn de kosten opgebouwd", "en": "How the cost is built up"},
    "costs.col.step": {"nl": "Stap", "en": "Step"},
    "costs.col.calculation": {"nl": "Berekening", "en": "Calculation"},
    "costs.col.amount": {"nl": "Bedrag", "en": "Amount"},
    "costs.col.rests_on": {"nl": "Rust op aanname", "en": "Rests on assumption"},
    "costs.step.monthly_salary": {
        "nl": "Salarisbasis: eindniveau schaal H, bruto per maand",
        "en": "Salary basis: end level of scale H, gross per month",
    },
    "costs.step.annual_salary": {"nl": "Jaarsalaris", "en": "Annual salary"},
    "costs.step.with_allowances": {
        "nl": "Met vakantietoeslag en eindejaarsuitkering",
        "en": "With holiday allowance and year-end payment",
    },
    "costs.step.per_fte": {
        "nl": "Met werkgeverslasten: kosten per fte",
        "en": "With employer charges: cost per FTE",
    },
    "costs.step.fte": {
        "nl": "Omvang: uren per week / voltijdsweek",
        "en": "Size: weekly hours / full-time week",
    },
    "costs.step.programme": {"nl": "Programmakosten per jaar", "en": "Programme cost per year"},
    "costs.calc.monthly_salary": {
        "nl": "cao Woondiensten, jaar {year}",
        "en": "cao Woondiensten, year {year}",
    },
    "costs.calc.annual_salary": {"nl": "× 12 maanden", "en": "× 12 months"},
    "costs.calc.with_allowances": {
        "nl": "× (1 + {holiday} + {yearend})",
        "en": "× (1 + {holiday} + {yearend})",
    },
    "costs.calc.per_fte": {
        "nl": "× (1 + {charges} werkgeverslasten)",
        "en": "× (1 + {charges} employer charges)",
    },
    "costs.calc.fte": {"nl": "{hours} uur / {fulltime} uur", "en": "{hours} h / {fulltime} h"},
    "costs.calc.programme": {"nl": "kosten per fte × {fte} fte", "en": "cost per FTE × {fte} FTE"},
    "costs.fte_unit": {"nl": "{value} fte", "en": "{value} FTE"},
    "costs.why.salary_indicative": {
        "nl": "indicatieve salariswaarde (niet geverifieerd)",
        "en": "indicative salary value (not verified)",
    },
    "costs.why.indexation": {
        "nl": "salaris geïndexeerd met {pct} per jaar vanaf {base}",
        "en": "salary indexed by {pct} a year from {base}",
    },
    "costs.why.salary_other_year": {
        "nl": "salaris van {base} gebruikt voor een eerder jaar",
        "en": "salary of {base} used for an earlier year",
    },
    "costs.why.employer_charges": {
        "nl": "werkgeverslasten {pct} (algemene bandbreedte 20-35 %)",
        "en": "employer charges {pct} (generic range 20-35 %)",
    },
    "costs.assumptions.caption": {
        "nl": "⚠️ aanname: deze bedragen rusten op {what}. Een beheerder past de salaristabel aan "
        "onder Instellingen.",
        "en": "⚠️ assumption: these amounts rest on {what}. An administrator edits the salary table "
        "under Settings.",
    },
    "costs.steps.footnote": {"nl": "⚠️ aanname — {parts}.", "en": "⚠️ assumption — {parts}."},
    "costs.steps.part": {"nl": "stap {steps}: {what}", "en": "steps {steps}: {what}"},
    "costs.steps.and": {"nl": "en", "en": "and"},
    "costs.results.assumption": {
        "nl": "⚠️ aanname: de programmakosten rusten op de aannames hierboven.",
        "en": "⚠️ assumption: the programme cost rests on the assumptions above.",
    },
    "costs.shares.title": {"nl": "Aandeel per partner", "en": "Share per partner"},
    "costs.shares.caption": {
        "nl": "Gemeenten dragen {mun} van de programmakosten, corporaties {corp}; binnen elke groep "
        "volgens de verdeelsleutel. Alle bedragen {assumption}.",
        "en": "Municipalities bear {mun} of the programme cost, corporations {corp}; within each "
        "group by the cost key. All amounts {assumption}.",
    },
    "costs.col.partner": {"nl": "Partner", "en": "Partner"},
    "costs.col.group": {"nl": "Groep", "en": "Group"},
    "costs.col.key": {"nl": "Verdeelsleutel", "en": "Cost key"},
    "costs.col.year": {"nl": "Aandeel per jaar", "en": "Share per year"},
    "costs.col.quarter": {"nl": "Aandeel per kwartaal", "en": "Share per quarter"},
    "costs.col.hours": {"nl": "Uren per week", "en": "Hours per week"},
    "costs.col.fte": {"nl": "fte", "en": "FTE"},
    "costs.col.employment": {"nl": "Loonkosten eigen coachuren", "en": "Employment cost own coach hours"},
    "costs.col.share": {"nl": "Eigen aandeel", "en": "Own share"},
    "costs.col.net": {"nl": "Te ontvangen (+) / te betalen (−)", "en": "To receive (+) / to pay (−)"},
    "costs.group.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "costs.group.corporation": {"nl": "Corporatie", "en": "Corporation"},
    "costs.chart.title": {"nl": "Aandeel per partner in {year}", "en": "Share per partner in {year}"},
    "costs.chart.amount": {"nl": "Aandeel per jaar (€)", "en": "Share per year (€)"},
    "costs.employment.title": {"nl": "Loonkosten per corporatie", "en": "Employment cost per corporation"},
    "costs.employment.caption": {
        "nl": "Elke corporatie heeft haar eigen coachuren in dienst en draagt daarvan de loonkosten. "
        "Het verschil met haar eigen aandeel krijgt zij van de andere partners (of betaalt zij "
        "bij, als het negatief is).",
        "en": "Each corporation employs its own coach hours and carries their cost. The difference "
        "with its own share it receives from the other partners (or pays, when negative).",
    },
    "costs.settlement.title": {"nl": "Verrekening: wie betaalt wie", "en": "Settlement: who pays whom"},
    "costs.settlement.caption": {
        "nl": "Rijen betalen, kolommen ontvangen. Elke betaler verdeelt zijn bedrag over de "
        "ontvangende corporaties naar rato van wat zij tegoed hebben. Een kwartaal is 13/52 "
        "van het jaar.",
        "en": "Rows pay, columns receive. Each payer splits its amount over the receiving "
        "corporations in proportion to what they are owed. A quarter is 13/52 of the year.",
    },
    "costs.settlement.year": {"nl": "Per jaar", "en": "Per year"},
    "costs.settlement.quarter": {"nl": "Per kwartaal", "en": "Per quarter"},
    "costs.settlement.payer": {"nl": "Betaler ↓ / ontvanger →", "en": "Payer ↓ / receiver →"},
    "costs.settlement.total": {"nl": "Totaal", "en": "Total"},
    "costs.settlement.empty": {"nl": "Er hoeft niets verrekend te worden.", "en": "Nothing needs settling."},
    "costs.results.title": {"nl": "Kosten per resultaat", "en": "Cost per result"},
    "costs.results.per_conversation": {
        "nl": "Kosten per uitvoerig gesprek",
        "en": "Cost per extensive conversation",
    },
    "costs.results.per_move": {"nl": "Kosten per verhuizing", "en": "Cost per move"},
    "costs.results.caption": {
        "nl": "Programmakosten over {period} ({cost}) gedeeld door de ingediende aantallen over "
        "dezelfde periode: {conversations} uitvoerige gesprekken en {moves} verhuizingen.",
        "en": "Programme cost over {period} ({cost}) divided by the reported counts over the same "
        "period: {conversations} extensive conversations and {moves} moves.",
    },
    "costs.results.period": {"nl": "K1–K{q} {year}", "en": "Q1–Q{q} {year}"},
    "costs.results.none": {
        "nl": "Voor {year} zijn nog geen rapportages ingediend.",
        "en": "No reports have been submitted for {year} yet.",
    },
    "costs.download": {"nl": "Download de kostentabellen (Excel)", "en": "Download the cost tables (Excel)"},
}
