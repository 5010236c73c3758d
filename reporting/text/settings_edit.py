TEXTS = {
    "settings_edit.salary.title": {"nl": "Salaristabel aanpassen", "en": "Edit the salary table"},
    "settings_edit.salary.intro": {
        "nl": "Eén bedrag per kalenderjaar (eindniveau schaal H, bruto per maand) met de bron. Vink "
        "'indicatief' uit zodra het bedrag uit de cao is nagekeken. Opslaan maakt een nieuwe "
        "versie van de afspraken die geldt vanaf de gekozen datum; eerdere versies blijven "
        "bewaard en gelden voor de jaren ervoor.",
        "en": "One amount per calendar year (end level of scale H, gross per month) with its source. "
        "Untick 'indicative' once the amount has been checked against the cao. Saving creates a "
        "new version of the terms, in force from the chosen date; earlier versions are kept and "
        "apply to the years before.",
    },
    "settings_edit.col.year": {"nl": "Jaar", "en": "Year"},
    "settings_edit.col.monthly": {"nl": "Bedrag per maand", "en": "Amount per month"},
    "settings_edit.not_an_amount": {
        "nl": "Regel {row}: ‘{value}’ is geen bedrag. Typ het bedrag per maand, bijvoorbeeld € 4.750,00.",
        "en": "Row {row}: ‘{value}’ is not an amount. Type the amount per month, for example €4,750.00.",
    },
    "settings_edit.col.source": {"nl": "Bron", "en": "Source"},
    "settings_edit.col.indicative": {"nl": "Indicatief (aanname)", "en": "Indicative (assumption)"},
    "settings_edit.valid_from": {"nl": "Nieuwe versie geldt vanaf", "en": "New version applies from"},
    "settings_edit.save": {
        "nl": "Salaristabel opslaan als nieuwe versie",
        "en": "Save the salary table as a new version",
    },
    "settings_edit.saved": {
        "nl": "De salaristabel is opgeslagen als nieuwe versie (geldig vanaf {day}). De kosten zijn "
        "opnieuw berekend.",
        "en": "The salary table has been saved as a new version (valid from {day}). The costs have "
        "been recalculated.",
    },
    "settings_edit.invalid": {"nl": "Niet opgeslagen: {problems}", "en": "Not saved: {problems}"},
    "settings_edit.denied": {
        "nl": "Alleen een beheerder kan de salaristabel wijzigen.",
        "en": "Only an administrator can change the salary table.",
    },
    "settings_edit.versions": {"nl": "Versies van de afspraken", "en": "Versions of the terms"},
    "settings_edit.col.valid_from": {"nl": "Geldt vanaf", "en": "Applies from"},
    "settings_edit.col.created_at": {"nl": "Opgeslagen op", "en": "Saved on"},
    "settings_edit.col.created_by": {"nl": "Door", "en": "By"},
    "settings_edit.col.note": {"nl": "Toelichting", "en": "Note"},
}
