"""Messages of the meeting handouts (`python -m handouts`, the download buttons)."""

MESSAGES = {
    "handouts.no_data": {
        "nl": "Voor {year} zijn geen kwartaalrapportages opgeslagen, dus er is niets om te tonen. "
        "Kies een jaar met rapportages (bijvoorbeeld met --year) of laad eerst de rapportages.",
        "en": "No quarterly reports are stored for {year}, so there is nothing to show. Choose a year "
        "with reports (for example with --year) or import the reports first.",
    },
    "handouts.write_failed": {
        "nl": "Het bestand {path} kon niet worden geschreven ({reason}). Kies een map die bestaat en "
        "waarin u mag schrijven; er is niets weggeschreven.",
        "en": "The file {path} could not be written ({reason}). Choose a folder that exists and that "
        "you may write to; nothing was written.",
    },
    "handouts.database": {
        "nl": "De database is niet bereikbaar of gaf een fout ({reason}). Controleer --db of DATABASE_URL.",
        "en": "The database cannot be reached or gave an error ({reason}). Check --db or DATABASE_URL.",
    },
    "handouts.reason.no_folder": {"nl": "de map bestaat niet", "en": "the folder does not exist"},
    "handouts.reason.no_permission": {
        "nl": "u mag daar niet schrijven",
        "en": "you may not write there",
    },
    "handouts.reason.is_folder": {"nl": "dat is een map", "en": "that is a folder"},
    "handouts.reason.disk_full": {"nl": "de schijf is vol", "en": "the disk is full"},
    "handouts.reason.other": {"nl": "het besturingssysteem weigerde", "en": "the system refused"},
}
