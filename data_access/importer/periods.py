"""The report's year and quarter: read tolerantly, then checked against the agreement and today."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from data_access import report_format as fmt
from data_access.importer.normalise import month_from_name
from domain.messages import Message, msg
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
_ORDINAL_ENDINGS = {"e", "de", "ste", "st", "nd", "rd", "th"}
# Words between the months of "juli t/m september", "jul to sep".
_FILLERS = {"t", "m", "tm", "tot", "en", "met", "to", "till", "until", "through", "and"}
_TOKENS = re.compile(r"\d+|[a-z]+")
_YEAR = re.compile(r"(19|20)\d\d")


def parse_quarter(value: object) -> int | None:
    """1-4 from 3, '3', 'Q3', 'K3', '3e kwartaal', 'kwartaal 3', 'derde kwartaal', 'jul-sep'."""
    return _parse(value)[1]


def _parse(value: object) -> tuple[int | None, int | None]:
    """(year, quarter) written in one cell: '2025-K3', '2025K3', 'Q3 2025', '3e kwartaal 2025',
    'Q3 (juli-september)', 'jul-sep 2025', 3. A part that is not understood gives (_, None)."""
    number = as_int(value)
    if number is not None:
        return (None, number) if number in (1, 2, 3, 4) else (None, None)
    years: list[int] = []
    quarters: set[int] = set()
    months: set[int] = set()
    for token in _TOKENS.findall(normalise_label(value)):
        if _YEAR.fullmatch(token):
            years.append(int(token))
        elif token.isdigit() and token in ("1", "2", "3", "4"):
            quarters.add(int(token))
        elif token in ORDINALS:
            quarters.add(ORDINALS[token])
        elif token in _QUARTER_WORDS or token in _ORDINAL_ENDINGS or token in _FILLERS:
            continue
        elif not token.isdigit() and (month := month_from_name(token)):
            months.add(month)
        else:
            return None, None
    year = years[0] if len(set(years)) == 1 else None
    if len(set(years)) > 1:
        return None, None
    from_months = {(m - 1) // 3 + 1 for m in months}
    if len(quarters) > 1 or len(from_months) > 1:
        return year, None
    if quarters and from_months and quarters != from_months:
        return year, None  # 'Q3 (april-juni)': which one is meant?
    if quarters:
        return year, quarters.pop()
    if len(months) >= 2:  # 'jul-sep': two or three months of one quarter
        return year, from_months.pop()
    return year, None


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
    # (label, Excel row, value found, what is wrong)
    problems: list[tuple[str, int | None, object, Message]] = field(default_factory=list)


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
                msg("upload.quarter_year_mismatch", quarter_year=year_in_quarter, year=period.year),
            )
        )
    if period.year is None or not 2000 <= period.year <= 2100:
        code = "upload.year_invalid" if year_cell else "upload.year_no_label"
        period.problems.append((fmt.LABEL_YEAR, year_row, year_value, msg(code)))
        period.year = None
    if period.quarter is None:
        code = "upload.quarter_invalid" if quarter_cell else "upload.quarter_no_label"
        period.problems.append((fmt.LABEL_QUARTER, quarter_row, quarter_value, msg(code)))
    return period


def quarter_problems(
    quarter: Quarter, today: date, params: AgreementParameters
) -> tuple[list[Message], list[Message]]:
    """(errors, warnings) for reporting on `quarter` today: quarters that start after today or lie
    outside the agreement's term are refused; the current, unfinished quarter gets a warning."""
    if quarter.first_day > today:
        return [msg("upload.quarter_not_started", quarter=quarter.label)], []
    if quarter.last_day < params.start_date or quarter.first_day > params.end_date:
        return [
            msg(
                "upload.quarter_outside_agreement",
                quarter=quarter.label,
                start=params.start_date,
                end=params.end_date,
            )
        ], []
    if quarter.last_day >= today:
        return [], [msg("upload.quarter_not_ended", quarter=quarter.label, last_day=quarter.last_day)]
    return [], []
