TEXTS = {
    "nav.hours": {"nl": "Uren", "en": "Hours"},
    "hours.title": {"nl": "Uren verhuiscoaches {year}", "en": "Coach hours {year}"},
    "hours.intro": {
        "nl": "Gerealiseerde uren per corporatie tegen de afgesproken {agreed} uur per week. Een kwartaal "
        "zonder rapportage ontbreekt: het telt niet als 0 en niet mee in het percentage.",
        "en": "Realised hours per corporation against the agreed {agreed} hours per week. A quarter "
        "without a report is missing: it does not count as 0 and is left out of the percentage.",
    },
    "hours.no_municipality": {
        "nl": "Uren worden per corporatie gerapporteerd, niet per gemeente: het gemeentefilter ({m}) "
        "geldt op deze pagina niet.",
        "en": "Hours are reported per corporation, not per municipality: the municipality filter ({m}) "
        "does not apply on this page.",
    },
    "hours.measure.pick": {"nl": "Toon als", "en": "Show as"},
    "hours.measure.per_week": {"nl": "Gemiddeld per week", "en": "Average per week"},
    "hours.measure.total": {"nl": "Totaal uren", "en": "Total hours"},
    "hours.measure.pct": {"nl": "Percentage van de afspraak", "en": "Percentage of agreed"},
    "hours.axis.per_week": {"nl": "Uren per week", "en": "Hours per week"},
    "hours.axis.total": {"nl": "Uren", "en": "Hours"},
    "hours.axis.pct": {"nl": "% van de afspraak", "en": "% of agreed"},
    "hours.year.title": {"nl": "Het jaar per corporatie", "en": "The year per corporation"},
    "hours.quarter.title": {"nl": "Per kwartaal", "en": "Per quarter"},
    "hours.chart.year": {
        "nl": "Coachuren {year} tegen de afspraak",
        "en": "Coach hours {year} against agreement",
    },
    "hours.chart.quarter": {
        "nl": "Coachuren per kwartaal tegen de afspraak",
        "en": "Coach hours per quarter against agreement",
    },
    "hours.chart.sub": {"nl": "Zwarte streep: afgesproken niveau", "en": "Black tick: agreed level"},
    "hours.chart.sub_quarter": {
        "nl": "Zwarte streep: afgesproken niveau · grijs gestippeld: geen rapportage (telt niet mee)",
        "en": "Black tick: agreed level · grey dashed: no report (not counted)",
    },
    "hours.corporation_quarters": {"nl": "{name} ({n} van {of} kw.)", "en": "{name} ({n} of {of} qtrs)"},
    "hours.legend": {"nl": "Kwartaal", "en": "Quarter"},
    "hours.state.reported": {"nl": "Ingediend", "en": "Submitted"},
    "hours.state.missing": {"nl": "Ontbreekt (telt niet mee)", "en": "Missing (not counted)"},
    "hours.state.due": {"nl": "Verwacht (telt niet mee)", "en": "Due (not counted)"},
    "hours.label.missing": {"nl": "ontbreekt", "en": "missing"},
    "hours.label.due": {"nl": "verwacht", "en": "due"},
    "hours.label.not_due": {"nl": "loopt nog", "en": "not ended"},
    "hours.label.outside": {"nl": "–", "en": "–"},
    "hours.label.none": {"nl": "geen rapportage", "en": "no report"},
    "hours.label.total": {"nl": "{value} u van {agreed} ({pct})", "en": "{value} h of {agreed} ({pct})"},
    "hours.label.per_week": {
        "nl": "{value} u/wk van {agreed} ({pct})",
        "en": "{value} h/wk of {agreed} ({pct})",
    },
    "hours.label.pct": {"nl": "{pct}", "en": "{pct}"},
    "hours.alt.year": {
        "nl": "Regio: gemiddeld {avg} uur per week van de afgesproken {weekly} ({pct}). Laagste: {low} met "
        "{low_avg} van {low_weekly} uur per week ({low_pct}).",
        "en": "Region: on average {avg} hours a week of the agreed {weekly} ({pct}). Lowest: {low} with "
        "{low_avg} of {low_weekly} hours a week ({low_pct}).",
    },
    "hours.alt.missing": {
        "nl": " Zonder rapportage (telt niet mee): {items}.",
        "en": " Without a report (not counted): {items}.",
    },
    "hours.alt.none": {
        "nl": "Nog geen urenrapportages voor {year}.",
        "en": "No hours reported for {year} yet.",
    },
    "hours.alt.quarter": {
        "nl": "Per kwartaal gemiddeld per week; het percentage is gerealiseerd / (uren per week × 13).",
        "en": "Per quarter, average per week; the percentage is realised / (hours per week × 13).",
    },
    "hours.method": {
        "nl": "Gemiddeld per week = gerealiseerde uren / (13 × ingediende kwartalen). Percentage = "
        "gerealiseerd / (afgesproken uren per week × 13 × ingediende kwartalen).",
        "en": "Average per week = realised hours / (13 × quarters reported). Percentage = realised / "
        "(agreed hours per week × 13 × quarters reported).",
    },
    "hours.region": {"nl": "Regio", "en": "Region"},
    "hours.col.corporation": {"nl": "Corporatie", "en": "Corporation"},
    "hours.col.weekly": {"nl": "Afspraak (uur/week)", "en": "Agreed (h/week)"},
    "hours.col.quarters": {"nl": "Kwartalen ingediend", "en": "Quarters reported"},
    "hours.col.missing": {"nl": "Ontbreekt", "en": "Missing"},
    "hours.col.realised": {"nl": "Gerealiseerd (uur)", "en": "Realised (h)"},
    "hours.col.agreed": {"nl": "Afgesproken (uur)", "en": "Agreed (h)"},
    "hours.col.avg": {"nl": "Gemiddeld per week", "en": "Average per week"},
    "hours.col.pct": {"nl": "% van afspraak", "en": "% of agreed"},
    "hours.col.quarter": {"nl": "Kwartaal", "en": "Quarter"},
    "hours.col.state": {"nl": "Rapportage", "en": "Report"},
    "hours.col.difference_per_week": {"nl": "Verschil (uur/week)", "en": "Difference (h/week)"},
    "hours.col.difference": {"nl": "Verschil (uur)", "en": "Difference (h)"},
    "hours.shortfall.title": {
        "nl": "Verschil met de afspraak per corporatie",
        "en": "Difference from the agreement per corporation",
    },
    "hours.shortfall.line": {
        "nl": "**{name}**: {avg} van {weekly} u/wk ({pct}): **{per_week} u/wk, {total} uur** over {quarters}",
        "en": "**{name}**: {avg} of {weekly} h/wk ({pct}): **{per_week} h/wk, {total} hours** "
        "over {quarters}",
    },
    "hours.shortfall.missing": {
        "nl": " ({quarters} ontbreekt, telt niet mee)",
        "en": " ({quarters} missing, not counted)",
    },
    "hours.shortfall.none": {
        "nl": "**{name}**: nog geen urenrapportage dit jaar",
        "en": "**{name}**: no hours reported this year yet",
    },
    "hours.table.year": {"nl": "Cijfers per corporatie", "en": "Figures per corporation"},
    "hours.table.quarter": {"nl": "{measure} per kwartaal", "en": "{measure} per quarter"},
}
