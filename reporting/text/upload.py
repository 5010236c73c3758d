TEXTS = {
    "nav.section.reports": {"nl": "Rapportages", "en": "Reports"},
    "nav.upload": {"nl": "Uploaden", "en": "Upload"},
    "upload.title": {"nl": "Kwartaalrapportage uploaden", "en": "Upload a quarterly report"},
    "upload.intro": {
        "nl": "Download het sjabloon, vul het in Excel in en upload het hier: u ziet meteen alle "
        "fouten of wat wordt opgeslagen.",
        "en": "Download the template, fill it in in Excel and upload it here: you see at once every "
        "problem or what will be stored.",
    },
    "upload.viewer": {
        "nl": "Alleen medewerkers van een corporatie en beheerders kunnen rapportages uploaden.",
        "en": "Only corporation staff and administrators can upload reports.",
    },
    "upload.template.title": {"nl": "1. Sjabloon", "en": "1. Template"},
    "upload.template.quarter": {"nl": "Kwartaal", "en": "Quarter"},
    "upload.template.download": {"nl": "Download sjabloon {label}", "en": "Download template {label}"},
    "upload.template.caption": {
        "nl": "Het sjabloon is al ingevuld met corporatie, jaar en kwartaal, en heeft keuzelijsten "
        "voor gemeente en ja/nee en een blad met uitleg.",
        "en": "The template is already filled with corporation, year and quarter, and has "
        "drop-downs for municipality and yes/no and an instruction sheet.",
    },
    "upload.file.title": {"nl": "2. Uploaden", "en": "2. Upload"},
    "upload.file.label": {
        "nl": "Kies het ingevulde Excel-bestand (.xlsx, hoogstens 10 MB)",
        "en": "Choose the completed Excel file (.xlsx, at most 10 MB)",
    },
    "upload.errors.summary.one": {
        "nl": "Het bestand is niet opgeslagen: 1 probleem gevonden. Het staat hieronder; pas het aan "
        "in Excel en upload het bestand opnieuw.",
        "en": "The file was not stored: 1 problem found. It is listed below; fix it in Excel and "
        "upload the file again.",
    },
    "upload.errors.summary.other": {
        "nl": "Het bestand is niet opgeslagen: {n} problemen gevonden. Ze staan hieronder; pas ze aan "
        "in Excel en upload het bestand opnieuw.",
        "en": "The file was not stored: {n} problems found. They are listed below; fix them in Excel "
        "and upload the file again.",
    },
    "upload.warnings.summary.one": {
        "nl": "1 opmerking: het bestand kan wel worden opgeslagen, maar kijk haar hieronder even na.",
        "en": "1 remark: the file can be stored, but please check it below.",
    },
    "upload.warnings.summary.other": {
        "nl": "{n} opmerkingen: het bestand kan wel worden opgeslagen, maar kijk ze hieronder even na.",
        "en": "{n} remarks: the file can be stored, but please check them below.",
    },
    "upload.warnings.also.one": {
        "nl": "Daarnaast 1 opmerking om na te kijken.",
        "en": "Also 1 remark to check.",
    },
    "upload.warnings.also.other": {
        "nl": "Daarnaast {n} opmerkingen om na te kijken.",
        "en": "Also {n} remarks to check.",
    },
    "upload.problems.title": {"nl": "Problemen in het bestand", "en": "Problems in the file"},
    "upload.remarks.title": {"nl": "Opmerkingen", "en": "Remarks"},
    "upload.preview.below": {
        "nl": "Het voorbeeld van wat wordt opgeslagen staat hieronder.",
        "en": "The preview of what will be stored is below.",
    },
    "upload.col.sheet": {"nl": "Blad", "en": "Sheet"},
    "upload.col.row": {"nl": "Rij", "en": "Row"},
    "upload.col.column": {"nl": "Kolom", "en": "Column"},
    "upload.col.value": {"nl": "Gevonden waarde", "en": "Value found"},
    "upload.col.message": {"nl": "Wat er moet gebeuren", "en": "What is expected"},
    "upload.empty_value": {"nl": "(leeg)", "en": "(empty)"},
    "upload.value.true": {"nl": "WAAR", "en": "TRUE"},
    "upload.value.false": {"nl": "ONWAAR", "en": "FALSE"},
    "upload.preview.title": {
        "nl": "Voorbeeld: {corporation}, {label}",
        "en": "Preview: {corporation}, {label}",
    },
    "upload.preview.activity": {"nl": "Per gemeente", "en": "Per municipality"},
    "upload.preview.hours": {"nl": "Uren verhuiscoach per maand", "en": "Coach hours per month"},
    "upload.preview.moves.one": {
        "nl": "Daarnaast 1 verhuizing op het blad Verhuizingen.",
        "en": "Also 1 move on the Verhuizingen sheet.",
    },
    "upload.preview.moves.other": {
        "nl": "Daarnaast {n} verhuizingen op het blad Verhuizingen.",
        "en": "Also {n} moves on the Verhuizingen sheet.",
    },
    "upload.preview.changes": {
        "nl": "Wat verandert er voor dit kwartaal",
        "en": "What changes for this quarter",
    },
    "upload.preview.year": {
        "nl": "Effect op de regionale totalen van {year}",
        "en": "Effect on the regional totals of {year}",
    },
    "upload.col.measure": {"nl": "Cijfer", "en": "Figure"},
    "upload.col.current": {"nl": "Nu (versie {version})", "en": "Now (version {version})"},
    "upload.col.current_none": {"nl": "Nu (nog niets)", "en": "Now (nothing yet)"},
    "upload.col.now": {"nl": "Nu", "en": "Now"},
    "upload.col.new": {"nl": "Na opslaan", "en": "After saving"},
    "upload.col.change": {"nl": "Verschil", "en": "Change"},
    "upload.col.month": {"nl": "Maand", "en": "Month"},
    "upload.col.hours": {"nl": "Uren", "en": "Hours"},
    "upload.measure.households_contacted": {"nl": "Huishoudens benaderd", "en": "Households contacted"},
    "upload.measure.conversations": {
        "nl": "Uitvoerige gesprekken (>1 uur)",
        "en": "Extensive conversations (>1 h)",
    },
    "upload.measure.moves": {"nl": "Verhuizingen", "en": "Moves"},
    "upload.measure.priority_moves": {"nl": "Verhuizingen met voorrang", "en": "Moves with priority"},
    "upload.measure.freed_family_homes": {
        "nl": "Vrijgekomen eengezinswoningen",
        "en": "Family homes freed",
    },
    "upload.measure.hours": {"nl": "Uren verhuiscoach", "en": "Coach hours"},
    "upload.measure.senior_homes": {"nl": "Seniorenwoningen", "en": "Senior homes"},
    "upload.measure.senior_homes_labelled": {
        "nl": "Seniorenwoningen met voorranglabel",
        "en": "Senior homes labelled for priority",
    },
    "upload.same_file": {
        "nl": "Dit bestand is al opgeslagen als versie {version} (geüpload op {day} door {by}). "
        "Er hoeft niets te gebeuren.",
        "en": "This file is already stored as version {version} (uploaded on {day} by {by}). "
        "Nothing needs to be done.",
    },
    "upload.same_as_superseded": {
        "nl": "Dit bestand is precies gelijk aan versie {version}, die eerder is vervangen. Opslaan "
        "zet die oude cijfers weer in gebruik, als nieuwe versie. Is dat niet de bedoeling, "
        "kies dan het bijgewerkte bestand.",
        "en": "This file is exactly the same as version {version}, which was replaced earlier. Saving "
        "puts those old figures back in use, as a new version. If that is not what you want, "
        "choose the updated file.",
    },
    "upload.replaces": {
        "nl": "Let op: dit vervangt versie {version} van {label} (geüpload op {day} door {by}). Die "
        "blijft bewaard in de geschiedenis.",
        "en": "Note: this replaces version {version} of {label} (uploaded on {day} by {by}). That "
        "version stays in the history.",
    },
    "upload.first": {
        "nl": "Dit wordt de eerste versie voor {label}.",
        "en": "This will be the first version for {label}.",
    },
    "upload.not_yours": {
        "nl": "Dit bestand is van {corporation}; u kunt alleen rapportages van uw eigen corporatie "
        "opslaan. Vraag de programmasecretaris om hulp als dit niet klopt.",
        "en": "This file belongs to {corporation}; you can only store reports of your own "
        "corporation. Ask the programme secretary if this is wrong.",
    },
    "upload.save": {"nl": "Opslaan", "en": "Save"},
    "upload.saved": {
        "nl": "Opgeslagen als versie {version} van {corporation} {label}.",
        "en": "Stored as version {version} of {corporation} {label}.",
    },
    "upload.saved_replaced": {
        "nl": "Opgeslagen als versie {version} van {corporation} {label}; versie {old} staat nu in "
        "de geschiedenis.",
        "en": "Stored as version {version} of {corporation} {label}; version {old} is now in the history.",
    },
    "upload.download.title": {
        "nl": "Originele bestanden downloaden",
        "en": "Download original files",
    },
    "upload.download.choose": {"nl": "Versie", "en": "Version"},
    "upload.download.button": {"nl": "Download {file}", "en": "Download {file}"},
    "upload.history.title": {"nl": "3. Ingediende rapportages", "en": "3. Reports submitted"},
    "upload.history.empty": {
        "nl": "Er zijn nog geen rapportages opgeslagen.",
        "en": "No reports have been stored yet.",
    },
    "upload.col.corporation": {"nl": "Corporatie", "en": "Corporation"},
    "upload.col.quarter": {"nl": "Kwartaal", "en": "Quarter"},
    "upload.col.version": {"nl": "Versie", "en": "Version"},
    "upload.col.active": {"nl": "In gebruik", "en": "In use"},
    "upload.col.by": {"nl": "Geüpload door", "en": "Uploaded by"},
    "upload.col.at": {"nl": "Geüpload op", "en": "Uploaded on"},
    "upload.col.file": {"nl": "Bestand", "en": "File"},
    "upload.col.demo": {"nl": "Demo", "en": "Demo"},
    "upload.active.yes": {"nl": "✅ ja", "en": "✅ yes"},
    "upload.active.no": {"nl": "vervangen", "en": "superseded"},
    "upload.restore.title": {"nl": "Eerdere versie terugzetten", "en": "Restore an earlier version"},
    "upload.restore.choose": {"nl": "Vervangen versie", "en": "Superseded version"},
    "upload.restore.option": {
        "nl": "{corporation} {label}, versie {version} ({day}, {file})",
        "en": "{corporation} {label}, version {version} ({day}, {file})",
    },
    "upload.restore.button": {"nl": "Deze versie weer in gebruik nemen", "en": "Use this version again"},
    "upload.restore.none": {
        "nl": "Er zijn geen vervangen versies.",
        "en": "There are no superseded versions.",
    },
    "upload.restored": {
        "nl": "Versie {version} van {corporation} {label} is weer in gebruik; versie {old} staat in "
        "de geschiedenis.",
        "en": "Version {version} of {corporation} {label} is in use again; version {old} is in the history.",
    },
    "upload.status.title": {"nl": "4. Status per kwartaal", "en": "4. Status per quarter"},
    "upload.status.caption": {
        "nl": "Een rapportage is op tijd als ze binnen is vóór het einde van de maand na het kwartaal.",
        "en": "A report is on time when it arrives before the end of the month after the quarter.",
    },
    "upload.denied": {"nl": "Dit mag u niet: {reason}", "en": "You may not do this: {reason}"},
}
