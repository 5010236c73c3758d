"""The report's year and quarter: read tolerantly, then checked against the agreement and today."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from data_access import report_format as fmt
from domain.parameters import AgreementParameters
from domain.partners import normalise_label
from domain.periods import Quarter

ORDINALS = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
}
_QUARTER_WORDS = {"kwartaal", "kw", "quarter", "qtr", "q", "k"}
_QUARTER_TOKEN = re.compile(r"(?:q|k|kw)?([1-4])(?:e|de|ste)?")


def parse_quarter(value: object) -> int | None:
    """1-4 from 3, '3', 'Q3', 'K3', '3e kwartaal', 'kwartaal 3', 'derde kwartaal'."""
    return _parse(value)[1]


def _parse(value: object) -> tuple[int | None, int | None]:
    """(year, quarter) written in one cell: '2025-K3', 'Q3 2025', '3e kwartaal 2025', 3."""
    number = as_int(value)
    if number is not None:
        return (None, number) if number in (1, 2, 3, 4) else (None, None)
    words = normalise_label(value).split()
    years = [w for w in words if re.fullmatch(r"(19|20)\d\d", w)]
    rest = [w for w in words if w not in years and w not in _QUARTER_WORDS]
    if len(years) > 1 or len(rest) != 1:
        return None, None
    year = int(years[0]) if years else None
    if rest[0] in ORDINALS:
        return year, ORDINALS[rest[0]]
    match = _QUARTER_TOKEN.fullmatch(rest[0])
    return (year, int(match.group(1))) if match else (year, None)


def as_int(value: object) -> int | None:
    if value is None or isinstance(value, bool) or (isinstance(value, float) and value != value):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


@dataclass
class Period:
    year: int | None = None
    quarter: int | None = None
    quarter_row: int | None = None
    problems: list[tuple[str, int | None, object, str]] = field(default_factory=list)


def read_period(year_cell: tuple[object, int] | None, quarter_cell: tuple[object, int] | None) -> Period:
    """Year and quarter from their label cells; a quarter cell may carry the year too."""
    year_value, year_row = year_cell or (None, None)
    quarter_value, quarter_row = quarter_cell or (None, None)
    period = Period(quarter_row=quarter_row or year_row)
    year_in_quarter, period.quarter = _parse(quarter_value)
    period.year = as_int(year_value)
    if period.year is None and year_value is not None:
        period.year = _parse(year_value)[0]
    if period.year is None:
        period.year = year_in_quarter
    elif year_in_quarter is not None and year_in_quarter != period.year:
        period.problems.append(
            (
                fmt.LABEL_QUARTER,
                quarter_row,
                quarter_value,
                f"Het kwartaal noemt {year_in_quarter}, maar bij '{fmt.LABEL_YEAR}' "
                f"staat {period.year}. Maak ze gelijk.",
            )
        )
    if period.year is None or not 2000 <= period.year <= 2100:
        where = "" if year_cell else " Zet boven de tabel een cel 'Jaar' met het jaartal ernaast."
        period.problems.append(
            (
                fmt.LABEL_YEAR,
                year_row,
                year_value,
                "Het jaar ontbreekt of is geen jaartal; vul bijvoorbeeld 2025 in." + where,
            )
        )
        period.year = None
    if period.quarter is None:
        where = "" if quarter_cell else " Zet boven de tabel een cel 'Kwartaal' met het kwartaal ernaast."
        period.problems.append(
            (
                fmt.LABEL_QUARTER,
                quarter_row,
                quarter_value,
                "Het kwartaal ontbreekt of is onleesbaar; vul 1, 2, 3 of 4 in "
                "(ook 'K3' of 'Q3' mag)." + where,
            )
        )
    return period


def quarter_problems(
    quarter: Quarter, today: date, params: AgreementParameters
) -> tuple[list[str], list[str]]:
    """(errors, warnings) for reporting on `quarter` today (SPEC.md 'Uploading: what must hold')."""
    if quarter.first_day > today:
        return [
            f"Kwartaal {quarter.label} is nog niet begonnen; u kunt alleen afgelopen kwartalen "
            "en het lopende kwartaal rapporteren. Controleer het jaar en het kwartaal."
        ], []
    if quarter.last_day < params.start_date or quarter.first_day > params.end_date:
        return [
            f"Kwartaal {quarter.label} valt buiten de looptijd van de overeenkomst "
            f"({params.start_date:%d-%m-%Y} tot en met {params.end_date:%d-%m-%Y}). "
            "Controleer het jaar en het kwartaal."
        ], []
    if quarter.last_day >= today:
        return [], [
            f"Kwartaal {quarter.label} is nog niet afgelopen (het loopt tot en met "
            f"{quarter.last_day:%d-%m-%Y}). U kunt nu rapporteren, maar upload na afloop "
            "de volledige cijfers; die vervangen dan deze versie."
        ]
    return [], []
