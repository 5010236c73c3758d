"""Read a quarterly workbook into raw tables: values via python-calamine, after the sheet scan.

Only sheets the scan (sheetscan.py) has bounded are read. A cell whose value python-calamine
cannot report truthfully is replaced by a marker the checks recognise: an error value such as
#DIV/0! (calamine reads it as an empty cell) becomes `ErrorValue`, a formula without a saved
result (read as empty, or as XlsxWriter's placeholder 0) becomes `NoResult`.

The reader is tolerant about layout: sheets and labels are found by their normalised names, the
table by the row that holds most known headers (so a title above it is fine), headers by their
synonyms. Rows keep their Excel row numbers so validation can point at them.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
from python_calamine import CalamineWorkbook, SheetTypeEnum

from data_access import report_format as fmt
from data_access.importer.normalise import blank_mask, is_blank, is_total_label, map_unique
from data_access.importer.result import shown_value
from data_access.importer.safety import RefusedFile
from data_access.importer.sheetscan import WorkbookScan
from domain.partners import normalise_label

# The error values python-calamine reads (as an empty cell); any other stops it for the whole file.
READABLE_ERRORS = frozenset({"", "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"})
HEADER_SEARCH_ROWS = 60
LABEL_SEARCH_ROWS = 30


@dataclass
class Sheet:
    """One worksheet's cells: row position 0 is Excel row 1, column position 0 is column A."""

    name: str  # as written in the file
    grid: pd.DataFrame
    has_markers: bool = False  # an ErrorValue or NoResult somewhere in the grid


@dataclass
class RawTable:
    """The body of one table: columns are field names, the index is the Excel row number."""

    sheet: str
    frame: pd.DataFrame
    header_row: int  # Excel row of the header
    headers: dict[str, str]  # field → header as written in the file
    positions: dict[str, int] = field(default_factory=dict)  # field → column position (0 = A)
    has_markers: bool = False
    extra_headers: list[tuple[str, str]] = field(default_factory=list)  # (column letter, header)
    duplicate_headers: list[str] = field(default_factory=list)
    total_rows: list[int] = field(default_factory=list)  # skipped 'Totaal' lines

    def subset(self, keep: pd.Series | np.ndarray) -> RawTable:
        """The same table with only the rows where `keep` (aligned to frame) is true."""
        keep = pd.Series(keep, index=self.frame.index).fillna(False).astype(bool)
        return replace(self, frame=self.frame[keep.to_numpy()])


def squash(text: object) -> str:
    """Header key: normalised and without spaces, so '> 1 uur' and '>1 uur' are the same."""
    return normalise_label(text).replace(" ", "")


@dataclass(frozen=True)
class ErrorValue:
    """An error value in a cell, as the file stores it ('#DIV/0!')."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class NoResult:
    """A formula whose result was never saved: its value is unknown."""

    formula: str

    def __str__(self) -> str:
        return "=" + self.formula


def is_marker(value: object) -> bool:
    return isinstance(value, (ErrorValue, NoResult))


def read_sheets(content: bytes, scan: WorkbookScan) -> dict[str, Sheet]:
    """Every worksheet keyed by normalised name, with error values and formulas without result
    marked; raises RefusedFile when calamine cannot read it or a sheet was not scanned."""
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
        sheets = {}
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            sheet_scan = scan.sheets.get(meta.name)
            if sheet_scan is None or sheet_scan.too_large:  # never read what was not bounded
                raise RefusedFile("upload.sheet_unreadable", sheet=meta.name)
            rows = book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            rows = _marked(rows, sheet_scan.errors, sheet_scan.no_result)
            grid = pd.DataFrame(rows, dtype=object) if rows else pd.DataFrame(dtype=object)
            marked = bool(sheet_scan.errors or sheet_scan.no_result)
            sheets[normalise_label(meta.name)] = Sheet(meta.name, grid, marked)
        return sheets
    except RefusedFile:
        raise
    except Exception as exc:  # calamine raises its own types for zip, XML and password errors
        raise RefusedFile("upload.file_unreadable") from exc


def _marked(
    rows: list[list], errors: dict[tuple[int, int], str], no_result: dict[tuple[int, int], str]
) -> list[list]:
    """The grid with markers at (Excel row, column number); the grid grows when a formula
    without result lies outside the range calamine reports."""
    marks: dict[tuple[int, int], ErrorValue | NoResult] = {
        where: ErrorValue(text) for where, text in errors.items()
    }
    marks |= {where: NoResult(formula) for where, formula in no_result.items()}
    if not marks:
        return rows
    width = max([len(rows[0]) if rows else 0, *(column for _, column in marks)])
    height = max([len(rows), *(row for row, _ in marks)])
    rows = [list(line) + [None] * (width - len(line)) for line in rows]
    rows += [[None] * width for _ in range(height - len(rows))]
    for (row, column), mark in marks.items():
        rows[row - 1][column - 1] = mark
    return rows


def find_sheet(sheets: dict[str, Sheet], name: str) -> Sheet | None:
    """Exact normalised name first, then a sheet whose name starts with it ('Rapportage K3')."""
    key = normalise_label(name)
    if key in sheets:
        return sheets[key]
    candidates = [s for k, s in sheets.items() if k.startswith(key)]
    return candidates[0] if len(candidates) == 1 else None


def header_lookup(columns: tuple[fmt.Column, ...]) -> dict[str, str]:
    lookup = {}
    for column in columns:
        for name in (column.header, *column.synonyms):
            lookup[squash(name)] = column.field
    return lookup


def match_header(text: object, lookup: dict[str, str]) -> str | None:
    """The field a header names; a unit in brackets ('Verhuizingen (aantal)') may be added."""
    if not isinstance(text, str):
        return None
    key = squash(text)
    if key in lookup:
        return lookup[key]
    without_brackets = squash(re.sub(r"\([^)]*\)|\[[^]]*\]", " ", text))
    return lookup.get(without_brackets) if without_brackets else None


def _header_row(grid: pd.DataFrame, lookup: dict[str, str]) -> int | None:
    best, best_count = None, 1
    for row_pos in range(min(len(grid), HEADER_SEARCH_ROWS)):
        fields = {match_header(v, lookup) for v in grid.iloc[row_pos]} - {None}
        if len(fields) > best_count:
            best, best_count = row_pos, len(fields)
    return best


def column_letter(position: int) -> str:
    letters = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def find_table(sheet: Sheet, columns: tuple[fmt.Column, ...]) -> RawTable | None:
    """The table below its header row, blank rows dropped; None when no header row is found."""
    grid = sheet.grid
    lookup = header_lookup(columns)
    row_pos = _header_row(grid, lookup)
    if row_pos is None:
        return None
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    extra, duplicates = [], []
    for col_pos, value in enumerate(grid.iloc[row_pos]):
        found = match_header(value, lookup)
        if found and found in positions:
            duplicates.append(shown_value(value).strip())
        elif found:
            positions[found] = col_pos
            headers[found] = shown_value(value).strip()
        elif not is_blank(value):
            extra.append((column_letter(col_pos), shown_value(value).strip()))
    body = grid.iloc[row_pos + 1 :, list(positions.values())]
    body.columns = list(positions)
    body.index = body.index + 1  # position 0 is Excel row 1
    totals = _total_rows(grid, row_pos, positions, columns[0].field)
    if not body.empty:
        body = body[~blank_mask(body).all(axis=1).to_numpy() & ~body.index.isin(totals)]
    return RawTable(
        sheet.name, body, row_pos + 1, headers, positions, sheet.has_markers, extra, duplicates, totals
    )


def _total_rows(grid: pd.DataFrame, header_pos: int, positions: dict[str, int], key: str) -> list[int]:
    """Excel rows labelled 'Totaal' in the key column or in a column left of the table."""
    label_columns = [p for p in range(min(positions.values(), default=0))]
    if key in positions:
        label_columns.append(positions[key])
    rows: set[int] = set()
    for col_pos in label_columns:
        cells = grid.iloc[header_pos + 1 :, col_pos]
        flags = map_unique(cells, is_total_label).astype(bool)
        rows.update(int(r) + 1 for r in cells.index[flags])
    return sorted(rows)


@dataclass(frozen=True)
class Label:
    """The value found for a label above the table, and where (Excel row, column letter)."""

    value: object
    row: int
    column: str


def labels_above(sheet: Sheet, labels: dict[str, tuple[str, ...]], last_row: int | None) -> dict[str, Label]:
    """Label → its value: the next filled cell to its right, or 'Label: value' in one cell."""
    wanted = {squash(name): label for label, synonyms in labels.items() for name in (label, *synonyms)}
    found: dict[str, Label] = {}
    stop = min(len(sheet.grid), LABEL_SEARCH_ROWS if last_row is None else last_row - 1)
    for row_pos in range(stop):
        row = list(sheet.grid.iloc[row_pos])
        for col_pos, cell in enumerate(row):
            if not isinstance(cell, str):
                continue
            label = wanted.get(squash(cell))
            if label and label not in found:
                rest = [(p, v) for p, v in enumerate(row) if p > col_pos and not is_blank(v)]
                position, value = rest[0] if rest else (col_pos + 1, None)
                found[label] = Label(value, row_pos + 1, column_letter(position))
                continue
            name, sep, value = cell.partition(":")
            label = wanted.get(squash(name)) if sep else None
            if label and label not in found and value.strip():
                found[label] = Label(value.strip(), row_pos + 1, column_letter(col_pos))
    return found
