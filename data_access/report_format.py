"""The quarterly report's layout (SPEC.md "The quarterly report"): sheets, labels, columns.

Both the template writer and the reader use these names, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

SHEET_REPORT = "Rapportage"
SHEET_HOURS = "Uren"
SHEET_MOVES = "Verhuizingen"
SHEET_BARRIERS = "Belemmeringen"
SHEET_INSTRUCTIONS = "Instructies"
SHEET_LISTS = "Lijsten"

LABEL_CORPORATION = "Corporatie"
LABEL_YEAR = "Jaar"
LABEL_QUARTER = "Kwartaal"


@dataclass(frozen=True)
class Column:
    header: str  # the template's header, always accepted
    field: str  # attribute / database column name
    required: bool
    synonyms: tuple[str, ...] = ()
    of_which: str | None = None  # field this one may not exceed


ACTIVITY_COLUMNS: tuple[Column, ...] = (
    Column("Gemeente", "municipality", True, ("gemeentenaam", "kern", "woonplaats")),
    Column("Huishoudens benaderd", "households_contacted", False,
           ("contacten", "aantal contacten", "benaderd")),
    Column("Uitvoerige gesprekken (>1 uur)", "conversations", True,
           ("uitvoerige gesprekken", "gesprekken > 1 uur", "gesprekken >1u", "gesprekken uitvoerig")),
    Column("Verhuizingen", "moves", True,
           ("verhuisd", "aantal verhuizingen", "gerealiseerde verhuizingen")),
    Column("Verhuizingen met voorrang", "priority_moves", True,
           ("waarvan met voorrang", "verhuisd met voorrang"), of_which="moves"),
    Column("Vrijgekomen eengezinswoningen", "freed_family_homes", False,
           ("vrijgekomen egw", "waarvan eengezinswoning"), of_which="moves"),
    Column("Seniorenwoningen", "senior_homes", True,
           ("aantal seniorenwoningen", "seniorenwoningen totaal")),
    Column("Seniorenwoningen met voorranglabel", "senior_homes_labelled", True,
           ("seniorenwoningen gelabeld", "gelabelde seniorenwoningen"), of_which="senior_homes"),
)

HOURS_COLUMNS: tuple[Column, ...] = (
    Column("Maand", "month", True, ("periode",)),
    Column("Uren verhuiscoach", "hours", True, ("uren", "inzet uren", "gewerkte uren")),
)

MOVE_COLUMNS: tuple[Column, ...] = (
    Column("Verhuisdatum", "move_date", True),
    Column("Gemeente vertrek", "municipality", True),
    Column("Woningtype vertrek", "from_type", False),
    Column("Slaapkamers vertrek", "from_bedrooms", False),
    Column("Woningtype nieuw", "to_type", False),
    Column("Slaapkamers nieuw", "to_bedrooms", False),
    Column("Leeftijdsklasse", "age_band", False),
    Column("Voorrang", "priority", False),
    Column("Vrijgekomen woning naar", "freed_home_to", False),
)

BARRIER_COLUMNS: tuple[Column, ...] = (
    Column("Reden", "reason", True),
    Column("Aantal", "count", True),
)

HOME_TYPES_FROM = ("eengezinswoning", "meergezinswoning", "overig")
HOME_TYPES_TO = ("eengezinswoning", "meergezinswoning", "seniorenwoning", "overig")
AGE_BANDS = ("55-64", "65-74", "75-84", "85+")
YES_NO = ("ja", "nee")
FREED_HOME_TO = ("gezin", "starter", "doorstromer", "overig", "onbekend")
BARRIER_REASONS = (
    "huurprijs of woonlasten",
    "geen passend aanbod",
    "gehechtheid aan woning of buurt",
    "opzien tegen verhuizing",
    "gezondheid",
    "digitale drempel",
    "wil later",
    "overig",
)

# Headers that suggest personal data (AVG): a file with such a column is refused.
PERSONAL_DATA_HEADERS = (
    "naam", "adres", "straat", "huisnummer", "postcode", "bsn",
    "telefoon", "e-mail", "email", "geboortedatum",
)

DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
