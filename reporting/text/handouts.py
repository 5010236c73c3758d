"""Texts of the meeting handouts (deck, PDF, workbook), their download buttons and the PNG
download next to each chart."""

TEXTS = {
    "download.png": {"nl": "Download de grafiek (PNG)", "en": "Download the chart (PNG)"},
    "handouts.title": {
        "nl": "Doorstroommonitor Noord-Veluwe: stuurgroep",
        "en": "Housing mobility monitor Noord-Veluwe: steering group",
    },
    "handouts.period.full": {"nl": "Stand over {year}: K1 t/m K4", "en": "Position over {year}: Q1 to Q4"},
    "handouts.period.partial": {
        "nl": "Stand over {year}: K1 t/m K{q} (afgesloten kwartalen)",
        "en": "Position over {year}: Q1 to Q{q} (completed quarters)",
    },
    "handouts.period.none": {
        "nl": "Stand over {year}: nog geen afgesloten kwartaal",
        "en": "Position over {year}: no completed quarter yet",
    },
    "handouts.made_on": {"nl": "Gemaakt op {day}", "en": "Made on {day}"},
    "handouts.footer": {
        "nl": "Doorstroommonitor Noord-Veluwe · {year} · gemaakt op {day}",
        "en": "Housing mobility monitor Noord-Veluwe · {year} · made on {day}",
    },
    "handouts.page": {"nl": "Pagina {n} van {total}", "en": "Page {n} of {total}"},
    "handouts.demo": {
        "nl": "Demodata: voorbeeldrapportages, niet van de corporaties",
        "en": "Demo data: sample reports, not from the corporations",
    },
    "handouts.topic.assumptions": {
        "nl": "Aannames achter de kostencijfers",
        "en": "Assumptions behind the cost figures",
    },
    "handouts.kpi.line": {"nl": "{label}: {value} ({status})", "en": "{label}: {value} ({status})"},
    "handouts.progress.line": {
        "nl": "{measure} t/m {quarter}: {realised} van doel naar rato {target} ({pct}): {status}",
        "en": "{measure} to {quarter}: {realised} of the pro-rata target {target} ({pct}): {status}",
    },
    "handouts.progress.line_filtered": {
        "nl": "{measure} t/m {quarter}: {realised}",
        "en": "{measure} to {quarter}: {realised}",
    },
    "handouts.progress.none": {
        "nl": "{measure}: nog geen rapportages",
        "en": "{measure}: no reports yet",
    },
    "handouts.progress.annual": {
        "nl": "Jaardoel: {conversations} gesprekken en {moves} verhuizingen",
        "en": "Annual target: {conversations} conversations and {moves} moves",
    },
    "handouts.hours.line": {
        "nl": "{name}: {realised} van {agreed} uur ({pct}), {shortfall}",
        "en": "{name}: {realised} of {agreed} hours ({pct}), {shortfall}",
    },
    "handouts.hours.none": {
        "nl": "{name}: geen uren gerapporteerd",
        "en": "{name}: no hours reported",
    },
    "handouts.hours.shortfall": {"nl": "tekort {hours} uur", "en": "short by {hours} hours"},
    "handouts.hours.no_shortfall": {"nl": "geen tekort", "en": "no shortfall"},
    "handouts.hours.region": {
        "nl": "Regio: {realised} van {agreed} uur ({pct}), {shortfall}",
        "en": "Region: {realised} of {agreed} hours ({pct}), {shortfall}",
    },
    "handouts.hours.agreed": {
        "nl": "Afgesproken: {agreed} uur per week",
        "en": "Agreed: {agreed} hours a week",
    },
    "handouts.hours.basis": {
        "nl": "Afgesproken = uren per week × 13 × ingediende kwartalen; een ontbrekend kwartaal telt "
        "niet als 0.",
        "en": "Agreed = hours a week × 13 × quarters reported; a missing quarter does not count as 0.",
    },
    "handouts.hours.missing": {
        "nl": "Niet ingediend (niet meegeteld): {items}",
        "en": "Not reported (not counted): {items}",
    },
    "handouts.costs.programme": {
        "nl": "Programmakosten {year}: {amount}{mark}",
        "en": "Programme cost {year}: {amount}{mark}",
    },
    "handouts.costs.per_fte": {
        "nl": "Kosten per fte: {amount}; omvang {fte} fte",
        "en": "Cost per FTE: {amount}; size {fte} FTE",
    },
    "handouts.costs.split": {
        "nl": "Gemeenten betalen {mun}, corporaties {corp}; wie zelf coachuren levert, verrekent die.",
        "en": "Municipalities pay {mun}, corporations {corp}; who provides coach hours offsets them.",
    },
    "handouts.costs.settlement": {
        "nl": "Wie betaalt wie per jaar (rijen betalen, kolommen ontvangen)",
        "en": "Who pays whom per year (rows pay, columns receive)",
    },
    "handouts.costs.largest": {
        "nl": "De grafiek toont de {n} grootste aandelen van de {total} partners; alle staan in de "
        "Excel-werkmap.",
        "en": "The chart shows the {n} largest shares of the {total} partners; all of them are in the "
        "Excel workbook.",
    },
    "handouts.costs.no_settlement": {
        "nl": "Geen verrekening: niemand heeft iets tegoed.",
        "en": "No settlement: nobody is owed anything.",
    },
    "handouts.evaluation.none": {
        "nl": "Er is nog geen definitieve evaluatie vastgelegd.",
        "en": "No final evaluation has been recorded yet.",
    },
    "handouts.evaluation.heading": {
        "nl": "{title} ({status}), gepland op {due}",
        "en": "{title} ({status}), planned for {due}",
    },
    "handouts.evaluation.final_on": {
        "nl": "Definitief vastgesteld op {day} door {who}",
        "en": "Made final on {day} by {who}",
    },
    "handouts.evaluation.cut": {
        "nl": " … (volledige tekst in de Excel-werkmap)",
        "en": " … (full text in the Excel workbook)",
    },
    "handouts.more": {
        "nl": "… en nog {n} (alles staat in de Excel-werkmap)",
        "en": "… and {n} more (all of them are in the Excel workbook)",
    },
    "handouts.largest": {
        "nl": "(de grootste bedragen; {n} partners meer in de Excel-werkmap)",
        "en": "(the largest amounts; {n} more partners in the Excel workbook)",
    },
    "handouts.col.aspect": {"nl": "Aspect", "en": "Aspect"},
    "handouts.submissions.rule": {
        "nl": "Op tijd = binnen vóór het einde van de maand na het kwartaal.",
        "en": "On time = received before the end of the month after the quarter.",
    },
    "handouts.assumptions.intro": {
        "nl": "Deze waarden staan niet vast in de overeenkomst; ze zijn aangenomen en in Instellingen "
        "aan te passen.",
        "en": "These values are not fixed by the agreement; they are assumed and can be changed under "
        "Settings.",
    },
    "handouts.assumption.item": {
        "nl": "{name}: {value} (aanname)",
        "en": "{name}: {value} (assumption)",
    },
    "handouts.assumption.salary": {
        "nl": "Maandsalaris {year}: {amount} (indicatief, aanname; bron: {source})",
        "en": "Monthly salary {year}: {amount} (indicative, assumption; source: {source})",
    },
    "handouts.download.title": {"nl": "Stukken voor de vergadering", "en": "Documents for the meeting"},
    "handouts.download.caption": {
        "nl": "Voor {year}, in de taal van de app. Het bestand wordt gemaakt als u klikt (enkele seconden).",
        "en": "For {year}, in the app's language. The file is made when you click (a few seconds).",
    },
    "handouts.download.deck": {"nl": "PowerPoint (presentatie)", "en": "PowerPoint (slides)"},
    "handouts.download.pdf": {"nl": "PDF (hand-out)", "en": "PDF (handout)"},
    "handouts.download.workbook": {"nl": "Excel (alle tabellen)", "en": "Excel (every table)"},
    "handouts.download.no_data": {
        "nl": "Voor {year} zijn nog geen rapportages opgeslagen: er zijn nog geen stukken te maken.",
        "en": "No reports are stored for {year} yet: there are no documents to make.",
    },
    # Workbook sheets and the headers of the merged data
    "handouts.sheet.kpis": {"nl": "Kerncijfers", "en": "Key figures"},
    "handouts.sheet.submissions": {"nl": "Rapportages", "en": "Reports"},
    "handouts.sheet.activity": {"nl": "Gegevens activiteit", "en": "Data activity"},
    "handouts.sheet.hours": {"nl": "Gegevens uren per maand", "en": "Data hours per month"},
    "handouts.sheet.moves": {"nl": "Gegevens verhuizingen", "en": "Data moves"},
    "handouts.sheet.barriers": {"nl": "Gegevens belemmeringen", "en": "Data barriers"},
    "handouts.sheet.region": {"nl": "Voortgang {measure}", "en": "Progress {measure}"},
    "handouts.sheet.split": {"nl": "{measure} per {by}", "en": "{measure} per {by}"},
    "handouts.sheet.multi": {"nl": "Meerjarig {measure}", "en": "Multi-year {measure}"},
    "handouts.sheet.funnel": {"nl": "Trechter", "en": "Funnel"},
    "handouts.sheet.age": {"nl": "Leeftijd verhuisden", "en": "Age of movers"},
    "handouts.sheet.freed": {"nl": "Vrijgekomen woning naar", "en": "Freed home went to"},
    "handouts.sheet.barrier_counts": {"nl": "Belemmeringen", "en": "Barriers"},
    "handouts.sheet.hours_year": {"nl": "Uren per jaar", "en": "Hours per year"},
    "handouts.sheet.hours_quarter": {"nl": "Uren per kwartaal", "en": "Hours per quarter"},
    "handouts.sheet.evaluations": {"nl": "Evaluaties", "en": "Evaluations"},
    "handouts.sheet.parameters": {"nl": "Afspraken en aannames", "en": "Agreement and assumptions"},
    "handouts.sheet.keys": {"nl": "Verdeelsleutels", "en": "Cost keys"},
    "handouts.sheet.settlement.year": {"nl": "Verrekening per jaar", "en": "Settlement per year"},
    "handouts.sheet.settlement.quarter": {"nl": "Verrekening per kwartaal", "en": "Settlement per quarter"},
    "handouts.sheet.salary": {"nl": "Salaristabel", "en": "Salary table"},
    "handouts.by.corporation": {"nl": "corporatie", "en": "corporation"},
    "handouts.by.municipality": {"nl": "gemeente", "en": "municipality"},
    "handouts.col.kpi": {"nl": "Kengetal", "en": "Figure"},
    "handouts.col.realised": {"nl": "Gerealiseerd", "en": "Realised"},
    "handouts.col.target": {"nl": "Doel", "en": "Target"},
    "handouts.col.annual": {"nl": "Jaardoel", "en": "Annual target"},
    "handouts.col.pct": {"nl": "% van doel", "en": "% of target"},
    "handouts.col.status": {"nl": "Status", "en": "Status"},
    "handouts.col.corporation": {"nl": "Corporatie", "en": "Corporation"},
    "handouts.col.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "handouts.col.year": {"nl": "Jaar", "en": "Year"},
    "handouts.col.quarter": {"nl": "Kwartaal", "en": "Quarter"},
    "handouts.col.month": {"nl": "Maand", "en": "Month"},
    "handouts.col.hours": {"nl": "Uren", "en": "Hours"},
    "handouts.col.count": {"nl": "Aantal", "en": "Count"},
    "handouts.col.from_type": {"nl": "Woning verlaten", "en": "Home left"},
    "handouts.col.age_band": {"nl": "Leeftijd", "en": "Age band"},
    "handouts.col.freed_home_to": {"nl": "Vrijgekomen woning naar", "en": "Freed home went to"},
    "handouts.col.reason": {"nl": "Reden", "en": "Reason"},
    "handouts.col.evaluation": {"nl": "Evaluatie", "en": "Evaluation"},
    "handouts.col.proposed": {"nl": "Voorstel van de app", "en": "The app's proposal"},
}
