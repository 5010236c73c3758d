"""Files people download: CSV that opens correctly in Excel, and the MIME types of the exports."""

from __future__ import annotations

import pandas as pd

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(value):
    """Text that a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame, lang: str = "nl") -> bytes:
    """CSV that opens correctly in Excel for the language: nl uses ';' and a decimal comma."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_float_dtype(safe[column]):
            values = safe[column].dropna()
            safe[column] = safe[column].astype("Int64") if (values % 1 == 0).all() else safe[column].round(2)
        elif not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(_neutralise)
    sep, decimal = (";", ",") if lang == "nl" else (",", ".")
    return safe.to_csv(index=False, sep=sep, decimal=decimal).encode("utf-8-sig")
