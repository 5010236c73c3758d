"""What reading and validating a quarterly workbook produces."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import numpy as np
import pandas as pd

from domain.messages import DEFAULT_LANGUAGE, Message


@dataclass(frozen=True)
class Problem:
    """One error or warning, located the way a spreadsheet user finds it; what is wrong and what to
    do is a coded message (domain/messages/upload.py), shown in the reader's language."""

    sheet: str | None
    row: int | None  # Excel row number (1-based), None when the problem is the whole sheet/file
    column: str | None
    value: Any  # the cell's value as read; shown as the user typed it (see `shown_value`)
    note: Message

    @property
    def code(self) -> str:
        return self.note.code

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.note.params)

    def text(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.note.text(lang)

    @property
    def message(self) -> str:
        """The Dutch sentence."""
        return self.text(DEFAULT_LANGUAGE)

    def to_json(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        value = self.value
        if isinstance(value, float) and math.isnan(value):
            value = None  # an empty cell; NaN is not valid JSON
        elif value is not None and not isinstance(value, (int, float, str, bool)):
            value = shown_value(value)
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": value,
            "message": self.text(lang),
        }


def shown_value(value: Any) -> str:
    """A cell value as the user sees it in the spreadsheet, never a Python representation:
    a duration as 86:30, a time as 8:30, a date as 2025-08-15 (ISO, as the command line gives)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"  # as the file stores it; Dutch Excel shows WAAR/ONWAAR
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        sign = "-" if minutes < 0 else ""
        return f"{sign}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"
    if isinstance(value, time):
        return f"{value.hour}:{value.minute:02d}"
    if isinstance(value, datetime):
        if value.year < 1900 or (value.year == 1900 and value.month < 3):
            return shown_value(value - datetime(1899, 12, 31))  # an Excel duration read as a date
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, np.generic):
        return shown_value(value.item())
    return str(value)


@dataclass
class ParsedReport:
    """A valid report's content, ready to store.

    activity: one row per municipality (fields of report_format.ACTIVITY_COLUMNS)
    hours: columns month, hours; moves: fields of MOVE_COLUMNS; barriers: reason, count.
    """

    corporation: str
    year: int
    quarter: int
    activity: pd.DataFrame
    hours: pd.DataFrame
    moves: pd.DataFrame = field(default_factory=pd.DataFrame)
    barriers: pd.DataFrame = field(default_factory=pd.DataFrame)

    def totals(self) -> dict[str, float | int]:
        a = self.activity
        return {
            "conversations": int(a["conversations"].sum()),
            "moves": int(a["moves"].sum()),
            "priority_moves": int(a["priority_moves"].sum()),
            "hours": round(float(self.hours["hours"].sum()), 2),
            "senior_homes": int(a["senior_homes"].sum()),
            "senior_homes_labelled": int(a["senior_homes_labelled"].sum()),
        }


@dataclass
class ValidationResult:
    file_name: str
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    corporation: str | None = None
    year: int | None = None
    quarter: int | None = None
    report: ParsedReport | None = None

    @property
    def ok(self) -> bool:
        return not self.errors and self.report is not None

    def to_json(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        """The command-line contract's object for `validate`; messages in `lang`."""
        return {
            "file": self.file_name,
            "ok": self.ok,
            "corporation": self.corporation,
            "year": self.year,
            "quarter": self.quarter,
            "totals": self.report.totals() if self.ok and self.report is not None else None,
            "errors": [p.to_json(lang) for p in self.errors],
            "warnings": [p.to_json(lang) for p in self.warnings],
        }


@dataclass(frozen=True)
class StoreOutcome:
    """What storing did: a new version, or nothing because the same file is already active."""

    submission_id: int
    version: int
    stored: bool
    replaced_version: int | None = None
