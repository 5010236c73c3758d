"""Files people download and tables they can export: CSV that opens correctly in Excel, the MIME
type of the workbooks, and user text made safe for Streamlit's table toolbar.

A cell that starts with = + - @ (or a tab or line break) is run as a formula by Excel and
LibreOffice; uploaded files, file names and scenario names are typed by users, so such text gets
an apostrophe in front (data_access.exports.safe_value, the one neutraliser). Line breaks inside
a value are quoted in our CSV; Streamlit's table toolbar ("download as CSV") quotes a value only
for a comma, a quote or a newline, so a bare carriage return would start a new row there: in the
frames we show, line breaks and tabs become spaces.
"""

from __future__ import annotations

import re

import pandas as pd

from data_access.exports import safe_value as neutralise

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_NUMBER = re.compile(r"^[+-]?\d[\d.,\u00a0 ]*$")  # '-4', '-1.234,5': a number, not a formula
_BREAKS = re.compile(r"[\r\n\t]+")


def csv_bytes(frame: pd.DataFrame, lang: str = "nl") -> bytes:
    """CSV that opens correctly in Excel for the language: nl uses ';' and a decimal comma. Rows end
    in CRLF, so a value holding a line break (even a bare CR) is quoted and stays one cell."""
    safe = frame.copy()
    for column in safe.columns:
        if pd.api.types.is_float_dtype(safe[column]):
            values = safe[column].dropna()
            safe[column] = safe[column].astype("Int64") if (values % 1 == 0).all() else safe[column].round(2)
        elif not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    sep, decimal = (";", ",") if lang == "nl" else (",", ".")
    return safe.to_csv(index=False, sep=sep, decimal=decimal, lineterminator="\r\n").encode("utf-8-sig")


def shown_text(value):
    """A user's text as shown in a table Streamlit can export: one line, never a formula."""
    if not isinstance(value, str):
        return value
    text = _BREAKS.sub(" ", value)
    if _NUMBER.match(text.strip()):
        return text
    return neutralise(text)


def shown_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """`shown_text` applied to every text column (for st.dataframe / st.table)."""
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(shown_text)
    return safe
