"""The quarterly report's layout (docs/upload-format.md): sheets, labels, columns.

Both the template writer and the reader use these names, so they cannot drift apart. Headers,
labels and sheet names are compared after `domain.partners.normalise_label`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SHEET_REPORT = "Rapportage"
SHEET_HOURS = "Uren"
SHEET_MOVES = "Verhuizingen"
SHEET_BARRIERS = "Belemmeringen"
SHEET_INSTRUCTIONS = "Instructies"
SHEET_LISTS = "Lijsten"
REQUIRED_SHEETS = (SHEET_REPORT, SHEET_HOURS)
OPTIONAL_SHEETS = (SHEET_MOVES, SHEET_BARRIERS)
HELPER_SHEETS = (SHEET_INSTRUCTIONS, SHEET_LISTS)  # the template's own, never read

LABEL_CORPORATION = "Corporatie"
LABEL_YEAR = "Jaar"
LABEL_QUARTER = "Kwartaal"
LABEL_SYNONYMS: dict[str, tuple[str, ...]] = {
    LABEL_CORPORATION: ("woningcorporatie", "corporatie naam", "naam corporatie", "organisatie"),
    LABEL_YEAR: ("rapportagejaar", "jaartal"),
    LABEL_QUARTER: ("rapportagekwartaal", "periode kwartaal"),
}

Kind = Literal["text", "integer", "decimal", "date", "month", "choice", "yes_no"]


@dataclass(frozen=True)
class Column:
    header: str  # the template's header, always accepted
    field: str  # attribute / database column name
    required: bool  # the column must exist and every row needs a value
    synonyms: tuple[str, ...] = ()
    of_which: str | None = None  # field this one may not exceed
    kind: Kind = "integer"
    maximum: float | None = None
    choices: tuple[str, ...] = ()


ACTIVITY_COLUMNS: tuple[Column, ...] = (
    Column(
        "Gemeente", "municipality", True, ("gemeentenaam", "naam gemeente", "kern", "woonplaats"), kind="text"
    ),
    Column(
        "Huishoudens benaderd", "households_contacted", False, ("contacten", "aantal contacten", "benaderd")
    ),
    Column(
        "Uitvoerige gesprekken (>1 uur)",
        "conversations",
        True,
        ("uitvoerige gesprekken", "gesprekken > 1 uur", "gesprekken >1u", "gesprekken uitvoerig"),
    ),
    Column("Verhuizingen", "moves", True, ("verhuisd", "aantal verhuizingen", "gerealiseerde verhuizingen")),
    Column(
        "Verhuizingen met voorrang",
        "priority_moves",
        True,
        ("waarvan met voorrang", "verhuisd met voorrang"),
        of_which="moves",
    ),
    Column(
        "Vrijgekomen eengezinswoningen",
        "freed_family_homes",
        False,
        ("vrijgekomen egw", "waarvan eengezinswoning"),
        of_which="moves",
    ),
    Column("Seniorenwoningen", "senior_homes", True, ("aantal seniorenwoningen", "seniorenwoningen totaal")),
    Column(
        "Seniorenwoningen met voorranglabel",
        "senior_homes_labelled",
        True,
        ("seniorenwoningen gelabeld", "gelabelde seniorenwoningen"),
        of_which="senior_homes",
    ),
)

MAX_MONTHLY_HOURS = 250.0
HOURS_COLUMNS: tuple[Column, ...] = (
    Column("Maand", "month", True, ("periode",), kind="month"),
    Column(
        "Uren verhuiscoach",
        "hours",
        True,
        ("uren", "inzet uren", "gewerkte uren"),
        kind="decimal",
        maximum=MAX_MONTHLY_HOURS,
    ),
)

HOME_TYPES_FROM = ("eengezinswoning", "meergezinswoning", "overig")
HOME_TYPES_TO = ("eengezinswoning", "meergezinswoning", "seniorenwoning", "overig")
AGE_BANDS = ("55-64", "65-74", "75-84", "85+")
YES_NO = ("ja", "nee")
FREED_HOME_TO = ("gezin", "starter", "doorstromer", "overig", "onbekend")
MAX_BEDROOMS = 20

MOVE_COLUMNS: tuple[Column, ...] = (
    Column("Verhuisdatum", "move_date", True, ("datum verhuizing", "datum"), kind="date"),
    Column(
        "Gemeente vertrek",
        "municipality",
        True,
        ("gemeente", "kern vertrek", "woonplaats vertrek"),
        kind="text",
    ),
    Column("Woningtype vertrek", "from_type", False, kind="choice", choices=HOME_TYPES_FROM),
    Column("Slaapkamers vertrek", "from_bedrooms", False, maximum=MAX_BEDROOMS),
    Column("Woningtype nieuw", "to_type", False, kind="choice", choices=HOME_TYPES_TO),
    Column("Slaapkamers nieuw", "to_bedrooms", False, maximum=MAX_BEDROOMS),
    Column("Leeftijdsklasse", "age_band", False, ("leeftijd",), kind="choice", choices=AGE_BANDS),
    Column("Voorrang", "priority", False, ("met voorrang",), kind="yes_no"),
    Column("Vrijgekomen woning naar", "freed_home_to", False, kind="choice", choices=FREED_HOME_TO),
)

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
BARRIER_COLUMNS: tuple[Column, ...] = (
    Column("Reden", "reason", True, ("belemmering",), kind="choice", choices=BARRIER_REASONS),
    Column("Aantal", "count", True, ("aantal huishoudens",)),
)

# A row whose text cell reads like this is a total line: skipped, never counted twice.
TOTAL_ROW_WORDS = ("totaal", "total", "totalen", "totals", "eindtotaal", "subtotaal", "som", "sum")

# Header words that suggest personal data (AVG): a file with such a column is refused.
PERSONAL_DATA_HEADERS = (
    "naam",
    "adres",
    "straat",
    "huisnummer",
    "postcode",
    "bsn",
    "telefoon",
    "e-mail",
    "email",
    "geboortedatum",
)
# Their spelled-out and compound forms, compared word by word after normalising.
PERSONAL_DATA_WORDS = frozenset(
    {
        "naam",
        "namen",
        "voornaam",
        "achternaam",
        "voorletters",
        "tussenvoegsel",
        "adres",
        "woonadres",
        "straat",
        "straatnaam",
        "huisnummer",
        "huisnr",
        "postcode",
        "bsn",
        "burgerservicenummer",
        "sofinummer",
        "telefoon",
        "telefoonnummer",
        "tel",
        "mobiel",
        "email",
        "emailadres",
        "mail",
        "mailadres",
        "geboortedatum",
        "geboren",
        "name",
        "address",
        "street",
        "phone",
        "birthdate",
    }
)

DUTCH_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

# The activity table's figures (every column but the municipality), in the report's order: what
# is stored per row, summed per quarter by the repositories and split by the domain into flows and
# stock (domain.progress.FLOW_COLUMNS / STOCK_COLUMNS; tests/data_access/test_report_columns.py
# keeps the model, the domain and this list the same).
ACTIVITY_FIGURES: tuple[str, ...] = tuple(c.field for c in ACTIVITY_COLUMNS if c.field != "municipality")


def stored_fields(columns: tuple[Column, ...]) -> list[str]:
    """A sheet's fields as database columns: a municipality is stored as its partner's id."""
    return ["municipality_id" if c.field == "municipality" else c.field for c in columns]
