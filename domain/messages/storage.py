"""Messages about stored things: scenarios, report versions, and the database."""

MESSAGES = {
    "scenario.name_missing": {
        "nl": "Geef het scenario een naam.",
        "en": "Give the scenario a name.",
    },
    "scenario.name_too_long": {
        "nl": "Een scenarionaam mag hoogstens {limit} tekens hebben.",
        "en": "A scenario name may have at most {limit} characters.",
    },
    "scenario.not_saved": {
        "nl": "Het scenario is niet opgeslagen:",
        "en": "The scenario was not saved:",
    },
    "scenario.name_taken": {
        "nl": "Er bestaat al een scenario met de naam '{name}'. Kies een andere naam.",
        "en": "A scenario named '{name}' already exists. Choose another name.",
    },
    "scenario.name_taken_overwrite": {
        "nl": "Er bestaat al een scenario met de naam '{name}'. Kies een andere naam of "
        "vink 'overschrijven' aan.",
        "en": "A scenario named '{name}' already exists. Choose another name or tick 'overwrite'.",
    },
    "scenario.not_found": {
        "nl": "Het scenario '{name}' bestaat niet (meer).",
        "en": "The scenario '{name}' does not exist (any more).",
    },
    "version.not_found": {
        "nl": "Deze versie bestaat niet (meer). Vernieuw de pagina.",
        "en": "This version does not exist (any more). Refresh the page.",
    },
    "storage.database_error": {
        "nl": "De database is niet bereikbaar of gaf een fout: {error}. Controleer --db of DATABASE_URL.",
        "en": "The database cannot be reached or returned an error: {error}. Check --db or DATABASE_URL.",
    },
}
