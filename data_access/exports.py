"""Excel exports of the what-if comparison: values only (never formulas), and text that could
start a formula (= + - @, or a tab/CR that Excel strips first) is neutralised with a leading
apostrophe, so a scenario name such as "=HYPERLINK(...)" stays harmless text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from domain.costs import CostBreakdown
from domain.parameters import AgreementParameters, monthly_salary
from domain.whatif import BALANCE, EMPLOYMENT, MUNICIPALITY, SHARE, SideBySide

# What makes Excel or LibreOffice run a cell as a formula (also after leading spaces, which some
# programs drop): such text gets an apostrophe in front, the spreadsheet's own mark for text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
MONEY_FORMAT = "€ #,##0.00;€ -#,##0.00"
PCT_FORMAT = "0.0"
FIXED_TIME = datetime(2024, 1, 1)  # workbook metadata: no clock time of the export machine
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

MEASURE_LABELS = {
    SHARE: "Aandeel in de kosten",
    EMPLOYMENT: "Loonkosten eigen coachuren",
    BALANCE: "Verrekening (+ ontvangt, − betaalt)",
}
GROUP_LABELS = {MUNICIPALITY: "Gemeente", "corporation": "Corporatie"}


def safe_value(value: Any) -> Any:
    """A cell value that Excel cannot execute: text that looks like a formula gets a "'" prefix."""
    if isinstance(value, str) and value.lstrip(" \u00a0").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_cell(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Write a value (never a formula): text cells are always stored as text."""
    cell = ws.cell(row=row, column=column)
    cell.value = safe_value(value)  # after the prefix no text starts with "=": never a formula
    if isinstance(cell.value, str):
        cell.data_type = "s"  # not an error code such as "#N/A" either
    return cell


def write_table(
    ws: Worksheet,
    top: int,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    money_columns: Iterable[int] = (),
    pct_columns: Iterable[int] = (),
) -> int:
    """Header row plus rows from `top`; returns the next free row."""
    money, pct = set(money_columns), set(pct_columns)
    for col, text in enumerate(headers, start=1):
        cell = write_cell(ws, top, col, text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        ws.column_dimensions[cell.column_letter].width = max(14, min(45, len(str(text)) + 4))
    row_number = top
    for row_number, values in enumerate(rows, start=top + 1):
        for col, value in enumerate(values, start=1):
            cell = write_cell(ws, row_number, col, value)
            if col in money:
                cell.number_format = MONEY_FORMAT
            elif col in pct:
                cell.number_format = PCT_FORMAT
    return row_number + 2


def sheet_title(name: str, taken: Iterable[str]) -> str:
    """A valid, unique sheet title (≤ 31 characters, none of []:*?/\\)."""
    base = SHEET_NAME_FORBIDDEN.sub(" ", name).strip().strip("'") or "Blad"
    base = base[:31]
    title, n = base, 2
    lowered = {t.lower() for t in taken}
    while title.lower() in lowered:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    return title


def _parameter_rows(year: int, columns: Sequence[tuple[str, AgreementParameters]]) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["Maandsalaris (bruto)"] + [monthly_salary(p, year)[0] for _, p in columns],
        ["Werkgeverslasten (%)"] + [p.employer_charges_pct for _, p in columns],
        ["Aandeel gemeenten (%)"] + [p.municipal_part_pct for _, p in columns],
    ]
    first = columns[0][1]
    rows += [
        [f"Sleutel {m} (%)"] + [p.municipal_keys.get(m) for _, p in columns] for m in first.municipal_keys
    ]
    rows += [
        [f"Sleutel {c} (%)"] + [p.corporate_keys.get(c) for _, p in columns] for c in first.corporate_keys
    ]
    rows += [[f"Uren per week {c}"] + [p.weekly_hours.get(c) for _, p in columns] for c in first.weekly_hours]
    return rows


def _matrix_rows(matrix: Mapping[str, Mapping[str, float]]) -> tuple[list[str], list[list[Any]]]:
    receivers: list[str] = []
    for row in matrix.values():
        receivers += [r for r in row if r not in receivers]
    rows = [
        [payer] + [row.get(r, 0.0) for r in receivers] + [sum(row.values())] for payer, row in matrix.items()
    ]
    totals = [sum(row.get(r, 0.0) for row in matrix.values()) for r in receivers]
    rows.append(["Totaal", *totals, sum(totals)])
    return ["Betaler \\ ontvanger", *receivers, "Totaal"], rows


def comparison_workbook(
    year: int,
    agreement: AgreementParameters,
    scenarios: Sequence[tuple[str, AgreementParameters, CostBreakdown]],
    side: SideBySide,
    agreement_costs: CostBreakdown,
) -> bytes:
    """Parameters side by side, differences per partner, and each settlement matrix."""
    wb = Workbook()
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = "Parameters"
    columns = [("Overeenkomst", agreement), *[(name, params) for name, params, _ in scenarios]]
    write_cell(ws, 1, 1, f"Wat-als-scenario's {year}: uitgangspunten")
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    write_table(ws, 3, ["Onderdeel", *[name for name, _ in columns]], _parameter_rows(year, columns))

    ws = wb.create_sheet("Verschillen")
    headers = ["Partner", "Groep", "Onderdeel", "Overeenkomst (€)"]
    for name in side.names:
        headers += [f"{name} (€)", f"{name}: verschil (€)", f"{name}: verschil (%)"]
    rows = [
        ["Programmakosten", "", "Totaal", side.programmes[0]]
        + [
            v
            for amount in side.programmes[1:]
            for v in (amount, amount - side.programmes[0], _pct(amount, side.programmes[0]))
        ]
    ]
    for partner, group, measure, base, amounts in side.rows:
        row = [partner, GROUP_LABELS.get(group, group), MEASURE_LABELS.get(measure, measure), base]
        for amount in amounts:
            row += [amount, amount - base, _pct(amount, base)]
        rows.append(row)
    money = [4] + [5 + 3 * i + k for i in range(len(side.names)) for k in (0, 1)]
    pct = [5 + 3 * i + 2 for i in range(len(side.names))]
    write_table(ws, 1, headers, rows, money_columns=money, pct_columns=pct)

    for name, costs in [("Overeenkomst", agreement_costs), *[(n, c) for n, _, c in scenarios]]:
        ws = wb.create_sheet(sheet_title(f"Verrekening {name}", wb.sheetnames))
        write_cell(ws, 1, 1, f"Wie betaalt wie, {year} (per jaar; per kwartaal = jaar × 13/52): {name}")
        ws.cell(row=1, column=1).font = Font(bold=True)
        headers, rows = _matrix_rows(costs.settlement)
        write_table(ws, 3, headers, rows, money_columns=range(2, len(headers) + 1))
    return _to_bytes(wb)


def _pct(amount: float, base: float) -> float | None:
    return None if abs(base) < 1e-9 else (amount - base) / abs(base) * 100.0


def table_workbook(sheets: Mapping[str, Any]) -> bytes:
    """Any tables (pandas DataFrames) as one workbook, one sheet each, values only."""
    wb = Workbook()
    wb.properties.created = wb.properties.modified = FIXED_TIME
    wb.remove(wb.active)
    for name, frame in sheets.items():
        ws = wb.create_sheet(sheet_title(name, wb.sheetnames))
        rows = [[_plain(v) for v in record] for record in frame.itertuples(index=False)]
        write_table(ws, 1, [str(c) for c in frame.columns], rows)
    return _to_bytes(wb)


def _plain(value: Any) -> Any:
    """A value openpyxl can store: numbers, text, dates; missing values become empty."""
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, (int, float, str, date, datetime)) or value is None:
        return value
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _to_bytes(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
