TEXTS = {
    "nav.whatif": {"nl": "Wat-als", "en": "What-if"},
    "whatif.title": {"nl": "Wat-als {year}", "en": "What-if {year}"},
    "whatif.intro": {
        "nl": "Verander hieronder sleutels, uren, verdeling of salarisbasis en zie direct wat dat per "
        "partner betekent. De afspraken zelf veranderen niet.",
        "en": "Change keys, hours, split or salary basis below and see at once what that means per "
        "partner. The agreement itself does not change.",
    },
    "whatif.loaded": {"nl": "Geopend scenario: **{name}**", "en": "Opened scenario: **{name}**"},
    "whatif.reset": {"nl": "Terug naar de overeenkomst", "en": "Back to the agreement"},
    "whatif.col.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "whatif.col.corporation": {"nl": "Corporatie", "en": "Corporation"},
    "whatif.col.key": {"nl": "Sleutel", "en": "Key"},
    "whatif.col.hours": {"nl": "Uren per week", "en": "Hours per week"},
    "whatif.col.stock": {"nl": "Sociale huurwoningen", "en": "Social rental homes"},
    "whatif.sum": {"nl": "Som {group}: {total}", "en": "Sum {group}: {total}"},
    "whatif.group.municipalities": {"nl": "gemeenten", "en": "municipalities"},
    "whatif.group.corporations": {"nl": "corporaties", "en": "corporations"},
    "whatif.normalise": {"nl": "Normaliseren", "en": "Normalise"},
    "whatif.normalise.help": {
        "nl": "Schaalt de sleutels van deze groep naar verhouding, zodat ze samen precies 100 % zijn.",
        "en": "Scales this group's keys proportionally so they add up to exactly 100 %.",
    },
    "whatif.split": {"nl": "Aandeel gemeenten in de kosten", "en": "Municipal part of the cost"},
    "whatif.split.caption": {"nl": "Corporaties dragen dan {corp}.", "en": "Corporations then bear {corp}."},
    "whatif.salary": {"nl": "Salarisbasis: bruto per maand", "en": "Salary basis: gross per month"},
    "whatif.charges": {"nl": "Werkgeverslasten", "en": "Employer charges"},
    "whatif.invalid": {
        "nl": "Met deze uitgangspunten kan niet worden gerekend: {problems}",
        "en": "These inputs cannot be calculated: {problems}",
    },
    "whatif.stock.title": {
        "nl": "Sleutels afleiden uit het aantal sociale huurwoningen",
        "en": "Derive keys from the number of social rental homes",
    },
    "whatif.stock.caption": {
        "nl": "Typ per gemeente en per corporatie het aantal sociale huurwoningen. De sleutel wordt "
        "dan ieders aandeel in de woningvoorraad van de groep. Een groep zonder aantallen "
        "blijft zoals hij is.",
        "en": "Type the number of social rental homes per municipality and per corporation. Each key "
        "becomes that partner's part of its group's stock. A group without numbers is left as is.",
    },
    "whatif.stock.derive": {"nl": "Sleutels afleiden", "en": "Derive keys"},
    "whatif.stock.none": {
        "nl": "Vul eerst aantallen woningen in (groter dan 0).",
        "en": "First fill in numbers of homes (greater than 0).",
    },
    "whatif.stock.negative": {
        "nl": "Een aantal woningen kan niet negatief zijn.",
        "en": "A number of homes cannot be negative.",
    },
    "whatif.results": {
        "nl": "Gevolgen ten opzichte van de overeenkomst",
        "en": "Effect compared with the agreement",
    },
    "whatif.metric.programme": {
        "nl": "Programmakosten per jaar (scenario)",
        "en": "Programme cost per year (scenario)",
    },
    "whatif.metric.per_fte": {"nl": "Kosten per fte (scenario)", "en": "Cost per FTE (scenario)"},
    "whatif.metric.largest": {"nl": "Grootste verschil", "en": "Largest difference"},
    "whatif.no_change": {
        "nl": "Het scenario is gelijk aan de overeenkomst.",
        "en": "The scenario equals the agreement.",
    },
    "whatif.diff.title": {"nl": "Verschillen per partner", "en": "Differences per partner"},
    "whatif.diff.caption": {
        "nl": "Aandeel = wat een partner uiteindelijk draagt. Verrekening = wat hij ontvangt (+) of "
        "betaalt (−) in de onderlinge verrekening. Bedragen per jaar; een kwartaal is 13/52 "
        "daarvan. ⚠️ aanname: salarisbasis en werkgeverslasten.",
        "en": "Share = what a partner ultimately bears. Settlement = what it receives (+) or pays "
        "(−) in the settlement. Amounts per year; a quarter is 13/52 of it. ⚠️ assumption: "
        "salary basis and employer charges.",
    },
    "whatif.col.partner": {"nl": "Partner", "en": "Partner"},
    "whatif.col.group": {"nl": "Groep", "en": "Group"},
    "whatif.col.measure": {"nl": "Onderdeel", "en": "Item"},
    "whatif.col.agreement": {"nl": "Overeenkomst", "en": "Agreement"},
    "whatif.col.scenario": {"nl": "Scenario", "en": "Scenario"},
    "whatif.col.diff_euro": {"nl": "Verschil (€)", "en": "Difference (€)"},
    "whatif.col.diff_pct": {"nl": "Verschil (%)", "en": "Difference (%)"},
    "whatif.measure.share": {"nl": "Aandeel", "en": "Share"},
    "whatif.measure.employment": {"nl": "Loonkosten eigen uren", "en": "Employment cost own hours"},
    "whatif.measure.balance": {"nl": "Verrekening", "en": "Settlement"},
    "whatif.measure.programme": {"nl": "Programmakosten", "en": "Programme cost"},
    "whatif.group.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "whatif.group.corporation": {"nl": "Corporatie", "en": "Corporation"},
    "whatif.group.total": {"nl": "Totaal", "en": "Total"},
    "whatif.chart.title": {
        "nl": "Verschil met de overeenkomst per partner",
        "en": "Difference from the agreement per partner",
    },
    "whatif.chart.axis": {"nl": "Verschil (€ per jaar)", "en": "Difference (€ per year)"},
    "whatif.settlement.title": {"nl": "Verrekening in het scenario", "en": "Settlement in the scenario"},
    "whatif.settlement.diff": {
        "nl": "Verschil met de overeenkomst (per jaar)",
        "en": "Difference from the agreement (per year)",
    },
    "whatif.payer.note": {
        "nl": "In dit scenario betaalt {names} bij: de loonkosten van de eigen uren zijn lager dan "
        "het eigen aandeel.",
        "en": "In this scenario {names} pays: the employment cost of its own hours is below its own share.",
    },
    "whatif.save.title": {"nl": "Scenario opslaan", "en": "Save scenario"},
    "whatif.save.name": {"nl": "Naam van het scenario", "en": "Scenario name"},
    "whatif.save.overwrite": {
        "nl": "Overschrijven als de naam al bestaat",
        "en": "Overwrite if the name exists",
    },
    "whatif.save.button": {"nl": "Opslaan", "en": "Save"},
    "whatif.save.done": {"nl": "Scenario '{name}' is opgeslagen.", "en": "Scenario '{name}' has been saved."},
    "whatif.save.invalid": {
        "nl": "Los eerst de fouten in de uitgangspunten op; dan kunt u opslaan.",
        "en": "Fix the inputs first; then you can save.",
    },
    "whatif.export.current": {"nl": "Download als Excel", "en": "Download as Excel"},
    "whatif.export.caption": {
        "nl": "Dit scenario met de vergelijking met de overeenkomst, als werkmap.",
        "en": "This scenario with its comparison with the agreement, as a workbook.",
    },
    "whatif.current_name": {"nl": "Huidig scenario", "en": "Current scenario"},
    "whatif.saved.title": {"nl": "Opgeslagen scenario's", "en": "Saved scenarios"},
    "whatif.saved.none": {
        "nl": "Er zijn nog geen scenario's opgeslagen.",
        "en": "No scenarios have been saved yet.",
    },
    "whatif.saved.col.name": {"nl": "Naam", "en": "Name"},
    "whatif.saved.col.by": {"nl": "Gemaakt door", "en": "Made by"},
    "whatif.saved.col.updated": {"nl": "Laatst gewijzigd", "en": "Last changed"},
    "whatif.saved.pick": {"nl": "Scenario", "en": "Scenario"},
    "whatif.saved.open": {"nl": "Openen in de editor", "en": "Open in the editor"},
    "whatif.saved.delete_confirm": {
        "nl": "Ik wil dit scenario verwijderen",
        "en": "I want to delete this scenario",
    },
    "whatif.saved.delete": {"nl": "Verwijderen", "en": "Delete"},
    "whatif.saved.not_yours": {
        "nl": "Alleen wie dit scenario heeft opgeslagen, of een beheerder, kan het verwijderen.",
        "en": "Only whoever saved this scenario, or an administrator, can delete it.",
    },
    "whatif.saved.deleted": {
        "nl": "Scenario '{name}' is verwijderd.",
        "en": "Scenario '{name}' has been deleted.",
    },
    "whatif.compare.title": {"nl": "Scenario's naast elkaar", "en": "Scenarios side by side"},
    "whatif.compare.pick": {"nl": "Kies scenario's om te vergelijken", "en": "Choose scenarios to compare"},
    "whatif.compare.export": {
        "nl": "Download de vergelijking (Excel)",
        "en": "Download the comparison (Excel)",
    },
    "whatif.compare.invalid": {
        "nl": "Het scenario '{name}' past niet op de afspraken van {year}: {problem}",
        "en": "Scenario '{name}' does not fit the terms of {year}: {problem}",
    },
    "whatif.compare.diff": {"nl": "{name}: verschil", "en": "{name}: difference"},
    "whatif.entry.not_number": {
        "nl": "{name}: ‘{value}’ is geen getal. Typ bijvoorbeeld {example}.",
        "en": "{name}: ‘{value}’ is not a number. Type for example {example}.",
    },
    "whatif.entry.empty": {
        "nl": "{name}: het vak is leeg. Typ bijvoorbeeld {example}.",
        "en": "{name}: the field is empty. Type for example {example}.",
    },
    "whatif.entry.out_of_range": {
        "nl": "{name}: ‘{value}’ kan niet, want {rule}",
        "en": "{name}: ‘{value}’ is not possible: {rule}",
    },
    "whatif.entry.keeps": {
        "nl": "Er wordt nog gerekend met {value}.",
        "en": "The calculation still uses {value}.",
    },
    "whatif.entry.example.key": {"nl": "16,5 (met een komma)", "en": "16.5"},
    "whatif.entry.example.hours": {"nl": "36 of 37,5", "en": "36 or 37.5"},
    "whatif.entry.example.homes": {"nl": "4.250", "en": "4,250"},
    "whatif.entry.example.split": {"nl": "50 (procent)", "en": "50 (per cent)"},
    "whatif.entry.example.charges": {"nl": "30 of 27,5 (procent)", "en": "30 or 27.5 (per cent)"},
    "whatif.entry.example.salary": {"nl": "4.750,00", "en": "4,750.00"},
    "whatif.entry.rule.key": {
        "nl": "een sleutel ligt tussen 0 % en 100 %.",
        "en": "a key lies between 0 % and 100 %.",
    },
    "whatif.entry.rule.hours": {
        "nl": "het aantal uren per week ligt tussen 0 en 168.",
        "en": "the hours per week lie between 0 and 168.",
    },
    "whatif.entry.rule.homes": {
        "nl": "een aantal woningen kan niet negatief zijn.",
        "en": "a number of homes cannot be negative.",
    },
    "whatif.entry.rule.split": {
        "nl": "het aandeel van de gemeenten ligt tussen 0 % en 100 %.",
        "en": "the municipal part lies between 0 % and 100 %.",
    },
    "whatif.entry.rule.charges": {
        "nl": "de werkgeverslasten liggen tussen 0 % en 100 %.",
        "en": "the employer charges lie between 0 % and 100 %.",
    },
    "whatif.entry.rule.salary": {
        "nl": "het salaris per maand ligt tussen € 0,01 en € 100.000.",
        "en": "the monthly salary lies between €0.01 and €100,000.",
    },
    "whatif.effect.title": {"nl": "Wat verandert er", "en": "What changes"},
    "whatif.effect.none": {
        "nl": "Nog niets veranderd. Pas hiernaast een sleutel of de uren aan, of hieronder de "
        "verdeling of de salarisbasis; hier staat dan per partner wat die meer of minder betaalt.",
        "en": "Nothing changed yet. Change a key or the hours beside this, or the split or the "
        "salary basis below; this then says per partner how much more or less it pays.",
    },
    "whatif.effect.blocked": {
        "nl": "Zolang de uitgangspunten hiernaast niet kloppen, wordt er niet gerekend.",
        "en": "As long as the inputs beside this are not right, nothing is calculated.",
    },
    "whatif.effect.pays_more": {
        "nl": "{partner} betaalt {diff} meer per jaar ({new} in plaats van {old})",
        "en": "{partner} pays {diff} more per year ({new} instead of {old})",
    },
    "whatif.effect.pays_less": {
        "nl": "{partner} betaalt {diff} minder per jaar ({new} in plaats van {old})",
        "en": "{partner} pays {diff} less per year ({new} instead of {old})",
    },
    "whatif.effect.bears_more": {
        "nl": "{partner} draagt {diff} meer per jaar ({new} in plaats van {old})",
        "en": "{partner} bears {diff} more per year ({new} instead of {old})",
    },
    "whatif.effect.bears_less": {
        "nl": "{partner} draagt {diff} minder per jaar ({new} in plaats van {old})",
        "en": "{partner} bears {diff} less per year ({new} instead of {old})",
    },
    "whatif.effect.programme_up": {
        "nl": "De programmakosten stijgen met {diff} per jaar ({new} in plaats van {old})",
        "en": "The programme cost rises by {diff} per year ({new} instead of {old})",
    },
    "whatif.effect.programme_down": {
        "nl": "De programmakosten dalen met {diff} per jaar ({new} in plaats van {old})",
        "en": "The programme cost falls by {diff} per year ({new} instead of {old})",
    },
    "whatif.save.refused": {
        "nl": "Verbeter eerst de waarden die hierboven in rood staan; dan kunt u opslaan.",
        "en": "First correct the values shown in red above; then you can save.",
    },
}
