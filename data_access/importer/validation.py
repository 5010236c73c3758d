"""Read → normalise → validate a quarterly workbook, collecting every problem at once.

The whole reading runs in a child process with a memory and a time limit (sandbox.py), after the
file's bytes and every sheet's range have been checked (safety.py, sheetscan.py). Only a file
that cannot be opened at all, or that is unsafe to read, stops early. Otherwise every sheet is
checked and all errors and warnings come back together, each located by sheet, Excel row and
column, each a coded message (domain/messages/upload.py). A table whose layout is broken (no
header row, a required column missing) is not checked cell by cell.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TypeVar

import pandas as pd
import pandera.pandas as pa

from data_access import report_format as fmt
from data_access.importer import normalise as norm
from data_access.importer import sandbox, schemas
from data_access.importer.periods import quarter_problems, read_period
from data_access.importer.reading import (
    READABLE_ERRORS,
    ErrorValue,
    Label,
    NoResult,
    RawTable,
    Sheet,
    column_letter,
    find_sheet,
    find_table,
    is_marker,
    labels_above,
    read_sheets,
)
from data_access.importer.result import ParsedReport, Problem, ValidationResult
from data_access.importer.safety import RefusedFile, check_workbook_file
from data_access.importer.sheetscan import (
    MAX_COLUMNS,
    MAX_ROWS,
    SheetScan,
    WorkbookScan,
    cell_name,
    scan_workbook,
)
from domain.messages import CATALOGUE, Message, msg
from domain.messages.upload import EXCEL_ERRORS
from domain.parameters import AgreementParameters, parameters_in_force
from domain.partners import (
    CORPORATIONS,
    MUNICIPALITIES,
    VILLAGE_TO_MUNICIPALITY,
    canonical_corporation,
    canonical_municipality,
    normalise_label,
)
from domain.periods import Quarter

T = TypeVar("T")

SHEET_ORDER = (fmt.SHEET_REPORT, fmt.SHEET_HOURS, fmt.SHEET_MOVES, fmt.SHEET_BARRIERS)
COLUMNS = {
    fmt.SHEET_REPORT: fmt.ACTIVITY_COLUMNS,
    fmt.SHEET_HOURS: fmt.HOURS_COLUMNS,
    fmt.SHEET_MOVES: fmt.MOVE_COLUMNS,
    fmt.SHEET_BARRIERS: fmt.BARRIER_COLUMNS,
}
PLACE_NAMES = {normalise_label(name): name for name in (*MUNICIPALITIES, *VILLAGE_TO_MUNICIPALITY)}
CORPORATION_NAMES = {normalise_label(name): name for name in CORPORATIONS}
Cell = tuple[int, int]  # (Excel row, column number)
_SUM_FORMULA = re.compile(r"^\s*(?:_xlfn\.)?SUM\s*\(", re.IGNORECASE)


def validate_workbook(
    content: bytes,
    file_name: str,
    *,
    today: date,
    params: AgreementParameters | Sequence[AgreementParameters],
) -> ValidationResult:
    """Check an uploaded report in a limited child process; never raises for a bad file.

    `params`: one parameter set, or every versioned set (the one in force in the report's year
    is used, as the agreement means)."""
    parameter_sets = [params] if isinstance(params, AgreementParameters) else list(params)
    try:
        return sandbox.run(check_report, content, file_name, today, parameter_sets)
    except sandbox.SandboxFailed as failure:
        code = "upload.file_unreadable" if failure.reason == "error" else "upload.file_unsafe_read"
        result = ValidationResult(file_name=file_name)
        result.errors.append(Problem(None, None, None, file_name, msg(code)))
        return result


def check_report(
    content: bytes, file_name: str, today: date, parameter_sets: list[AgreementParameters]
) -> ValidationResult:
    """The checks themselves, run inside the child process (see `validate_workbook`)."""
    result = ValidationResult(file_name=file_name)
    try:
        check_workbook_file(content)
        scan = scan_workbook(content)
        if scan.oversized:
            for name, sheet in scan.oversized.items():
                result.errors.append(_too_large(name, sheet))
            return result
        if unreadable := _unreadable_errors(scan):
            result.errors.extend(unreadable)  # python-calamine refuses the whole file for these
            return result
        sheets = read_sheets(content, scan)
        _WorkbookCheck(sheets, scan, result, today, parameter_sets).run()
    except RefusedFile as exc:
        result.errors[:] = [Problem(None, None, None, file_name, exc.messages[0])]
        result.warnings.clear()
        return result
    result.errors.sort(key=_problem_order)
    result.warnings.sort(key=_problem_order)
    return result


def exercise() -> None:
    """Run every check once on a small report from the app's own template. The fork server
    (sandbox.py) calls this before it forks anything: pandas, pandera and python-calamine set up a
    lot on first use, and a child that inherits that set-up answers in a fraction of the time."""
    from data_access.template import build_report_workbook

    activity = [{"municipality": "Ermelo", "conversations": 2, "moves": 1, "priority_moves": 0}]
    activity[0] |= {"senior_homes": 10, "senior_homes_labelled": 5, "households_contacted": 3}
    move = {"move_date": date(2025, 8, 1), "municipality": "Ermelo", "from_type": "eengezinswoning"}
    move |= {"from_bedrooms": 3, "to_type": "seniorenwoning", "to_bedrooms": 2, "age_band": "75-84"}
    move |= {"priority": False, "freed_home_to": "gezin"}
    content = build_report_workbook(
        "Uwoon", 2025, 3, activity, {7: 10.0, 8: 10.0, 9: 10.0}, [move], {"gezondheid": 1}
    )
    check_report(content, "oefening.xlsx", date(2026, 1, 1), [AgreementParameters()])


def _too_large(name: str, sheet: SheetScan) -> Problem:
    note = msg(
        "upload.sheet_too_large",
        sheet=name,
        area=sheet.area,
        rows=sheet.rows,
        columns=sheet.columns,
        max_rows=MAX_ROWS,
        max_columns=MAX_COLUMNS,
    )
    return Problem(name, None, None, sheet.area, note)


def _unreadable_errors(scan: WorkbookScan) -> list[Problem]:
    """Error values the reader cannot read (#SPILL!, #CALC! … from newer Excel), wherever they are."""
    problems = []
    for name, sheet in scan.sheets.items():
        cells = {w: ErrorValue(t) for w, t in sheet.errors.items() if t not in READABLE_ERRORS}
        problems += _marker_problems(name, cells, {})
    return problems


def _problem_order(problem: Problem) -> tuple:
    key = normalise_label(problem.sheet)
    rank = next(
        (i for i, name in enumerate(SHEET_ORDER) if key.startswith(normalise_label(name))), len(SHEET_ORDER)
    )
    return (problem.sheet is not None, rank, problem.row or 0)


class _WorkbookCheck:
    """One validation run: the workbook's sheets, the result being filled, and the rules."""

    def __init__(
        self,
        sheets: dict[str, Sheet],
        scan: WorkbookScan,
        result: ValidationResult,
        today: date,
        parameter_sets: list[AgreementParameters],
    ) -> None:
        self.sheets, self.scan, self.result = sheets, scan, result
        self.today, self.parameter_sets = today, parameter_sets
        self.quarter: Quarter | None = None
        self.refused_places: set[str] = set()  # places with a refused row, on either sheet
        self.unknown_refused: set[str] = set()  # sheets (Rapportage, Verhuizingen) with a refused
        # row whose place is unknown

    def error(
        self, sheet: str | None, row: int | None, column: str | None, value: object, note: Message
    ) -> None:
        self.result.errors.append(Problem(sheet, row, column, value, note))

    def warn(
        self, sheet: str | None, row: int | None, column: str | None, value: object, note: Message
    ) -> None:
        self.result.warnings.append(Problem(sheet, row, column, value, note))

    def run(self) -> None:
        found = {name: find_sheet(self.sheets, name) for name in SHEET_ORDER}
        for name in fmt.REQUIRED_SHEETS:
            if found[name] is None:
                self.error(name, None, None, None, msg("upload.sheet_missing", sheet=name))
        tables = {name: self._table(name, sheet) for name, sheet in found.items() if sheet}
        self._other_sheets(found)
        self._active_formulas()
        report_sheet = found[fmt.SHEET_REPORT]
        if report_sheet is not None:
            report_table = tables.get(fmt.SHEET_REPORT)
            self._header_block(report_sheet, report_table.header_row if report_table else None)
        activity = self._activity(tables.get(fmt.SHEET_REPORT))
        hours = self._hours(tables.get(fmt.SHEET_HOURS))
        moves = self._moves(tables.get(fmt.SHEET_MOVES))
        if moves is not None and activity is not None:
            self._compare_move_counts(moves, activity)
        barriers = self._barriers(tables.get(fmt.SHEET_BARRIERS))
        if self.result.errors or activity is None or hours is None:
            return
        # Without errors, the header block has named the corporation, year and quarter.
        corporation, year, quarter = self.result.corporation, self.result.year, self.result.quarter
        if corporation is None or year is None or quarter is None:
            return
        self.result.report = ParsedReport(
            corporation=corporation,
            year=year,
            quarter=quarter,
            activity=activity,
            hours=hours,
            moves=moves if moves is not None else pd.DataFrame(),
            barriers=barriers if barriers is not None else pd.DataFrame(),
        )

    # --- layout -------------------------------------------------------------------------

    def _table(self, name: str, sheet: Sheet) -> RawTable | None:
        """The sheet's table when its layout is usable; layout problems reported."""
        columns = COLUMNS[name]
        table = find_table(sheet, columns)
        if table is None:
            if name in fmt.REQUIRED_SHEETS or not _sheet_is_empty(sheet):
                required = [c.header for c in columns if c.required]
                self.error(
                    sheet.name,
                    None,
                    None,
                    None,
                    msg("upload.table_not_found", sheet=sheet.name, columns=required),
                )
            return None
        for letter, header in table.extra_headers:
            self._extra_column(sheet.name, table.header_row, letter, header)
        usable = True
        for column in columns:
            if column.required and column.field not in table.headers:
                usable = False
                self.error(
                    sheet.name,
                    table.header_row,
                    column.header,
                    None,
                    msg("upload.column_missing", header=column.header),
                )
        for header in table.duplicate_headers:
            usable = False
            self.error(
                sheet.name, table.header_row, header, header, msg("upload.column_twice", header=header)
            )
        return table if usable else None

    def _extra_column(self, sheet: str, row: int, letter: str, header: str) -> None:
        if norm.personal_data_header(header):
            self.error(sheet, row, header, header, msg("upload.personal_data", header=header))
        else:
            self.warn(sheet, row, header, header, msg("upload.column_extra", letter=letter, header=header))

    def _other_sheets(self, found: dict[str, Sheet | None]) -> None:
        """Sheets the report does not use are ignored, but never one with personal data."""
        used = {id(s) for s in found.values() if s is not None}
        helpers = {normalise_label(n) for n in fmt.HELPER_SHEETS}
        for key, sheet in self.sheets.items():
            if id(sheet) in used or key in helpers:
                continue
            personal = _personal_headers(sheet)
            for row, header in personal:
                self.error(sheet.name, row, header, header, msg("upload.personal_data", header=header))
            if not personal and not _sheet_is_empty(sheet):
                self.warn(sheet.name, None, None, None, msg("upload.sheet_extra", sheet=sheet.name))

    def _active_formulas(self) -> None:
        """Formulas that act outside the file (DDE, other files, HYPERLINK …), wherever they are."""
        for sheet_name, sheet_scan in self.scan.sheets.items():
            cells = {where: reason for where, (_, reason) in sheet_scan.active.items()}
            formulas = {where: formula for where, (formula, _) in sheet_scan.active.items()}
            for first, last, count, reason in _blocks(cells, key=lambda r: (r.code, tuple(r.params.items()))):
                location = _cells(first, last, count)
                code = "upload.formula_active" if count == 1 else "upload.formula_active_block"
                value = "=" + formulas[first]
                self.error(
                    sheet_name,
                    first[0],
                    column_letter(first[1] - 1),
                    value,
                    msg(code, reason=reason, **location),
                )
        for name, _formula, reason in self.scan.active_names:
            self.error(None, None, None, name, msg("upload.name_active", name=name, reason=reason))

    # --- cells whose value is unknown ----------------------------------------------------

    def _markers(self, sheet: str, cells: Mapping[Cell, object], headers: dict[int, str]) -> None:
        self.result.errors.extend(_marker_problems(sheet, cells, headers))

    def _table_markers(self, table: RawTable) -> pd.DataFrame:
        """Report the markers in the cells this table reads; True where a cell holds one."""
        if not table.has_markers or table.frame.empty:
            return pd.DataFrame(False, index=table.frame.index, columns=table.frame.columns)
        marked = table.frame.map(is_marker)
        cells, headers = {}, {}
        for field, position in table.positions.items():
            headers[position + 1] = table.headers[field]
            for row in table.frame.index[marked[field].to_numpy()]:
                cells[(int(row), position + 1)] = table.frame.at[row, field]
        self._markers(table.sheet, cells, headers)
        return marked

    # --- the block above the table ------------------------------------------------------

    def _header_block(self, sheet: Sheet, table_row: int | None) -> None:
        labels = labels_above(sheet, fmt.LABEL_SYNONYMS, table_row)
        unknown = {name for name, label in labels.items() if is_marker(label.value)}
        for name in unknown:
            label = labels[name]
            where = (label.row, _column_number(label.column))
            self._markers(sheet.name, {where: label.value}, {where[1]: name})
        self._corporation(sheet, labels.get(fmt.LABEL_CORPORATION), fmt.LABEL_CORPORATION in unknown)
        period = read_period(_cell(labels.get(fmt.LABEL_YEAR)), _cell(labels.get(fmt.LABEL_QUARTER)))
        for column, row, value, note in period.problems:
            if column not in unknown:
                self.error(sheet.name, row, column, value, note)
        self.result.year, self.result.quarter = period.year, period.quarter
        if period.year is None or period.quarter is None:
            return
        self.quarter = Quarter(period.year, period.quarter)
        params = parameters_in_force(self.parameter_sets, period.year)
        errors, warnings = quarter_problems(self.quarter, self.today, params)
        for note in errors:
            self.error(sheet.name, period.quarter_row, fmt.LABEL_QUARTER, self.quarter.label, note)
        for note in warnings:
            self.warn(sheet.name, period.quarter_row, fmt.LABEL_QUARTER, self.quarter.label, note)

    def _corporation(self, sheet: Sheet, label: Label | None, reported: bool) -> None:
        value = label.value if label else None
        self.result.corporation = canonical_corporation(value)
        if self.result.corporation is not None or reported:
            return
        names = list(CORPORATIONS)
        if label is None:
            note = msg("upload.corporation_missing", names=names)
        elif suggestion := norm.closest(value, CORPORATION_NAMES):
            note = msg("upload.corporation_suggest", suggestion=suggestion, names=names)
        else:
            note = msg("upload.corporation_unknown", names=names)
        self.error(sheet.name, label.row if label else None, fmt.LABEL_CORPORATION, value, note)

    # --- the tables -----------------------------------------------------------------------

    def _typed(self, table: RawTable, columns: tuple[fmt.Column, ...], required: set[str]) -> pd.DataFrame:
        """Each column converted to its type; unreadable, missing and unknown cells reported."""
        marked = self._table_markers(table)
        raw, blank = table.frame, norm.blank_mask(table.frame)
        if table.has_markers and not raw.empty:  # a marked cell is neither a value nor empty
            raw = raw.where(~marked, None)
            blank = norm.blank_mask(raw) & ~marked
        typed = pd.DataFrame(index=raw.index)
        for column in columns:
            if column.field not in raw.columns:
                typed[column.field] = float("nan") if column.kind in ("integer", "decimal") else None
                continue
            values = raw[column.field]
            converted = _convert(column, values)
            empty = blank[column.field].to_numpy()
            unreadable = converted.isna().to_numpy() & ~empty & ~marked[column.field].to_numpy()
            for row in raw.index[unreadable]:
                self.error(
                    table.sheet, row, column.header, values.at[row], _unreadable(column, values.at[row])
                )
            if column.field in required:
                for row in raw.index[empty]:
                    self.error(
                        table.sheet,
                        row,
                        column.header,
                        None,
                        msg("upload.value_required", header=column.header),
                    )
            typed[column.field] = converted
        return typed

    def _rules(
        self,
        schema: pa.DataFrameSchema,
        typed: pd.DataFrame,
        table: RawTable,
        columns: tuple[fmt.Column, ...],
    ) -> None:
        context = schemas.Context(self.quarter or Quarter(self.today.year, 1), self.today)
        self.result.errors.extend(
            schemas.schema_problems(schema, typed, table.frame, table.sheet, columns, context)
        )

    def _note_refused_rows(self, role: str, table: RawTable, typed: pd.DataFrame) -> None:
        """Remember which places had a row refused, so the comparison between the sheets does
        not blame that place a second time ('Hardewijk' counts as Harderwijk here)."""
        rows = {p.row for p in self.result.errors if p.sheet == table.sheet and p.row in typed.index}
        for row in rows:
            place = typed.at[row, "municipality"]
            if not isinstance(place, str):
                place = canonical_municipality(norm.closest(table.frame.at[row, "municipality"], PLACE_NAMES))
            if place:
                self.refused_places.add(place)
            else:
                self.unknown_refused.add(role)

    def _activity(self, table: RawTable | None) -> pd.DataFrame | None:
        if table is None:
            return None
        columns = fmt.ACTIVITY_COLUMNS
        figures = [c.field for c in columns[1:] if c.field in table.frame.columns]
        blank = norm.blank_mask(table.frame)
        no_figures = blank[figures].all(axis=1).to_numpy()
        for row in table.frame.index[no_figures & ~blank["municipality"].to_numpy()]:
            self.warn(
                table.sheet,
                row,
                "Gemeente",
                table.frame.at[row, "municipality"],
                msg("upload.row_no_figures"),
            )
        table = table.subset(~no_figures)
        table = table.subset(~_unlabelled_total(table.frame, "municipality", figures, norm.to_numbers))
        if table.frame.empty:
            self.error(table.sheet, table.header_row, "Gemeente", None, msg("upload.table_empty"))
            return None
        typed = self._typed(table, columns, {c.field for c in columns if c.required})
        self._rules(schemas.table_schema(columns), typed, table, columns)
        self._note_refused_rows(fmt.SHEET_REPORT, table, typed)
        # Villages and repeated rows of one municipality are added up.
        summed = typed.groupby("municipality", sort=True)[[c.field for c in columns[1:]]].sum(min_count=1)
        return summed.round().astype("Int64").reset_index()

    def _hours(self, table: RawTable | None) -> pd.DataFrame | None:
        if table is None:
            return None
        columns = fmt.HOURS_COLUMNS
        table = table.subset(~_unlabelled_total(table.frame, "month", ["hours"], norm.to_hours))
        typed = self._typed(table, columns, {"month"})
        ended = (
            [m for m in self.quarter.months if _month_end(self.quarter.year, m) < self.today]
            if self.quarter
            else []
        )
        no_hours = (norm.blank_mask(table.frame)["hours"]).to_numpy()
        for row in typed.index[no_hours & typed["month"].isin(ended).to_numpy()]:
            self.error(table.sheet, row, "Uren verhuiscoach", None, msg("upload.hours_missing"))
        listed = set(typed["month"].dropna())
        for month in ended:
            if month not in listed:
                self.error(
                    table.sheet,
                    None,
                    "Maand",
                    fmt.DUTCH_MONTHS[month - 1],
                    msg("upload.month_missing", month=msg(f"upload.month.{month}")),
                )
        typed = typed[~no_hours]
        schema = schemas.hours_schema(self.quarter) if self.quarter else schemas.table_schema(columns)
        self._rules(schema, typed, table, columns)
        per_month = typed.dropna(subset=["month"]).groupby("month")["hours"].agg(["sum", "size"])
        for month, hours, rows in zip(
            per_month.index.astype(int), per_month["sum"], per_month["size"], strict=True
        ):
            if rows > 1 and hours > fmt.MAX_MONTHLY_HOURS:
                self.error(
                    table.sheet,
                    None,
                    "Uren verhuiscoach",
                    hours,
                    msg(
                        "upload.month_over_max",
                        hours=float(hours),
                        month=msg(f"upload.month.{int(month)}"),
                        max=fmt.MAX_MONTHLY_HOURS,
                    ),
                )
        return pd.DataFrame({"month": per_month.index.astype(int), "hours": per_month["sum"].to_numpy()})

    def _moves(self, table: RawTable | None) -> pd.DataFrame | None:
        if table is None or table.frame.empty:
            return None
        columns = fmt.MOVE_COLUMNS
        typed = self._typed(table, columns, {c.field for c in columns if c.required})
        schema = (
            schemas.moves_schema(self.quarter, self.today) if self.quarter else schemas.table_schema(columns)
        )
        self._rules(schema, typed, table, columns)
        self._note_refused_rows(fmt.SHEET_MOVES, table, typed)
        for field in ("from_bedrooms", "to_bedrooms"):
            typed[field] = typed[field].round().astype("Int64")
        return typed

    def _compare_move_counts(self, moves: pd.DataFrame, activity: pd.DataFrame) -> None:
        """Per municipality, the move rows should match the reported number of moves (a warning);
        a place whose row was refused on either sheet is left out: that error says enough."""
        listed = moves["municipality"].value_counts()
        reported = activity.set_index("municipality")["moves"].fillna(0)
        for name in sorted(set(listed.index) | set(reported.index)):
            n_listed, n_reported = int(listed.get(name, 0)), int(reported.get(name, 0))
            if n_listed == n_reported or name in self.refused_places:
                continue
            if (fmt.SHEET_REPORT in self.unknown_refused and n_reported < n_listed) or (
                fmt.SHEET_MOVES in self.unknown_refused and n_listed < n_reported
            ):
                continue  # the refused row of an unknown place may be the missing one
            self.warn(
                fmt.SHEET_MOVES,
                None,
                "Gemeente vertrek",
                name,
                msg(
                    "upload.move_count_mismatch",
                    place=name,
                    listed=n_listed,
                    reported=n_reported,
                    moves_sheet=fmt.SHEET_MOVES,
                    report_sheet=fmt.SHEET_REPORT,
                ),
            )

    def _barriers(self, table: RawTable | None) -> pd.DataFrame | None:
        if table is None:
            return None
        table = table.subset(~norm.blank_mask(table.frame)["count"].to_numpy())  # template lists all reasons
        if table.frame.empty:
            return None
        columns = fmt.BARRIER_COLUMNS
        typed = self._typed(table, columns, {"reason", "count"})
        self._rules(schemas.table_schema(columns), typed, table, columns)
        return typed.groupby("reason", as_index=False)[["count"]].sum().astype({"count": "Int64"})


def _marker_problems(sheet: str, cells: Mapping[Cell, object], headers: dict[int, str]) -> list[Problem]:
    """One problem per block of adjacent cells in a column with the same error value, or with
    formulas without result: 'cellen F8 tot en met F15', not eight sentences. `headers` names a
    column by number; other columns are named by their letter."""
    problems = []
    errors = {w: v.text for w, v in cells.items() if isinstance(v, ErrorValue)}
    missing = {w: v.formula for w, v in cells.items() if isinstance(v, NoResult)}
    for first, last, count, text in _blocks(errors, key=lambda t: t):
        location = _cells(first, last, count)
        code = "upload.cell_error" if count == 1 else "upload.cell_error_block"
        column = headers.get(first[1], column_letter(first[1] - 1))
        problems.append(
            Problem(sheet, first[0], column, text, msg(code, error=_error_name(text), **location))
        )
    for first, last, count, _ in _blocks(missing, key=lambda _: None):
        location = _cells(first, last, count)
        code = "upload.formula_no_result" if count == 1 else "upload.formula_no_result_block"
        value = location["cell"] if count == 1 else f"{location['first']}:{location['last']}"
        column = headers.get(first[1], column_letter(first[1] - 1))
        problems.append(Problem(sheet, first[0], column, value, msg(code, **location)))
    return problems


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _unlabelled_total(
    frame: pd.DataFrame, key: str, figures: list[str], numbers: Callable[[pd.Series], pd.Series]
) -> pd.Series:
    """A last row without a label whose figures equal the sums above it is a total line. A SUM
    formula whose result was never saved counts as such a sum: its cell is not read."""
    flags = pd.Series(False, index=frame.index)
    if len(frame) < 2 or key not in frame.columns or not norm.is_blank(frame[key].iloc[-1]):
        return flags
    last = frame[figures].iloc[-1]
    sums = frame[figures].iloc[:-1].apply(numbers).sum()
    for field in figures:
        cell = last[field]
        if isinstance(cell, NoResult) and _SUM_FORMULA.match(cell.formula):
            continue
        if is_marker(cell) or numbers(pd.Series([cell])).fillna(0).iloc[0] != sums[field]:
            return flags
    flags.iloc[-1] = True
    return flags


def _sheet_is_empty(sheet: Sheet) -> bool:
    return sheet.grid.empty or bool(norm.blank_mask(sheet.grid).to_numpy().all())


def _personal_headers(sheet: Sheet) -> list[tuple[int, str]]:
    """Short cells in the first rows of a sheet that name personal data."""
    found = []
    for row_pos in range(min(len(sheet.grid), 30)):
        for value in sheet.grid.iloc[row_pos]:
            if isinstance(value, str) and len(value.split()) <= 3 and norm.personal_data_header(value):
                found.append((row_pos + 1, value.strip()))
    return found


def _cell(label: Label | None) -> tuple[object, int] | None:
    return None if label is None else (label.value, label.row)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter.upper()) - 64
    return number


def _blocks(cells: Mapping[Cell, T], key: Callable[[T], object]) -> list[tuple[Cell, Cell, int, T]]:
    """Cells grouped into runs down one column with the same `key(value)`:
    (first cell, last cell, number of cells, value of the first)."""
    blocks: list[tuple[Cell, Cell, int, T]] = []
    for row, column in sorted(cells, key=lambda w: (w[1], w[0])):
        value = cells[(row, column)]
        if blocks:
            first, last, count, first_value = blocks[-1]
            if last[1] == column and last[0] == row - 1 and key(first_value) == key(value):
                blocks[-1] = (first, (row, column), count + 1, first_value)
                continue
        blocks.append(((row, column), (row, column), 1, value))
    return blocks


def _cells(first: tuple[int, int], last: tuple[int, int], count: int) -> dict[str, object]:
    if count == 1:
        return {"cell": cell_name(*first)}
    return {"first": cell_name(*first), "last": cell_name(*last), "n": count}


def _error_name(text: str) -> Message:
    """An error value as Dutch Excel shows it (#DEEL/0! for #DIV/0!), with the stored code."""
    key = EXCEL_ERRORS.get(text.upper(), (None,))[0]
    code = f"upload.excel_error.{key}"
    return msg(code) if key and code in CATALOGUE else msg("upload.excel_error.other", text=text or "#?")


def _unreadable(column: fmt.Column, value: object) -> Message:
    header = column.header
    if column.field == "hours":
        return msg("upload.not_hours", header=header)
    if column.kind in ("integer", "decimal"):
        return msg("upload.not_a_number", header=header)
    if column.kind == "date":
        return msg("upload.not_a_date")
    if column.kind == "month":
        return msg("upload.not_a_month")
    if column.kind == "yes_no":
        return msg("upload.not_yes_no", header=header)
    if column.field == "municipality":
        places = {"places": list(MUNICIPALITIES), "villages": list(VILLAGE_TO_MUNICIPALITY)}
        suggestion = norm.closest(value, PLACE_NAMES)
        if suggestion:
            return msg("upload.place_suggest", suggestion=suggestion, **places)
        return msg("upload.place_unknown", **places)
    suggestion = norm.closest(value, {normalise_label(c): c for c in column.choices})
    if suggestion:
        return msg("upload.choice_suggest", suggestion=suggestion, choices=list(column.choices))
    return msg("upload.choice_unknown", choices=list(column.choices))


def _as_objects(values: pd.Series, convert: Callable[[object], object]) -> pd.Series:
    return pd.Series(norm.map_unique(values, convert), index=values.index, dtype=object)


def _convert(column: fmt.Column, values: pd.Series) -> pd.Series:
    if column.field == "hours":
        return norm.to_hours(values)
    if column.kind in ("integer", "decimal"):
        return norm.to_numbers(values)
    if column.kind == "text":
        return _as_objects(values, canonical_municipality)
    if column.kind == "choice":
        return _as_objects(values, norm.choice_lookup(column.choices))
    if column.kind == "yes_no":
        return _as_objects(values, norm.parse_yes_no)
    if column.kind == "date":
        return norm.to_dates(values)
    return norm.to_months(values)
