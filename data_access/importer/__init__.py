"""Quarterly workbook import: read → normalise → validate → store.

`validate_workbook` (with pandera, calamine and the sandbox behind it) is loaded on first use, not
when the package is: the dashboard pages read stored figures and never validate, so a start of the
app does not pay for the validator's imports (docs/performance.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from data_access.importer.result import ParsedReport, Problem, StoreOutcome, ValidationResult
from data_access.importer.storing import sha256_of, store_report

if TYPE_CHECKING:
    from data_access.importer.validation import validate_workbook

__all__ = [
    "ParsedReport",
    "Problem",
    "StoreOutcome",
    "ValidationResult",
    "sha256_of",
    "store_report",
    "validate_workbook",
]


def __getattr__(name: str) -> Any:
    if name == "validate_workbook":
        from data_access.importer.validation import validate_workbook

        return validate_workbook
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
