"""Turn raw cell values into typed values: numbers, dates, months, list choices.

Each converter works on the distinct values of a column only (a 50 000-row sheet has few), and
returns NaN / None where a filled cell cannot be understood, so the caller can report that cell
with its row. Blank cells are told apart from unreadable ones.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta

import numpy as np
import pandas as pd

from data_access import report_format as fmt
from domain.partners import normalise_label

EXCEL_EPOCH = date(1899, 12, 30)
_DUTCH_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']+")


def is_blank(value: object) -> bool:
    return (
        value is None
        or (isinstance(value, float) and value != value)
        or (isinstance(value, str) and not value.strip())
    )


def map_unique(values: pd.Series, convert: Callable[[object], object]) -> np.ndarray:
    """`convert` applied once per distinct value; blanks (None/NaN) give None."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    converted = np.empty(len(uniques) + 1, dtype=object)
    converted[:-1] = [convert(u) for u in uniques]
    converted[-1] = None
    return converted[codes]


def blank_mask(frame: pd.DataFrame) -> pd.DataFrame:
    """True where a cell is empty (None, NaN, '' or only spaces)."""
    if frame.empty:
        return frame.astype(bool)
    flat = frame.to_numpy(dtype=object).ravel()
    codes, uniques = pd.factorize(flat, use_na_sentinel=True)
    blank = np.append(np.array([is_blank(u) for u in uniques], dtype=bool), True)
    return pd.DataFrame(blank[codes].reshape(frame.shape), index=frame.index, columns=frame.columns)


def parse_number(value: object) -> float:
    """1234 from 1234, '1.234', ' 1 234 '; 12.5 from '12,5' or '12.5'; NaN when not a number."""
    if isinstance(value, bool):
        return np.nan
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    if not isinstance(value, str):
        return np.nan
    text = _SPACES.sub("", value)
    if _DUTCH_THOUSANDS.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif "," in text and "." in text:  # the last separator is the decimal one
        text = (
            text.replace(".", "").replace(",", ".")
            if text.rfind(",") > text.rfind(".")
            else text.replace(",", "")
        )
    else:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return np.nan
    return number if np.isfinite(number) else np.nan


def to_numbers(values: pd.Series) -> pd.Series:
    return pd.Series(map_unique(values, parse_number), index=values.index, dtype=float)


_HOUR_UNITS = re.compile(r"\s*(?:uur|uren|u|h|hr|hrs|hour|hours)\.?\s*$", re.IGNORECASE)
_DURATION = re.compile(r"^\s*(\d{1,4}):([0-5]\d)(?::([0-5]\d))?\s*$")
EXCEL_DAY_ZERO = datetime(1899, 12, 31)  # serial 1 is 1 January 1900
_DURATION_AS_DATE_UNTIL = datetime(1900, 3, 1)


def parse_hours(value: object) -> float:
    """Hours from 86.5, '86,5', '86,5 uur', '86,5 u', '86:30' (text) or a time or duration cell.

    A cell formatted [u]:mm (Dutch Excel's [h]:mm) holds days: python-calamine gives a timedelta,
    a time for less than a day, or a date early in 1900 when it does not know the format."""
    if isinstance(value, timedelta):
        return value.total_seconds() / 3600
    if isinstance(value, time):
        return value.hour + value.minute / 60 + value.second / 3600
    if isinstance(value, datetime):
        if value < _DURATION_AS_DATE_UNTIL:
            return (value - EXCEL_DAY_ZERO).total_seconds() / 3600
        return np.nan
    if isinstance(value, str):
        text = _HOUR_UNITS.sub("", value)
        duration = _DURATION.match(text)
        if duration:
            hours, minutes, seconds = duration.groups()
            return int(hours) + int(minutes) / 60 + int(seconds or 0) / 3600
        return parse_number(text)
    return parse_number(value)


def to_hours(values: pd.Series) -> pd.Series:
    return pd.Series(map_unique(values, parse_hours), index=values.index, dtype=float)


_DATE_FORMATS = (
    "%d-%m-%Y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y-%m-%d",
    "%d-%m-%y",
    "%d/%m/%y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d-%m-%Y %H:%M:%S",
)


def parse_date(value: object) -> date | None:
    """A date cell, '15-08-2025', '2025-08-15', '15 augustus 2025' or an Excel day number."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 20000 <= value <= 80000:
        return EXCEL_EPOCH + timedelta(days=int(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return _date_in_words(text)


def _date_in_words(text: str) -> date | None:
    parts = normalise_label(text).split()
    if len(parts) != 3 or not (parts[0].isdigit() and parts[2].isdigit()):
        return None
    month = month_from_name(parts[1])
    try:
        return date(int(parts[2]), month, int(parts[0])) if month else None
    except ValueError:
        return None


def to_dates(values: pd.Series) -> pd.Series:
    return pd.Series(map_unique(values, parse_date), index=values.index, dtype=object)


MONTH_ABBREVIATIONS = {"mrt": 3, "okt": 10}


def month_from_name(text: str) -> int | None:
    if text in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[text]
    for names in (fmt.DUTCH_MONTHS, fmt.ENGLISH_MONTHS):
        for number, name in enumerate(names, start=1):
            if text == name or (len(text) >= 3 and name.startswith(text)):
                return number
    return None


def parse_month(value: object) -> int | None:
    """1-12 from 'juli', 'Jul', 'July', 7, '2025-07' or a date in that month."""
    if isinstance(value, (datetime, date)):
        return value.month
    number = parse_number(value)
    if number == number:  # not NaN
        return int(number) if number.is_integer() and 1 <= number <= 12 else None
    text = normalise_label(value)
    by_name = month_from_name(text.split()[0]) if text else None
    if by_name:
        return by_name
    match = re.fullmatch(r"(\d{4}) (\d{1,2})|(\d{1,2}) (\d{4})", text)
    if match:
        month = int(match.group(2) or match.group(3))
        return month if 1 <= month <= 12 else None
    parsed = parse_date(value)
    return parsed.month if parsed else None


def to_months(values: pd.Series) -> pd.Series:
    return pd.Series(map_unique(values, parse_month), index=values.index, dtype=object)


# The short names everybody uses for a home's type (compared after normalise_label).
CHOICE_ALIASES = {
    "egw": "eengezinswoning",
    "eengezins": "eengezinswoning",
    "mgw": "meergezinswoning",
    "meergezins": "meergezinswoning",
    "app": "meergezinswoning",
    "appartement": "meergezinswoning",
    "flat": "meergezinswoning",
}


def choice_lookup(options: tuple[str, ...]) -> Callable[[object], str | None]:
    """A converter to the option a cell names (case, accents and spacing ignored); the aliases
    above count for the options they name."""
    exact = {normalise_label(o): o for o in options}
    exact |= {alias: option for alias, option in CHOICE_ALIASES.items() if option in options}

    def convert(value: object) -> str | None:
        text = normalise_label(value)
        if text in exact:
            return exact[text]
        starting = {o for key, o in exact.items() if text and key.startswith(text)}
        return starting.pop() if len(starting) == 1 and len(text) >= 4 else None

    return convert


YES = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
NO = {"nee", "n", "no", "false", "onwaar", "0"}


def parse_yes_no(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = normalise_label(value)
    return True if text in YES else False if text in NO else None


def is_total_label(value: object) -> bool:
    """'Totaal', 'Totaal Q3', 'Eindtotaal', 'Total': a total line, not data."""
    if not isinstance(value, str):
        return False
    words = normalise_label(value).split()
    return bool(words) and words[0] in fmt.TOTAL_ROW_WORDS


def personal_data_header(header: str) -> bool:
    """Does a header that matched no known column look like personal data (AVG)?"""
    words = normalise_label(header).split()
    return any(word in fmt.PERSONAL_DATA_WORDS for word in words) or (
        "".join(words) in {"email", "emailadres", "telefoonnummer", "geboortedatum"}
    )


def closest(value: object, names: Mapping[str, str], cutoff: float = 0.8) -> str | None:
    """The name a misspelt value most likely means ('Hardewijk' → 'Harderwijk'), or None.

    `names` maps each name's normalise_label form to how it is written."""
    text = normalise_label(value)
    if len(text) < 3:
        return None
    found = difflib.get_close_matches(text, list(names), n=1, cutoff=cutoff)
    return names[found[0]] if found else None
