"""Write quarterly report workbooks in the report layout (docs/upload-format.md): the blank
template and filled ones.

Values only, never formulas (a formula without a saved result would be read as empty).
Header cells are locked; input cells are not; dropdowns guide municipality and list fields.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from data_access import report_format as fmt
from domain.partners import MUNICIPALITIES
from domain.periods import Quarter

TABLE_HEADER_ROW = 7
INPUT_ROWS = 40  # rows prepared with dropdowns below each header
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
FIXED_TIME = datetime(2024, 1, 1)

INSTRUCTIONS = (
    "Kwartaalrapportage verhuiscoach Noord-Veluwe",
    "",
    "1. Vul op het blad 'Rapportage' per gemeente één regel in (alleen gemeenten met activiteit).",
    "   Kies de gemeente uit de lijst; een dorpsnaam (bijv. Wezep, Hierden) mag ook.",
    "2. Vul op het blad 'Uren' de gewerkte uren van de verhuiscoach per maand in.",
    "3. Optioneel: het blad 'Verhuizingen' (één regel per verhuizing, anoniem) en",
    "   'Belemmeringen' (waarom mensen niet verhuisden, met aantallen).",
    "4. Zet geen namen, adressen, postcodes of andere persoonsgegevens in dit bestand (AVG).",
    "   Een kolom met persoonsgegevens maakt het bestand ongeldig.",
    "5. Typ getallen, geen formules. Sla het bestand op als .xlsx en upload het in de",
    "   Doorstroommonitor op de pagina 'Uploaden'.",
    "",
    "Begrippen",
    "- Uitvoerige gesprekken: huishoudens met wie de coach meer dan een uur heeft gesproken.",
    "- Verhuizingen met voorrang: waarvan via de voorrangsregeling (niet meer dan Verhuizingen).",
    "- Seniorenwoningen: voorraad aan het einde van het kwartaal; met voorranglabel: waarvan",
    "  gelabeld als voorrangswoning.",
)


def _header(ws: Worksheet, row: int, headers: Iterable[str]) -> None:
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=col, value=text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        ws.column_dimensions[cell.column_letter].width = max(14, len(text) + 4)


def _unlock(ws: Worksheet, first_row: int, n_rows: int, n_cols: int) -> None:
    for row in ws.iter_rows(min_row=first_row, max_row=first_row + n_rows - 1, max_col=n_cols):
        for cell in row:
            cell.protection = Protection(locked=False)


def _dropdown(ws: Worksheet, list_ref: str, cell_range: str) -> None:
    validation = DataValidation(type="list", formula1=list_ref, allow_blank=True)
    validation.error = "Kies een waarde uit de lijst."
    validation.errorTitle = "Ongeldige waarde"
    ws.add_data_validation(validation)
    validation.add(cell_range)


def _lists_sheet(wb: Workbook) -> dict[str, str]:
    """A hidden sheet with the dropdown lists; returns list name → absolute range."""
    ws = wb.create_sheet(fmt.SHEET_LISTS)
    lists = {
        "gemeente": MUNICIPALITIES,
        "janee": fmt.YES_NO,
        "typevertrek": fmt.HOME_TYPES_FROM,
        "typenieuw": fmt.HOME_TYPES_TO,
        "leeftijd": fmt.AGE_BANDS,
        "naar": fmt.FREED_HOME_TO,
        "reden": fmt.BARRIER_REASONS,
    }
    refs = {}
    for col, (name, values) in enumerate(lists.items(), start=1):
        ws.cell(row=1, column=col, value=name)
        for i, value in enumerate(values, start=2):
            ws.cell(row=i, column=col, value=value)
        letter = ws.cell(row=1, column=col).column_letter
        refs[name] = f"{fmt.SHEET_LISTS}!${letter}$2:${letter}${len(values) + 1}"
    ws.sheet_state = "hidden"
    return refs


def build_report_workbook(
    corporation: str,
    year: int,
    quarter: int,
    activity: Iterable[Mapping] = (),
    hours: Mapping[int, float] | None = None,
    moves: Iterable[Mapping] = (),
    barriers: Mapping[str, int] | None = None,
) -> bytes:
    """The workbook as .xlsx bytes; with no figures it is the blank template for that quarter."""
    wb = Workbook()
    wb.properties.creator = "Doorstroommonitor Noord-Veluwe"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    instructions = wb.active
    instructions.title = fmt.SHEET_INSTRUCTIONS
    for i, line in enumerate(INSTRUCTIONS, start=1):
        instructions.cell(row=i, column=1, value=line)
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 100
    refs = _lists_sheet(wb)
    _report_sheet(wb.create_sheet(fmt.SHEET_REPORT, 1), refs, corporation, year, quarter, activity)
    _hours_sheet(wb.create_sheet(fmt.SHEET_HOURS, 2), Quarter(year, quarter), hours or {})
    _moves_sheet(wb.create_sheet(fmt.SHEET_MOVES, 3), refs, moves)
    _barriers_sheet(wb.create_sheet(fmt.SHEET_BARRIERS, 4), refs, barriers or {})
    wb.active = 1
    buffer = io.BytesIO()
    wb.save(buffer)
    return _with_fixed_zip_times(buffer.getvalue())


def _report_sheet(
    ws: Worksheet,
    refs: dict[str, str],
    corporation: str,
    year: int,
    quarter: int,
    activity: Iterable[Mapping],
) -> None:
    ws["A1"] = "Kwartaalrapportage verhuiscoach Noord-Veluwe"
    ws["A1"].font = Font(bold=True, size=14)
    for row, (label, value) in enumerate(
        ((fmt.LABEL_CORPORATION, corporation), (fmt.LABEL_YEAR, year), (fmt.LABEL_QUARTER, quarter)),
        start=3,
    ):
        ws.cell(row=row, column=1, value=label).font = Font(bold=True)
        ws.cell(row=row, column=2, value=value)
    columns = fmt.ACTIVITY_COLUMNS
    _header(ws, TABLE_HEADER_ROW, (c.header for c in columns))
    ws.column_dimensions["A"].width = 22
    first = TABLE_HEADER_ROW + 1
    for r, line in enumerate(activity, start=first):
        for c, column in enumerate(columns, start=1):
            ws.cell(row=r, column=c, value=line.get(column.field))
    _unlock(ws, first, INPUT_ROWS, len(columns))
    _dropdown(ws, refs["gemeente"], f"A{first}:A{first + INPUT_ROWS - 1}")
    ws.freeze_panes = ws.cell(row=first, column=1)
    ws.protection.sheet = True


def _hours_sheet(ws: Worksheet, quarter: Quarter, hours: Mapping[int, float]) -> None:
    _header(ws, 1, (c.header for c in fmt.HOURS_COLUMNS))
    for r, month in enumerate(quarter.months, start=2):
        ws.cell(row=r, column=1, value=fmt.DUTCH_MONTHS[month - 1])
        ws.cell(row=r, column=2, value=hours.get(month))
    _unlock(ws, 2, 3, 2)
    ws.protection.sheet = True


def _moves_sheet(ws: Worksheet, refs: dict[str, str], moves: Iterable[Mapping]) -> None:
    columns = fmt.MOVE_COLUMNS
    _header(ws, 1, (c.header for c in columns))
    moves = list(moves)
    for move in moves:
        ws.append([_cell_value(move.get(c.field)) for c in columns])
    rows = max(len(moves), INPUT_ROWS)
    _unlock(ws, 2, rows, len(columns))
    last = rows + 1
    for letter, name in (
        ("B", "gemeente"),
        ("C", "typevertrek"),
        ("E", "typenieuw"),
        ("G", "leeftijd"),
        ("H", "janee"),
        ("I", "naar"),
    ):
        _dropdown(ws, refs[name], f"{letter}2:{letter}{last}")
    ws.protection.sheet = True


def _barriers_sheet(ws: Worksheet, refs: dict[str, str], barriers: Mapping[str, int]) -> None:
    _header(ws, 1, (c.header for c in fmt.BARRIER_COLUMNS))
    for r, reason in enumerate(fmt.BARRIER_REASONS, start=2):
        ws.cell(row=r, column=1, value=reason)
        ws.cell(row=r, column=2, value=barriers.get(reason))
    _unlock(ws, 2, len(fmt.BARRIER_REASONS) + 5, 2)
    _dropdown(ws, refs["reden"], f"A2:A{len(fmt.BARRIER_REASONS) + 6}")
    ws.protection.sheet = True


def _cell_value(value: object) -> object:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return value


def _with_fixed_zip_times(content: bytes) -> bytes:
    """Same content → same bytes (and hash): rewrite the zip with fixed member timestamps."""
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            target.writestr(fixed, data)
    return out.getvalue()
