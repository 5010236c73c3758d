"""Messages about the agreement's parameters, costs and what-if scenarios."""

MESSAGES = {
    "parameters.group.municipalities": {"nl": "gemeenten", "en": "municipalities"},
    "parameters.group.corporations": {"nl": "corporaties", "en": "corporations"},
    "parameters.group.partners": {"nl": "partners", "en": "partners"},
    "parameters.municipal_part_range": {
        "nl": "Het aandeel van de gemeenten moet tussen 0 en 100 % liggen.",
        "en": "The municipalities' part must be between 0 and 100 %.",
    },
    "parameters.hours_negative": {
        "nl": "Uren per week kunnen niet negatief zijn.",
        "en": "Hours per week cannot be negative.",
    },
    "parameters.full_time_positive": {
        "nl": "Een voltijdsweek moet meer dan 0 uur hebben.",
        "en": "A full-time week must have more than 0 hours.",
    },
    "parameters.salary_table_empty": {
        "nl": "De salaristabel heeft minstens één jaar met een bedrag nodig.",
        "en": "The salary table needs at least one year with an amount.",
    },
    "parameters.end_before_start": {
        "nl": "De einddatum moet na de startdatum liggen.",
        "en": "The end date must be after the start date.",
    },
    "parameters.key_sum": {
        "nl": "De verdeelsleutel van de {group} telt op tot {total:.2f} % in plaats van 100 %; "
        "pas de percentages aan of normaliseer ze.",
        "en": "The cost key of the {group} adds up to {total:.2f} % instead of 100 %; "
        "adjust the percentages or normalise them.",
    },
    "parameters.key_negative": {
        "nl": "Een verdeelsleutel van de {group} kan niet negatief zijn.",
        "en": "A cost key of the {group} cannot be negative.",
    },
    "parameters.key_sum_zero": {
        "nl": "Een verdeelsleutel die optelt tot 0 kan niet worden genormaliseerd.",
        "en": "A cost key that adds up to 0 cannot be normalised.",
    },
    "parameters.hours_without_key": {
        "nl": "Er zijn uren per week opgegeven voor een corporatie zonder verdeelsleutel: {names:list}. "
        "Geef deze corporatie een verdeelsleutel of verwijder de uren.",
        "en": "Hours per week were given for a corporation without a cost key: {names:list}. "
        "Give this corporation a cost key or remove the hours.",
    },
    "parameters.salary_row_year": {
        "nl": "Regel {row}: vul een jaartal in (bijvoorbeeld 2025).",
        "en": "Row {row}: enter a year (for example 2025).",
    },
    "parameters.salary_row_amount": {
        "nl": "Regel {row} ({year}): vul een bedrag per maand groter dan 0 in.",
        "en": "Row {row} ({year}): enter a monthly amount greater than 0.",
    },
    "parameters.salary_row_twice": {
        "nl": "Regel {row}: het jaar {year} staat meer dan eens in de tabel.",
        "en": "Row {row}: the year {year} appears more than once in the table.",
    },
    "whatif.unknown_parts": {
        "nl": "Een scenario kan deze onderdelen niet wijzigen: {names:list}.",
        "en": "A scenario cannot change these parts: {names:list}.",
    },
    "whatif.invalid_value": {
        "nl": "Het scenario-onderdeel {name} bevat een ongeldige waarde.",
        "en": "The scenario part {name} holds an invalid value.",
    },
    "whatif.salary_positive": {
        "nl": "Het maandsalaris in een scenario moet groter dan 0 zijn.",
        "en": "The monthly salary in a scenario must be greater than 0.",
    },
    "whatif.employer_charges_range": {
        "nl": "De werkgeverslasten moeten tussen 0 en 100 % liggen.",
        "en": "Employer charges must be between 0 and 100 %.",
    },
}
