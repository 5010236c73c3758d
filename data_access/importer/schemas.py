"""The report's value rules as pandera schemas, and their failures as coded problems.

pandera gets typed tables only: numbers are converted first and cells that are not a number (or
not a date, not a known name) are reported by the caller with their row. One text cell in a
numeric column would otherwise turn all checks of that column into a single TypeError without a
row. So every column is nullable here; required values were checked on conversion.
The index of each table is the Excel row, so pandera's failure index is the row to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import pandera.pandas as pa

from data_access import report_format as fmt
from data_access.importer.result import Problem
from domain.messages import Message, msg
from domain.periods import Quarter

WHOLE, NOT_NEGATIVE, AT_MOST = "whole", "not_negative", "at_most"
IN_QUARTER, NOT_FUTURE, OF_WHICH = "in_quarter", "not_future", "of_which"


@dataclass(frozen=True)
class Context:
    """What the messages refer to."""

    quarter: Quarter
    today: date


def _number_checks(column: fmt.Column) -> list[pa.Check]:
    # Own names (pandera's built-in checks report their own), so failures map to our codes.
    checks = [pa.Check(lambda s: s >= 0, name=NOT_NEGATIVE)]
    if column.kind == "integer":
        checks.append(pa.Check(lambda s: s == np.floor(s), name=WHOLE))
    if column.maximum is not None:
        checks.append(pa.Check(lambda s, m=column.maximum: s <= m, name=AT_MOST))
    return checks


def _of_which_check(part: str, total: str) -> pa.Check:
    # Per row: the part may not exceed its total (NaN on either side passes: nothing to compare).
    return pa.Check(lambda df: ~(df[part] > df[total]), name=f"{OF_WHICH}:{part}:{total}")


def table_schema(
    columns: tuple[fmt.Column, ...], extra: dict[str, list[pa.Check]] | None = None
) -> pa.DataFrameSchema:
    schema_columns = {}
    for column in columns:
        checks = _number_checks(column) if column.kind in ("integer", "decimal") else []
        checks += (extra or {}).get(column.field, [])
        if checks:
            schema_columns[column.field] = pa.Column(checks=checks, nullable=True, required=False)
    frame_checks = [_of_which_check(c.field, c.of_which) for c in columns if c.of_which]
    return pa.DataFrameSchema(schema_columns, checks=frame_checks)


def hours_schema(quarter: Quarter) -> pa.DataFrameSchema:
    in_quarter = pa.Check(lambda s: s.isin(list(quarter.months)), name=IN_QUARTER)
    return table_schema(fmt.HOURS_COLUMNS, {"month": [in_quarter]})


def moves_schema(quarter: Quarter, today: date) -> pa.DataFrameSchema:
    first, last = quarter.first_day, quarter.last_day
    date_checks = [
        pa.Check(lambda s: s.map(lambda d: first <= d <= last).astype(bool), name=IN_QUARTER),
        pa.Check(lambda s: s.map(lambda d: d <= today).astype(bool), name=NOT_FUTURE),
    ]
    return table_schema(fmt.MOVE_COLUMNS, {"move_date": date_checks})


def schema_problems(
    schema: pa.DataFrameSchema,
    typed: pd.DataFrame,
    raw: pd.DataFrame,
    sheet: str,
    columns: tuple[fmt.Column, ...],
    context: Context,
) -> list[Problem]:
    """Validate lazily (every failure at once) and translate failures into located problems."""
    try:
        schema.validate(typed, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    else:
        return []
    by_field = {c.field: c for c in columns}
    problems = []
    seen = set()
    for check, field, row, found in cases[["check", "column", "index", "failure_case"]].itertuples(
        index=False
    ):
        name, _, rest = str(check).partition(":")
        if name == OF_WHICH:
            field, total = rest.split(":")
        if row is None or (isinstance(row, float) and np.isnan(row)) or (field, row, name) in seen:
            continue
        seen.add((field, row, name))
        row = int(row)
        column = by_field[field]
        value = raw.at[row, field] if field in raw.columns and row in raw.index else found
        message = _message(name, column, context, typed, row, by_field.get(rest.split(":")[-1]))
        problems.append(Problem(sheet, row, column.header, value, message))
    return problems


def _message(
    name: str, column: fmt.Column, context: Context, typed: pd.DataFrame, row: int, total: fmt.Column | None
) -> Message:
    header = column.header
    quarter = context.quarter
    span = {"quarter": quarter.label, "first": quarter.first_day, "last": quarter.last_day}
    if name == WHOLE:
        return msg("upload.rule.whole", header=header)
    if name == NOT_NEGATIVE:
        return msg("upload.rule.not_negative", header=header)
    if name == AT_MOST and column.field == "hours":
        return msg("upload.rule.hours_at_most", max=fmt.MAX_MONTHLY_HOURS)
    if name == AT_MOST:
        return msg("upload.rule.at_most", header=header, max=column.maximum)
    if name == IN_QUARTER and column.field == "month":
        return msg("upload.rule.month_outside_quarter", **span)
    if name == IN_QUARTER:
        return msg("upload.rule.move_outside_quarter", **span)
    if name == NOT_FUTURE:
        return msg("upload.rule.move_after_today", today=context.today)
    if name == OF_WHICH and total is not None:
        return msg(
            "upload.rule.of_which",
            header=header,
            value=float(typed[column.field].loc[row]),
            total=total.header,
            total_value=float(typed[total.field].loc[row]),
        )
    return msg("upload.rule.other", header=header, rule=name)
