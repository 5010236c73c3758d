TEXTS = {
    "app.title": {"nl": "Doorstroommonitor Noord-Veluwe", "en": "Housing mobility monitor Noord-Veluwe"},
    "nav.overview": {"nl": "Overzicht", "en": "Overview"},
    "nav.settings": {"nl": "Instellingen", "en": "Settings"},
    "nav.section.monitor": {"nl": "Monitor", "en": "Monitor"},
    "nav.section.admin": {"nl": "Beheer", "en": "Administration"},
    "sidebar.language": {"nl": "Taal", "en": "Language"},
    "filter.year": {"nl": "Jaar", "en": "Year"},
    "filter.corporation": {"nl": "Corporatie", "en": "Housing corporation"},
    "filter.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "filter.all": {"nl": "Alle", "en": "All"},
    "demo.banner": {
        "nl": "🧪 Demogegevens: de cijfers op deze pagina komen uit voorbeeldrapportages, niet van "
        "de corporaties. Een beheerder kan ze verwijderen onder Instellingen.",
        "en": "🧪 Demo data: the figures on this page come from sample reports, not from the "
        "corporations. An administrator can remove them under Settings.",
    },
    "demo.notice": {
        "nl": "🧪 Demogegevens, niet van de corporaties",
        "en": "🧪 Demo data, not from the corporations",
    },
    "error.database": {
        "nl": "De database is op dit moment niet bereikbaar. Probeer het over een minuut opnieuw; "
        "blijft dit zo, neem dan contact op met de programmasecretaris.",
        "en": "The database cannot be reached right now. Try again in a minute; if it persists, "
        "contact the programme secretary.",
    },
    "error.unexpected": {
        "nl": "Er ging iets mis bij het tonen van deze pagina. Er is niets gewijzigd. Vernieuw de "
        "pagina; blijft dit zo, meld het dan bij de programmasecretaris.",
        "en": "Something went wrong showing this page. Nothing was changed. Reload the page; if it "
        "persists, tell the programme secretary.",
    },
    "status.green": {"nl": "Op koers", "en": "On track"},
    "status.amber": {"nl": "Let op", "en": "Attention"},
    "status.red": {"nl": "Achter", "en": "Behind"},
    "status.unknown": {"nl": "Nog geen gegevens", "en": "No data yet"},
    "state.submitted": {"nl": "Ingediend", "en": "Submitted"},
    "state.late": {"nl": "Te laat ingediend", "en": "Submitted late"},
    "state.missing": {"nl": "Ontbreekt", "en": "Missing"},
    "state.due": {"nl": "Verwacht", "en": "Due"},
    "state.open": {"nl": "Kwartaal loopt", "en": "Quarter running"},
    "download.csv": {"nl": "Download de gegevens (CSV)", "en": "Download the data (CSV)"},
}
