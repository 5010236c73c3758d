TEXTS = {
    "nav.presentation": {"nl": "Presentatie", "en": "Presentation"},
    "presentation.back": {"nl": "Terug naar de app", "en": "Back to the app"},
    "presentation.previous": {"nl": "Vorige", "en": "Previous"},
    "presentation.next": {"nl": "Volgende", "en": "Next"},
    "presentation.counter": {"nl": "Dia {n} van {total}", "en": "Slide {n} of {total}"},
    "presentation.brand": {"nl": "Doorstroommonitor Noord-Veluwe", "en": "Doorstroommonitor Noord-Veluwe"},
    "presentation.demo": {"nl": "🧪 Demodata", "en": "🧪 Demo data"},
    "presentation.selection": {"nl": "Selectie: {selection}", "en": "Selection: {selection}"},
    "presentation.keys": {
        "nl": "Pijltjes of PageUp/PageDown: vorige/volgende dia",
        "en": "Arrow keys or PageUp/PageDown: previous/next slide",
    },
    # One title per slide, in the order of reporting.presentation.SLIDES
    "presentation.slide.kpis": {"nl": "Kerncijfers {year}", "en": "Key figures {year}"},
    "presentation.slide.progress": {
        "nl": "Gesprekken en verhuizingen {year}",
        "en": "Conversations and moves {year}",
    },
    "presentation.slide.hours": {"nl": "Uren per corporatie {year}", "en": "Hours per corporation {year}"},
    "presentation.slide.costs": {"nl": "Kosten per partner {year}", "en": "Costs per partner {year}"},
    "presentation.slide.evaluation": {"nl": "Laatste evaluatie", "en": "Latest evaluation"},
    "presentation.slide.submissions": {"nl": "Kwartaalrapportages {year}", "en": "Quarterly reports {year}"},
    # Hours
    "presentation.hours.shortfall": {"nl": "Tekort (uur)", "en": "Shortfall (h)"},
    "presentation.hours.no_shortfall": {"nl": "geen", "en": "none"},
    "presentation.hours.missing": {"nl": "(zonder {quarters})", "en": "(without {quarters})"},
    "presentation.hours.agreed": {
        "nl": "Afspraak {agreed} uur per week; uren over de ingediende kwartalen.",
        "en": "Agreed {agreed} hours a week; hours over the quarters reported.",
    },
    # Costs
    "presentation.costs.programme": {
        "nl": "Programmakosten {year}: **{amount}**",
        "en": "Programme cost {year}: **{amount}**",
    },
    "presentation.costs.alt": {
        "nl": "Aandeel per partner in {year}: {items}.",
        "en": "Share per partner in {year}: {items}.",
    },
    "presentation.costs.settlement": {
        "nl": "Wie betaalt wie (per jaar; rijen betalen, kolommen ontvangen)",
        "en": "Who pays whom (per year; rows pay, columns receive)",
    },
    # Evaluation
    "presentation.evaluation.of": {
        "nl": "{title} · definitief op {day}",
        "en": "{title} · final on {day}",
    },
    "presentation.evaluation.col.aspect": {"nl": "Aspect", "en": "Aspect"},
    "presentation.evaluation.col.verdict": {"nl": "Oordeel", "en": "Verdict"},
    "presentation.evaluation.col.note": {"nl": "Toelichting", "en": "Note"},
    "presentation.evaluation.cut": {
        "nl": " … (verder op de pagina Evaluatie)",
        "en": " … (more on the Evaluation page)",
    },
    # Submissions
    "presentation.submissions.counts": {
        "nl": "Dit jaar: {on_time} op tijd, {late} te laat, {missing} ontbreekt.",
        "en": "This year: {on_time} on time, {late} late, {missing} missing.",
    },
}
