"""What reading and validating a quarterly workbook produces."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class Problem:
    """One error or warning, located the way a spreadsheet user finds it."""

    sheet: str | None
    row: int | None  # Excel row number (1-based), None when the problem is the whole sheet/file
    column: str | None
    value: Any
    message: str  # Dutch: what is wrong and what to do

    def to_json(self) -> dict[str, Any]:
        value = self.value
        if isinstance(value, float) and math.isnan(value):
            value = None  # an empty cell; NaN is not valid JSON
        elif value is not None and not isinstance(value, (int, float, str, bool)):
            value = str(value)
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": value,
            "message": self.message,
        }


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

    def to_json(self) -> dict[str, Any]:
        """The command-line contract's object for `validate` (SPEC.md)."""
        return {
            "file": self.file_name,
            "ok": self.ok,
            "corporation": self.corporation,
            "year": self.year,
            "quarter": self.quarter,
            "totals": self.report.totals() if self.ok else None,
            "errors": [p.to_json() for p in self.errors],
            "warnings": [p.to_json() for p in self.warnings],
        }


@dataclass(frozen=True)
class StoreOutcome:
    """What storing did: a new version, or nothing because the same file is already active."""

    submission_id: int
    version: int
    stored: bool
    replaced_version: int | None = None
