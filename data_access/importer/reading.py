"""Read a quarterly workbook into raw tables: values via python-calamine, formulas via openpyxl.

The reader is tolerant about layout: sheets and labels are found by their normalised names, the
table by the row that holds most known headers (so a title above it is fine), headers by their
synonyms. Rows keep their Excel row numbers so validation can point at them.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field, replace

import pandas as pd
from python_calamine import CalamineWorkbook, SheetTypeEnum

from data_access import report_format as fmt
from data_access.importer.normalise import blank_mask, is_blank, is_total_label, map_unique
from data_access.importer.safety import RefusedFile
from domain.partners import normalise_label

HEADER_SEARCH_ROWS = 60
LABEL_SEARCH_ROWS = 30


@dataclass
class Sheet:
    """One worksheet's cells: row position 0 is Excel row 1, column position 0 is column A."""

    name: str  # as written in the file
    grid: pd.DataFrame


@dataclass
class RawTable:
    """The body of one table: columns are field names, the index is the Excel row number."""

    sheet: str
    frame: pd.DataFrame
    header_row: int  # Excel row of the header
    headers: dict[str, str]  # field → header as written in the file
    extra_headers: list[tuple[str, str]] = field(default_factory=list)  # (column letter, header)
    duplicate_headers: list[str] = field(default_factory=list)
    total_rows: list[int] = field(default_factory=list)  # skipped 'Totaal' lines

    def subset(self, keep) -> RawTable:
        """The same table with only the rows where `keep` (aligned to frame) is true."""
        keep = pd.Series(keep, index=self.frame.index).fillna(False).astype(bool)
        return replace(self, frame=self.frame[keep.to_numpy()])


def squash(text: object) -> str:
    """Header key: normalised and without spaces, so '> 1 uur' and '>1 uur' are the same."""
    return normalise_label(text).replace(" ", "")


def read_sheets(content: bytes) -> dict[str, Sheet]:
    """Every worksheet keyed by normalised name; raises RefusedFile when calamine cannot read it."""
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
        sheets = {}
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            rows = book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            grid = pd.DataFrame(rows, dtype=object) if rows else pd.DataFrame(dtype=object)
            sheets[normalise_label(meta.name)] = Sheet(meta.name, grid)
        return sheets
    except Exception as exc:  # calamine raises its own types for zip, XML and password errors
        raise RefusedFile("upload.file_unreadable") from exc


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
            duplicates.append(str(value).strip())
        elif found:
            positions[found] = col_pos
            headers[found] = str(value).strip()
        elif not is_blank(value):
            extra.append((column_letter(col_pos), str(value).strip()))
    body = grid.iloc[row_pos + 1 :, list(positions.values())]
    body.columns = list(positions)
    body.index = body.index + 1  # position 0 is Excel row 1
    totals = _total_rows(grid, row_pos, positions, columns[0].field)
    if not body.empty:
        body = body[~blank_mask(body).all(axis=1).to_numpy() & ~body.index.isin(totals)]
    return RawTable(sheet.name, body, row_pos + 1, headers, extra, duplicates, totals)


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


def labels_above(
    sheet: Sheet, labels: dict[str, tuple[str, ...]], last_row: int | None
) -> dict[str, tuple[object, int]]:
    """Label → (its value, Excel row): the next filled cell to its right, or 'Label: value'."""
    wanted = {squash(name): label for label, synonyms in labels.items() for name in (label, *synonyms)}
    found: dict[str, tuple[object, int]] = {}
    stop = min(len(sheet.grid), LABEL_SEARCH_ROWS if last_row is None else last_row - 1)
    for row_pos in range(stop):
        row = list(sheet.grid.iloc[row_pos])
        for col_pos, cell in enumerate(row):
            if not isinstance(cell, str):
                continue
            label = wanted.get(squash(cell))
            if label and label not in found:
                rest = [v for v in row[col_pos + 1 :] if not is_blank(v)]
                found[label] = (rest[0] if rest else None, row_pos + 1)
                continue
            name, sep, value = cell.partition(":")
            label = wanted.get(squash(name)) if sep else None
            if label and label not in found and value.strip():
                found[label] = (value.strip(), row_pos + 1)
    return found


_FORMULA_TAGS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ")  # <f>, <f t="shared" …/>, <x:f>
_FULL_CALC_ON_LOAD = re.compile(rb"fullCalcOnLoad\s*=\s*[\"'](?:1|true)[\"']")


def has_formulas(content: bytes) -> bool:
    """Cheap test on the sheet XML, so openpyxl only runs for files that contain formulas."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                data = archive.read(name)
                if any(tag in data for tag in _FORMULA_TAGS):
                    return True
    return False


def formulas_without_result(content: bytes, sheet_names: list[str]) -> dict[str, list[str]]:
    """Sheet → cells ('D9') holding a formula whose result was never saved.

    Tools other than Excel (scripts, some converters) write formulas without a result, which a
    value reader sees as empty — or, with XlsxWriter, as 0 together with a 'recalculate on open'
    flag. Both are listed so the user can recalculate and save in Excel.
    """
    from openpyxl import load_workbook  # only here: slow, and only needed for such files

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        recalc_flag = bool(_FULL_CALC_ON_LOAD.search(archive.read("xl/workbook.xml")))
    formulas = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    values = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    missing: dict[str, list[str]] = {}
    try:
        for name in sheet_names:
            if name not in formulas.sheetnames:
                continue
            for f_row, v_row in zip(formulas[name].iter_rows(), values[name].iter_rows(), strict=False):
                for f_cell, v_cell in zip(f_row, v_row, strict=False):
                    if f_cell.data_type != "f":
                        continue
                    if v_cell.value in (None, "") or (recalc_flag and v_cell.value == 0):
                        missing.setdefault(name, []).append(f_cell.coordinate)
    finally:
        formulas.close()
        values.close()
    return missing
