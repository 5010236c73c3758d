"""Turn raw tables into a ParsedReport, collecting every problem at once (in Dutch)."""

from __future__ import annotations

import re
from datetime import date, datetime

import pandas as pd

from data_access import report_format as fmt
from data_access.importer.reading import RawTable, UnreadableWorkbook, find_table, read_labels, read_sheets
from data_access.importer.result import ParsedReport, Problem, ValidationResult
from domain.parameters import AgreementParameters
from domain.partners import MUNICIPALITIES, canonical_corporation, canonical_municipality, normalise_label
from domain.periods import Quarter


def validate_workbook(
    content: bytes, file_name: str, *, today: date, params: AgreementParameters
) -> ValidationResult:
    result = ValidationResult(file_name=file_name)
    try:
        sheets = read_sheets(content)
    except UnreadableWorkbook as exc:
        result.errors.append(Problem(None, None, None, file_name, str(exc)))
        return result
    report_grid = sheets.get(normalise_label(fmt.SHEET_REPORT))
    hours_grid = sheets.get(normalise_label(fmt.SHEET_HOURS))
    for name, grid in ((fmt.SHEET_REPORT, report_grid), (fmt.SHEET_HOURS, hours_grid)):
        if grid is None:
            result.errors.append(Problem(name, None, None, None,
                                         f"Het blad '{name}' ontbreekt. Gebruik het sjabloon van de "
                                         "Doorstroommonitor, dat dit blad al bevat."))
    if result.errors:
        return result
    _read_header_block(report_grid, result, today, params)
    activity = _activity(report_grid, result)
    hours = _hours(hours_grid, result)
    if result.errors or activity is None or hours is None:
        return result
    moves_grid = sheets.get(normalise_label(fmt.SHEET_MOVES))
    barriers_grid = sheets.get(normalise_label(fmt.SHEET_BARRIERS))
    moves = _moves(moves_grid, result, activity) if moves_grid is not None else None
    barriers = _barriers(barriers_grid, result) if barriers_grid is not None else None
    if result.errors:
        return result
    result.report = ParsedReport(
        corporation=result.corporation, year=result.year, quarter=result.quarter,
        activity=activity, hours=hours,
        moves=moves if moves is not None else pd.DataFrame(),
        barriers=barriers if barriers is not None else pd.DataFrame(),
    )
    return result


def _read_header_block(grid, result: ValidationResult, today: date, params) -> None:
    labels = read_labels(grid, (fmt.LABEL_CORPORATION, fmt.LABEL_YEAR, fmt.LABEL_QUARTER))
    sheet = fmt.SHEET_REPORT
    value, row = labels.get(fmt.LABEL_CORPORATION, (None, None))
    result.corporation = canonical_corporation(value)
    if result.corporation is None:
        result.errors.append(Problem(sheet, row, fmt.LABEL_CORPORATION, value,
                                     "Onbekende corporatie. Vul een van deze in: deltaWonen, "
                                     "Omnia Wonen, Uwoon, Woningstichting Putten."))
    value, row = labels.get(fmt.LABEL_YEAR, (None, None))
    result.year = _as_int(value)
    if result.year is None:
        result.errors.append(Problem(sheet, row, fmt.LABEL_YEAR, value,
                                     "Het jaar ontbreekt of is geen jaartal; vul bijvoorbeeld 2025 in."))
    value, row = labels.get(fmt.LABEL_QUARTER, (None, None))
    result.quarter = parse_quarter(value)
    if result.quarter is None:
        result.errors.append(Problem(sheet, row, fmt.LABEL_QUARTER, value,
                                     "Het kwartaal ontbreekt of is onleesbaar; vul 1, 2, 3 of 4 in."))
    if result.year is not None and result.quarter is not None:
        for message in quarter_problems(Quarter(result.year, result.quarter), today, params):
            result.errors.append(Problem(sheet, row, fmt.LABEL_QUARTER, result.quarter, message))


def quarter_problems(quarter: Quarter, today: date, params: AgreementParameters) -> list[str]:
    if quarter.first_day > today:
        return [f"Kwartaal {quarter.label} is nog niet begonnen; rapporteer alleen afgelopen "
                "of lopende kwartalen."]
    if quarter.last_day < params.start_date or quarter.first_day > params.end_date:
        return [f"Kwartaal {quarter.label} valt buiten de looptijd van de overeenkomst "
                f"({params.start_date:%d-%m-%Y} tot en met {params.end_date:%d-%m-%Y})."]
    return []


def parse_quarter(value: object) -> int | None:
    """1-4 from '3', 'Q3', 'K3', '3e kwartaal', 'kwartaal 3'."""
    digits = re.findall(r"[1-4]", normalise_label(value))
    text = normalise_label(value)
    if len(digits) == 1 and re.fullmatch(r"(q|k|kwartaal)?\s*[1-4]\s*(e|de)?\s*(kwartaal)?", text):
        return int(digits[0])
    number = _as_int(value)
    return number if number in (1, 2, 3, 4) else None


def _as_int(value: object) -> int | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _table(grid, sheet: str, columns, result: ValidationResult) -> RawTable | None:
    table = find_table(grid, sheet, columns)
    if table is None:
        result.errors.append(Problem(sheet, None, columns[0].header, None,
                                     f"Geen tabel gevonden: de kolom '{columns[0].header}' ontbreekt."))
        return None
    for column in columns:
        if column.required and column.field not in table.frame.columns:
            result.errors.append(Problem(sheet, None, column.header, None,
                                         f"De verplichte kolom '{column.header}' ontbreekt."))
    return table


def _activity(grid, result: ValidationResult) -> pd.DataFrame | None:
    sheet = fmt.SHEET_REPORT
    table = _table(grid, sheet, fmt.ACTIVITY_COLUMNS, result)
    if table is None or result.errors:
        return None
    frame = table.frame
    out = pd.DataFrame(index=frame.index)
    municipalities = frame["municipality"].map(canonical_municipality)
    for row, raw, name in zip(frame.index, frame["municipality"], municipalities):
        if name is None:
            result.errors.append(Problem(sheet, row, "Gemeente", raw,
                                         "Onbekende gemeente of kern. Kies een van: "
                                         + ", ".join(MUNICIPALITIES) + "."))
    out["municipality"] = municipalities
    for column in fmt.ACTIVITY_COLUMNS[1:]:
        if column.field not in frame.columns:
            out[column.field] = pd.NA
            continue
        out[column.field] = _integers(frame[column.field], sheet, column, result)
    for column in fmt.ACTIVITY_COLUMNS:
        if column.of_which and column.field in frame.columns:
            exceeds = out[column.field] > out[column.of_which]
            for row in out.index[exceeds.fillna(False)]:
                result.errors.append(Problem(sheet, row, column.header, out.at[row, column.field],
                                             f"'{column.header}' is groter dan het totaal waar het "
                                             "een deel van is; controleer beide getallen."))
    if result.errors:
        return None
    return out.groupby("municipality", as_index=False).sum(min_count=1)


def _integers(values: pd.Series, sheet: str, column: fmt.Column, result) -> pd.Series:
    parsed = values.map(_as_int)
    for row, raw, number in zip(values.index, values, parsed):
        empty = raw is None or (isinstance(raw, float) and pd.isna(raw))
        if empty and not column.required:
            continue
        if number is None or number < 0:
            result.errors.append(Problem(sheet, row, column.header, None if empty else raw,
                                         f"'{column.header}' moet een geheel getal van 0 of meer zijn."))
    return parsed.astype("Int64")


def _month(value: object) -> int | None:
    if isinstance(value, (datetime, date, pd.Timestamp)):
        return value.month
    text = normalise_label(value)
    for number, name in enumerate(fmt.DUTCH_MONTHS, start=1):
        if text and (text == name or text == name[:3]):
            return number
    number = _as_int(value)
    return number if number is not None and 1 <= number <= 12 else None


def _hours(grid, result: ValidationResult) -> pd.DataFrame | None:
    sheet = fmt.SHEET_HOURS
    table = _table(grid, sheet, fmt.HOURS_COLUMNS, result)
    if table is None or result.quarter is None or result.year is None:
        return None
    months = Quarter(result.year, result.quarter).months
    rows = []
    for row, raw_month, raw_hours in zip(table.frame.index, table.frame["month"], table.frame["hours"]):
        month = _month(raw_month)
        if month not in months:
            result.errors.append(Problem(sheet, row, "Maand", raw_month,
                                         "Deze maand hoort niet bij het kwartaal van de rapportage."))
            continue
        try:
            hours = float(str(raw_hours).replace(",", "."))
        except ValueError:
            hours = float("nan")
        if pd.isna(hours) or not 0 <= hours <= 250:
            result.errors.append(Problem(sheet, row, "Uren verhuiscoach", raw_hours,
                                         "Vul de uren van deze maand in als getal tussen 0 en 250."))
            continue
        rows.append({"month": month, "hours": hours})
    return pd.DataFrame(rows, columns=["month", "hours"])


def _choice(value: object, allowed: tuple[str, ...]) -> str | None:
    text = normalise_label(value)
    return next((option for option in allowed if normalise_label(option) == text), None)


def _moves(grid, result: ValidationResult, activity: pd.DataFrame) -> pd.DataFrame | None:
    """Optional anonymous move rows; an empty sheet means none were reported."""
    sheet = fmt.SHEET_MOVES
    table = find_table(grid, sheet, fmt.MOVE_COLUMNS)
    if table is None or table.frame.empty:
        return None
    quarter = Quarter(result.year, result.quarter)
    frame = table.frame
    out = pd.DataFrame(index=frame.index)
    dates = pd.to_datetime(frame["move_date"], errors="coerce", dayfirst=True)
    outside = dates.isna() | (dates.dt.date < quarter.first_day) | (dates.dt.date > quarter.last_day)
    for row in frame.index[outside]:
        result.errors.append(Problem(sheet, row, "Verhuisdatum", frame.at[row, "move_date"],
                                     f"Vul een datum in het kwartaal {quarter.label} in."))
    out["move_date"] = dates.dt.date
    out["municipality"] = frame["municipality"].map(canonical_municipality)
    for row in out.index[out["municipality"].isna()]:
        result.errors.append(Problem(sheet, row, "Gemeente vertrek", frame.at[row, "municipality"],
                                     "Onbekende gemeente of kern. Kies een van: "
                                     + ", ".join(MUNICIPALITIES) + "."))
    choices = {"from_type": fmt.HOME_TYPES_FROM, "to_type": fmt.HOME_TYPES_TO,
               "age_band": fmt.AGE_BANDS, "freed_home_to": fmt.FREED_HOME_TO}
    for field, allowed in choices.items():
        out[field] = frame[field].map(lambda v, a=allowed: _choice(v, a)) if field in frame else None
    for field in ("from_bedrooms", "to_bedrooms"):
        out[field] = frame[field].map(_as_int).astype("Int64") if field in frame else pd.NA
    if "priority" in frame:
        out["priority"] = frame["priority"].map(lambda v: {"ja": True, "nee": False}.get(_choice(v, fmt.YES_NO)))
    else:
        out["priority"] = None
    _compare_move_counts(out, activity, result)
    return out


def _compare_move_counts(moves: pd.DataFrame, activity: pd.DataFrame, result) -> None:
    """Per municipality, the move rows should match the reported number of moves (a warning)."""
    listed = moves["municipality"].value_counts()
    reported = activity.set_index("municipality")["moves"]
    for name in sorted(set(listed.index) | set(reported.index)):
        n_listed, n_reported = int(listed.get(name, 0)), int(reported.get(name, 0) or 0)
        if n_listed != n_reported:
            result.warnings.append(Problem(
                fmt.SHEET_MOVES, None, "Gemeente vertrek", name,
                f"{name}: {n_listed} verhuizing(en) op het blad '{fmt.SHEET_MOVES}', maar "
                f"{n_reported} in de tabel op '{fmt.SHEET_REPORT}'. Controleer of beide kloppen."))


def _barriers(grid, result: ValidationResult) -> pd.DataFrame | None:
    sheet = fmt.SHEET_BARRIERS
    table = find_table(grid, sheet, fmt.BARRIER_COLUMNS)
    if table is None:
        return None
    frame = table.frame.dropna(subset=["count"]) if "count" in table.frame else table.frame.iloc[0:0]
    rows = []
    for row, raw_reason, raw_count in zip(frame.index, frame["reason"], frame["count"]):
        reason = _choice(raw_reason, fmt.BARRIER_REASONS)
        count = _as_int(raw_count)
        if reason is None:
            result.errors.append(Problem(sheet, row, "Reden", raw_reason,
                                         "Onbekende reden. Kies een van: "
                                         + ", ".join(fmt.BARRIER_REASONS) + "."))
        elif count is None or count < 0:
            result.errors.append(Problem(sheet, row, "Aantal", raw_count,
                                         "Vul het aantal in als geheel getal van 0 of meer."))
        else:
            rows.append({"reason": reason, "count": count})
    return pd.DataFrame(rows, columns=["reason", "count"]).groupby("reason", as_index=False).sum()
