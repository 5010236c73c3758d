"""Changing the agreement parameters (administrators only): every change is a new version.

A version is never edited in place: saving stores a new parameter set valid from a chosen
date, next to an audit entry naming what changed, in one transaction.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select

from data_access import repositories as repo
from data_access.access import Actor, require_admin
from data_access.audit import refusals_recorded
from data_access.db import session_scope
from data_access.models import AuditEntry, ParameterSet
from domain.costs import check_for_costs
from domain.messages import Message, msg
from domain.parameters import AgreementParameters, InvalidParameters, SalaryEntry, default_parameters

FIRST_YEAR, LAST_YEAR = 2000, 2100


def _is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        pass
    return isinstance(value, str) and not value.strip()


def _number(value: Any) -> float | None:
    if isinstance(value, str):
        value = value.strip().replace(".", "").replace(",", ".") if "," in value else value.strip()
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def salary_table_from_rows(rows: Iterable[Mapping[str, Any]]) -> dict[int, SalaryEntry]:
    """The salary table from editor rows (year, monthly, source, indicative); empty rows skipped.

    Raises InvalidParameters listing every problem, each naming the row (1 = first row).
    """
    table: dict[int, SalaryEntry] = {}
    problems: list[Message] = []
    for number, row in enumerate(rows, start=1):
        year_raw, monthly_raw = row.get("year"), row.get("monthly")
        if _is_blank(year_raw) and _is_blank(monthly_raw):
            continue
        year = _number(year_raw)
        monthly = _number(monthly_raw)
        if year is None or year != int(year) or not FIRST_YEAR <= year <= LAST_YEAR:
            problems.append(msg("parameters.salary_row_year", row=number))
            continue
        if monthly is None or monthly <= 0:
            problems.append(msg("parameters.salary_row_amount", row=number, year=int(year)))
            continue
        if int(year) in table:
            problems.append(msg("parameters.salary_row_twice", row=number, year=int(year)))
            continue
        source = "" if _is_blank(row.get("source")) else str(row.get("source")).strip()
        indicative = bool(row.get("indicative")) if not _is_blank(row.get("indicative")) else True
        table[int(year)] = SalaryEntry(round(monthly, 2), source, indicative)
    if not table and not problems:
        problems.append(msg("parameters.salary_table_empty"))
    if problems:
        raise InvalidParameters.of(problems)
    return dict(sorted(table.items()))


def parameters_on(engine: Engine, day: date) -> AgreementParameters:
    """The version in force on `day` (the earliest version when none is yet)."""
    sets = sorted(repo.parameter_sets(engine), key=lambda p: p.valid_from)  # stable: later id wins
    if not sets:
        return default_parameters()
    earlier = [p for p in sets if p.valid_from <= day]
    return earlier[-1] if earlier else sets[0]


def _changes(old: AgreementParameters, new: AgreementParameters) -> dict[str, Any]:
    before, after = old.to_json(), new.to_json()
    return {
        name: {"old": before.get(name), "new": value}
        for name, value in after.items()
        if before.get(name) != value
    }


def save_parameter_version(engine: Engine, actor: Actor, params: AgreementParameters) -> int:
    """Store `params` as a new version valid from `params.valid_from`; returns its id."""
    with refusals_recorded(engine, actor):
        require_admin(actor, "change_parameters")
    check_for_costs(params)
    previous = parameters_on(engine, params.valid_from)
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        row = ParameterSet(
            valid_from=params.valid_from, payload=params.to_json(), created_at=now, created_by=actor.name
        )
        session.add(row)
        session.flush()
        session.add(
            AuditEntry(
                at=now,
                actor=actor.name,
                action="parameters_saved",
                details={
                    "parameter_set_id": row.id,
                    "valid_from": params.valid_from.isoformat(),
                    "changes": _changes(previous, params),
                },
            )
        )
        return row.id


def save_salary_table(
    engine: Engine, actor: Actor, salary: Mapping[int, SalaryEntry], valid_from: date, note: str = ""
) -> int:
    """A new version: the one in force on `valid_from` with this salary table."""
    with refusals_recorded(engine, actor):
        require_admin(actor, "change_salary")
    base = parameters_on(engine, valid_from)
    params = base.with_changes(
        salary=dict(salary), valid_from=valid_from, note=note or "Salaristabel gewijzigd"
    )
    return save_parameter_version(engine, actor, params)


def parameter_versions(engine: Engine) -> pd.DataFrame:
    """Every stored version, newest first: when it applies from, who saved it and when."""
    with engine.connect() as connection:
        result = connection.execute(
            select(
                ParameterSet.id,
                ParameterSet.valid_from,
                ParameterSet.created_at,
                ParameterSet.created_by,
                ParameterSet.payload,
            ).order_by(ParameterSet.id.desc())
        )
        rows = [
            {"id": i, "valid_from": v, "created_at": c, "created_by": b, "note": (p or {}).get("note", "")}
            for i, v, c, b, p in result
        ]
    return pd.DataFrame(rows, columns=["id", "valid_from", "created_at", "created_by", "note"])
