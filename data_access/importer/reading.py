"""Read a quarterly workbook into raw tables (values via python-calamine).

This first reader understands the template's layout: sheets and labels found by their
normalised names, the table found by its header row. Rows keep their Excel row numbers so
validation can point at them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pandas as pd

from data_access import report_format as fmt
from domain.partners import normalise_label


class UnreadableWorkbook(ValueError):
    """The file is not a workbook we can open; the message is Dutch and says what to do."""


@dataclass
class RawTable:
    """Cells of one table: columns are field names, index is the Excel row number."""

    sheet: str
    frame: pd.DataFrame
    headers: dict[str, str]  # field → header as written in the file
    unknown_headers: list[str]


def read_sheets(content: bytes) -> dict[str, pd.DataFrame]:
    """All sheets as raw cell grids keyed by normalised sheet name."""
    try:
        sheets = pd.read_excel(
            io.BytesIO(content), sheet_name=None, header=None, dtype=object, engine="calamine"
        )
    except Exception as exc:  # calamine raises several types for unreadable files
        raise UnreadableWorkbook(
            "Het bestand kan niet als Excel-werkmap (.xlsx) worden gelezen. "
            "Sla het in Excel op als 'Excel-werkmap (.xlsx)' en upload het opnieuw."
        ) from exc
    return {normalise_label(name): grid for name, grid in sheets.items()}


def header_lookup(columns: tuple[fmt.Column, ...]) -> dict[str, str]:
    lookup = {}
    for column in columns:
        for name in (column.header, *column.synonyms):
            lookup[normalise_label(name)] = column.field
    return lookup


def find_table(grid: pd.DataFrame, sheet: str, columns: tuple[fmt.Column, ...]) -> RawTable | None:
    """The first row that names the table's first required column is its header row."""
    lookup = header_lookup(columns)
    key_field = columns[0].field
    for row_pos in range(len(grid)):
        fields = {pos: lookup.get(normalise_label(v)) for pos, v in grid.iloc[row_pos].items()}
        if key_field not in fields.values():
            continue
        headers = {f: str(grid.iat[row_pos, pos]) for pos, f in fields.items() if f}
        unknown = [str(grid.iat[row_pos, pos]) for pos, f in fields.items()
                   if not f and pd.notna(grid.iat[row_pos, pos])]
        body = grid.iloc[row_pos + 1:, [pos for pos, f in fields.items() if f]]
        body.columns = [f for f in fields.values() if f]
        body.index = body.index + 1  # grid index 0 is Excel row 1
        body = body.dropna(how="all")
        return RawTable(sheet, body, headers, unknown)
    return None


def read_labels(grid: pd.DataFrame, labels: tuple[str, ...]) -> dict[str, tuple[object, int]]:
    """Label → (value in the next non-empty cell to its right, Excel row)."""
    wanted = {normalise_label(label): label for label in labels}
    found: dict[str, tuple[object, int]] = {}
    for row_pos in range(min(len(grid), 30)):
        row = grid.iloc[row_pos]
        for col_pos, value in enumerate(row):
            label = wanted.get(normalise_label(value))
            if label and label not in found:
                rest = [v for v in row.iloc[col_pos + 1:] if pd.notna(v)]
                found[label] = (rest[0] if rest else None, row_pos + 1)
    return found
