"""Read → normalise → validate a quarterly workbook, collecting every problem at once (in Dutch).

Only a file that cannot be opened at all stops early. Otherwise every sheet is checked and all
errors and warnings come back together, each located by sheet, Excel row and column. A table
whose layout is broken (no header row, a required column missing) is not checked cell by cell.
"""

from __future__ import annotations

import calendar
from datetime import date

import pandas as pd

from data_access import report_format as fmt
from data_access.importer import normalise as norm
from data_access.importer import schemas
from data_access.importer.periods import quarter_problems, read_period
from data_access.importer.reading import (
    RawTable,
    Sheet,
    find_sheet,
    find_table,
    formulas_without_result,
    has_formulas,
    labels_above,
    read_sheets,
)
from data_access.importer.result import ParsedReport, Problem, ValidationResult
from data_access.importer.safety import RefusedFile, check_workbook_file
from domain.parameters import AgreementParameters
from domain.partners import (
    MUNICIPALITIES,
    VILLAGE_TO_MUNICIPALITY,
    canonical_corporation,
    canonical_municipality,
    normalise_label,
)
from domain.periods import Quarter

SHEET_ORDER = (fmt.SHEET_REPORT, fmt.SHEET_HOURS, fmt.SHEET_MOVES, fmt.SHEET_BARRIERS)
COLUMNS = {
    fmt.SHEET_REPORT: fmt.ACTIVITY_COLUMNS,
    fmt.SHEET_HOURS: fmt.HOURS_COLUMNS,
    fmt.SHEET_MOVES: fmt.MOVE_COLUMNS,
    fmt.SHEET_BARRIERS: fmt.BARRIER_COLUMNS,
}
VALID_PLACES = ", ".join(MUNICIPALITIES) + "; of een kern: " + ", ".join(VILLAGE_TO_MUNICIPALITY)
INTEGER_FIELDS = [c.field for c in fmt.ACTIVITY_COLUMNS if c.kind == "integer"]


def validate_workbook(
    content: bytes, file_name: str, *, today: date, params: AgreementParameters
) -> ValidationResult:
    result = ValidationResult(file_name=file_name)
    try:
        check_workbook_file(content)
        sheets = read_sheets(content)
    except RefusedFile as exc:
        result.errors.append(Problem(None, None, None, file_name, str(exc)))
        return result
    _WorkbookCheck(content, sheets, result, today, params).run()
    result.errors.sort(key=_problem_order)
    result.warnings.sort(key=_problem_order)
    return result


def _problem_order(problem: Problem) -> tuple:
    key = normalise_label(problem.sheet)
    rank = next(
        (i for i, name in enumerate(SHEET_ORDER) if key.startswith(normalise_label(name))), len(SHEET_ORDER)
    )
    return (problem.sheet is not None, rank, problem.row or 0)


class _WorkbookCheck:
    """One validation run: the workbook's sheets, the result being filled, and today's rules."""

    def __init__(
        self,
        content: bytes,
        sheets: dict[str, Sheet],
        result: ValidationResult,
        today: date,
        params: AgreementParameters,
    ) -> None:
        self.content, self.sheets, self.result = content, sheets, result
        self.today, self.params = today, params
        self.quarter: Quarter | None = None

    def error(self, sheet, row, column, value, message) -> None:
        self.result.errors.append(Problem(sheet, row, column, value, message))

    def warn(self, sheet, row, column, value, message) -> None:
        self.result.warnings.append(Problem(sheet, row, column, value, message))

    def run(self) -> None:
        found = {name: find_sheet(self.sheets, name) for name in SHEET_ORDER}
        for name in fmt.REQUIRED_SHEETS:
            if found[name] is None:
                self.error(
                    name,
                    None,
                    None,
                    None,
                    f"Het blad '{name}' ontbreekt. Gebruik het sjabloon van de "
                    "Doorstroommonitor (pagina Uploaden), dat dit blad al bevat.",
                )
        tables = {name: self._table(name, sheet) for name, sheet in found.items() if sheet}
        self._other_sheets(found)
        if self._formula_cells(found):
            return  # the values of those cells are unknown, so checking them would mislead
        if found[fmt.SHEET_REPORT] is not None:
            report_table = tables.get(fmt.SHEET_REPORT)
            self._header_block(found[fmt.SHEET_REPORT], report_table.header_row if report_table else None)
        activity = self._activity(tables.get(fmt.SHEET_REPORT))
        hours = self._hours(tables.get(fmt.SHEET_HOURS))
        moves = self._moves(tables.get(fmt.SHEET_MOVES), activity)
        barriers = self._barriers(tables.get(fmt.SHEET_BARRIERS))
        if self.result.errors or activity is None or hours is None:
            return
        self.result.report = ParsedReport(
            corporation=self.result.corporation,
            year=self.result.year,
            quarter=self.result.quarter,
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
                required = ", ".join(f"'{c.header}'" for c in columns if c.required)
                self.error(
                    sheet.name,
                    None,
                    None,
                    None,
                    f"Geen tabel gevonden op blad '{sheet.name}': er is geen kopregel met de "
                    f"kolommen {required}. Gebruik de kopjes van het sjabloon.",
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
                    f"De verplichte kolom '{column.header}' ontbreekt in de kopregel. Voeg "
                    "hem toe met dit kopje (of een van de bekende andere namen).",
                )
        for header in table.duplicate_headers:
            usable = False
            self.error(
                sheet.name,
                table.header_row,
                header,
                header,
                f"De kolom '{header}' staat er twee keer in; laat er één staan.",
            )
        return table if usable else None

    def _extra_column(self, sheet: str, row: int, letter: str, header: str) -> None:
        if norm.personal_data_header(header):
            self.error(sheet, row, header, header, _privacy_message(header))
        else:
            self.warn(
                sheet,
                row,
                header,
                header,
                f"Kolom {letter} ('{header}') hoort niet bij de rapportage en is niet ingelezen.",
            )

    def _other_sheets(self, found: dict[str, Sheet | None]) -> None:
        """Sheets the report does not use are ignored, but never one with personal data."""
        used = {id(s) for s in found.values() if s is not None}
        helpers = {normalise_label(n) for n in fmt.HELPER_SHEETS}
        for key, sheet in self.sheets.items():
            if id(sheet) in used or key in helpers:
                continue
            personal = _personal_headers(sheet)
            for row, header in personal:
                self.error(sheet.name, row, header, header, _privacy_message(header))
            if not personal and not _sheet_is_empty(sheet):
                self.warn(
                    sheet.name,
                    None,
                    None,
                    None,
                    f"Het blad '{sheet.name}' hoort niet bij de rapportage en is niet ingelezen.",
                )

    def _formula_cells(self, found: dict[str, Sheet | None]) -> bool:
        """Formula cells whose result was never saved: their value is unknown, so name each one."""
        if not has_formulas(self.content):
            return False
        sheets = {s.name: (name, s) for name, s in found.items() if s is not None}
        missing = formulas_without_result(self.content, list(sheets))
        for sheet_name, cells in missing.items():
            name, sheet = sheets[sheet_name]
            table = find_table(sheet, COLUMNS[name])
            for cell in cells:
                row, col_pos = _cell_position(cell)
                self.error(
                    sheet_name,
                    row,
                    _header_above(sheet, table, row, col_pos, cell),
                    cell,
                    f"Cel {cell} bevat een formule waarvan de uitkomst niet in het bestand is "
                    "opgeslagen (het is niet met Excel bewaard). Open het bestand in Excel, laat "
                    "het herberekenen (F9), sla het op en upload het opnieuw — of typ het getal "
                    "zelf in.",
                )
        return bool(missing)

    # --- the block above the table ------------------------------------------------------

    def _header_block(self, sheet: Sheet, table_row: int | None) -> None:
        labels = labels_above(sheet, fmt.LABEL_SYNONYMS, table_row)
        value, row = labels.get(fmt.LABEL_CORPORATION, (None, None))
        self.result.corporation = canonical_corporation(value)
        if self.result.corporation is None:
            self.error(
                sheet.name,
                row,
                fmt.LABEL_CORPORATION,
                value,
                _missing_label(
                    fmt.LABEL_CORPORATION,
                    row,
                    "de naam van uw corporatie: deltaWonen, Omnia Wonen, Uwoon of Woningstichting Putten",
                ),
            )
        period = read_period(labels.get(fmt.LABEL_YEAR), labels.get(fmt.LABEL_QUARTER))
        for column, row, value, message in period.problems:
            self.error(sheet.name, row, column, value, message)
        self.result.year, self.result.quarter = period.year, period.quarter
        if period.year is None or period.quarter is None:
            return
        self.quarter = Quarter(period.year, period.quarter)
        errors, warnings = quarter_problems(self.quarter, self.today, self.params)
        for message in errors:
            self.error(sheet.name, period.quarter_row, fmt.LABEL_QUARTER, self.quarter.label, message)
        for message in warnings:
            self.warn(sheet.name, period.quarter_row, fmt.LABEL_QUARTER, self.quarter.label, message)

    # --- the tables -----------------------------------------------------------------------

    def _typed(self, table: RawTable, columns: tuple[fmt.Column, ...], required: set[str]) -> pd.DataFrame:
        """Each column converted to its type; unreadable and missing required cells reported."""
        raw = table.frame
        blank = norm.blank_mask(raw)
        typed = pd.DataFrame(index=raw.index)
        for column in columns:
            if column.field not in raw.columns:
                typed[column.field] = float("nan") if column.kind in ("integer", "decimal") else None
                continue
            values = raw[column.field]
            converted = CONVERTERS[column.kind](column, values)
            empty = blank[column.field].to_numpy()
            for row in raw.index[converted.isna().to_numpy() & ~empty]:
                self.error(table.sheet, row, column.header, values.at[row], _unreadable(column))
            if column.field in required:
                for row in raw.index[empty]:
                    self.error(
                        table.sheet,
                        row,
                        column.header,
                        None,
                        f"'{column.header}' is verplicht: vul een waarde in (0 als er niets was).",
                    )
            typed[column.field] = converted
        return typed

    def _rules(self, schema, typed: pd.DataFrame, table: RawTable, columns) -> None:
        context = schemas.Context(self.quarter or Quarter(self.today.year, 1), self.today)
        self.result.errors.extend(
            schemas.schema_problems(schema, typed, table.frame, table.sheet, columns, context)
        )

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
                "Deze regel heeft geen cijfers en is overgeslagen.",
            )
        table = table.subset(~no_figures)
        table = table.subset(~_unlabelled_total(table.frame, figures))
        if table.frame.empty:
            self.error(
                table.sheet,
                table.header_row,
                "Gemeente",
                None,
                "De tabel is leeg: vul per gemeente waar uw corporatie actief was één regel in.",
            )
            return None
        typed = self._typed(table, columns, {c.field for c in columns if c.required})
        self._rules(schemas.table_schema(columns), typed, table, columns)
        # Villages and repeated rows of one municipality are added up.
        summed = typed.groupby("municipality", sort=True)[[c.field for c in columns[1:]]].sum(min_count=1)
        return summed.round().astype("Int64").reset_index()

    def _hours(self, table: RawTable | None) -> pd.DataFrame | None:
        if table is None:
            return None
        columns = fmt.HOURS_COLUMNS
        typed = self._typed(table, columns, {"month"})
        ended = (
            [m for m in self.quarter.months if _month_end(self.quarter.year, m) < self.today]
            if self.quarter
            else []
        )
        no_hours = (norm.blank_mask(table.frame)["hours"]).to_numpy()
        for row in typed.index[no_hours & typed["month"].isin(ended).to_numpy()]:
            self.error(
                table.sheet,
                row,
                "Uren verhuiscoach",
                None,
                "Vul de gewerkte uren van deze maand in (0 als er niet is gewerkt).",
            )
        listed = set(typed["month"].dropna())
        for month in ended:
            if month not in listed:
                self.error(
                    table.sheet,
                    None,
                    "Maand",
                    fmt.DUTCH_MONTHS[month - 1],
                    f"De uren van {fmt.DUTCH_MONTHS[month - 1]} ontbreken: vul voor elke maand "
                    "van het kwartaal een regel met de gewerkte uren in.",
                )
        typed = typed[~no_hours]
        schema = schemas.hours_schema(self.quarter) if self.quarter else schemas.table_schema(columns)
        self._rules(schema, typed, table, columns)
        per_month = typed.dropna(subset=["month"]).groupby("month")["hours"].agg(["sum", "size"])
        for month, (hours, rows) in per_month.iterrows():
            if rows > 1 and hours > fmt.MAX_MONTHLY_HOURS:
                self.error(
                    table.sheet,
                    None,
                    "Uren verhuiscoach",
                    hours,
                    f"Samen {hours:g} uur in {fmt.DUTCH_MONTHS[int(month) - 1]}: meer dan "
                    f"{fmt.MAX_MONTHLY_HOURS:.0f} uur in één maand kan niet kloppen.",
                )
        return pd.DataFrame({"month": per_month.index.astype(int), "hours": per_month["sum"].to_numpy()})

    def _moves(self, table: RawTable | None, activity: pd.DataFrame | None) -> pd.DataFrame | None:
        if table is None or table.frame.empty:
            return None
        columns = fmt.MOVE_COLUMNS
        typed = self._typed(table, columns, {c.field for c in columns if c.required})
        schema = (
            schemas.moves_schema(self.quarter, self.today) if self.quarter else schemas.table_schema(columns)
        )
        self._rules(schema, typed, table, columns)
        for field in ("from_bedrooms", "to_bedrooms"):
            typed[field] = typed[field].round().astype("Int64")
        if activity is not None:
            self._compare_move_counts(typed, activity)
        return typed

    def _compare_move_counts(self, moves: pd.DataFrame, activity: pd.DataFrame) -> None:
        """Per municipality, the move rows should match the reported number of moves (a warning)."""
        listed = moves["municipality"].value_counts()
        reported = activity.set_index("municipality")["moves"].fillna(0)
        for name in sorted(set(listed.index) | set(reported.index)):
            n_listed, n_reported = int(listed.get(name, 0)), int(reported.get(name, 0))
            if n_listed != n_reported:
                self.warn(
                    fmt.SHEET_MOVES,
                    None,
                    "Gemeente vertrek",
                    name,
                    f"{name}: {n_listed} verhuizing(en) op het blad '{fmt.SHEET_MOVES}', maar "
                    f"{n_reported} in de tabel op '{fmt.SHEET_REPORT}'. Controleer of beide kloppen.",
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
        return typed.groupby("reason", as_index=False)["count"].sum().astype({"count": "Int64"})


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _unlabelled_total(frame: pd.DataFrame, figures: list[str]) -> pd.Series:
    """A last row without a municipality whose figures equal the sums above it is a total line."""
    flags = pd.Series(False, index=frame.index)
    if len(frame) < 2 or not norm.is_blank(frame["municipality"].iloc[-1]):
        return flags
    numbers = frame[figures].apply(norm.to_numbers)
    if (numbers.iloc[-1].fillna(0) == numbers.iloc[:-1].sum()).all():
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


def _privacy_message(header: str) -> str:
    return (
        f"De kolom '{header}' lijkt persoonsgegevens te bevatten. De rapportage mag geen "
        "persoonsgegevens bevatten (AVG), daarom is het hele bestand geweigerd en niet "
        "opgeslagen. Verwijder deze kolom en upload het bestand opnieuw."
    )


def _missing_label(label: str, row: int | None, what: str) -> str:
    if row is None:
        return (
            f"Boven de tabel ontbreekt het veld '{label}'. Zet in een cel '{label}' en in de cel "
            f"rechts ervan {what}."
        )
    return f"Onbekende of lege waarde bij '{label}'. Vul {what} in."


def _header_above(sheet: Sheet, table: RawTable | None, row: int, col_pos: int, cell: str) -> str:
    """The table header of a cell's column, or 'kolom D' for a cell outside the table."""
    if table is not None and row > table.header_row and col_pos < sheet.grid.shape[1]:
        header = sheet.grid.iat[table.header_row - 1, col_pos]
        if isinstance(header, str) and header.strip():
            return header.strip()
    return f"kolom {cell.rstrip('0123456789')}"


def _cell_position(cell: str) -> tuple[int, int]:
    """'D8' → (Excel row 8, column position 3)."""
    letters = cell.rstrip("0123456789")
    position = 0
    for letter in letters:
        position = position * 26 + ord(letter.upper()) - 64
    return int(cell[len(letters) :]), position - 1


def _unreadable(column: fmt.Column) -> str:
    header = column.header
    if column.kind in ("integer", "decimal"):
        return f"'{header}' moet een getal zijn, bijvoorbeeld 12; tekst kan niet worden opgeteld."
    if column.kind == "date":
        return "Vul een datum in, bijvoorbeeld 15-08-2025."
    if column.kind == "month":
        return "Vul een maand in: de naam (juli), het nummer (7) of een datum in die maand."
    if column.kind == "yes_no":
        return f"Vul bij '{header}' ja of nee in."
    if column.field == "municipality":
        return f"Onbekende gemeente of kern. Kies een van: {VALID_PLACES}."
    return f"Onbekende waarde. Kies een van: {', '.join(column.choices)}."


def _as_objects(values: pd.Series, convert) -> pd.Series:
    return pd.Series(norm.map_unique(values, convert), index=values.index, dtype=object)


CONVERTERS = {
    "integer": lambda column, values: norm.to_numbers(values),
    "decimal": lambda column, values: norm.to_numbers(values),
    "text": lambda column, values: _as_objects(values, canonical_municipality),
    "choice": lambda column, values: _as_objects(values, norm.choice_lookup(column.choices)),
    "yes_no": lambda column, values: _as_objects(values, norm.parse_yes_no),
    "date": lambda column, values: norm.to_dates(values),
    "month": lambda column, values: norm.to_months(values),
}
