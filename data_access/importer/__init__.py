"""Quarterly workbook import: read → normalise → validate → store."""

from data_access.importer.result import ParsedReport, Problem, StoreOutcome, ValidationResult
from data_access.importer.storing import sha256_of, store_report
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
