"""Named what-if scenarios: save, list, load and delete; every write is audited.

Anyone who may use the app may save a scenario (it changes no agreement figure); only the
account that saved it or an administrator may overwrite or delete it (by account, not by name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from data_access.access import AccessDenied, Actor, require_owner
from data_access.audit import refusals_recorded
from data_access.db import session_scope
from data_access.models import AuditEntry
from data_access.models import Scenario as ScenarioRow
from domain.costs import check_for_costs
from domain.errors import UserError
from domain.messages import msg
from domain.parameters import InvalidParameters, default_parameters
from domain.whatif import Scenario

MAX_NAME_LENGTH = 100


class ScenarioError(UserError, ValueError):
    """A scenario cannot be saved or found."""


@dataclass(frozen=True)
class SavedScenario:
    id: int
    scenario: Scenario
    created_at: datetime
    created_by: str
    updated_at: datetime


def clean_name(name: str) -> str:
    cleaned = " ".join(str(name or "").split())
    if not cleaned:
        raise ScenarioError("scenario.name_missing")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ScenarioError("scenario.name_too_long", limit=MAX_NAME_LENGTH)
    return cleaned


def _check_applicable(scenario: Scenario) -> None:
    """A scenario whose keys do not add up is refused before it is stored."""
    year = scenario.year or default_parameters().start_year
    try:
        check_for_costs(scenario.apply(default_parameters(), year))
    except InvalidParameters as exc:
        raise ScenarioError.of([msg("scenario.not_saved"), *exc.messages]) from exc


def _may_change(actor: Actor, row: ScenarioRow) -> None:
    require_owner(actor, row.owner, row.created_by, row.name)


def may_change(actor: Actor, owner: str | None) -> bool:
    """Whether `actor` may overwrite or delete a scenario saved by account `owner` (for hiding
    the delete button; saving and deleting ask require_owner themselves)."""
    try:
        require_owner(actor, owner, "", "")
    except AccessDenied:
        return False
    return True


def _audit(session: Session, actor: Actor, action: str, details: dict[str, Any]) -> None:
    session.add(AuditEntry(at=datetime.now(UTC), actor=actor.name, action=action, details=details))


def save_scenario(
    engine: Engine, actor: Actor, scenario: Scenario, *, overwrite: bool = False
) -> SavedScenario:
    """Store under the scenario's name; an existing name is replaced only with `overwrite`."""
    name = clean_name(scenario.name)
    scenario = Scenario(name=name, overrides=scenario.overrides, year=scenario.year)
    _check_applicable(scenario)
    now = datetime.now(UTC)
    try:
        with refusals_recorded(engine, actor):
            return _store(engine, actor, scenario, overwrite, now)
    except IntegrityError as exc:  # saved under the same name at the same moment by someone else
        raise ScenarioError("scenario.name_taken", name=name) from exc


def _store(engine: Engine, actor: Actor, scenario: Scenario, overwrite: bool, now: datetime) -> SavedScenario:
    name = scenario.name
    with session_scope(engine) as session:
        row = session.scalar(select(ScenarioRow).where(ScenarioRow.name == name))
        if row is not None and not overwrite:
            raise ScenarioError("scenario.name_taken_overwrite", name=name)
        if row is None:
            row = ScenarioRow(
                name=name,
                payload=scenario.to_json(),
                created_at=now,
                created_by=actor.name,
                updated_at=now,
                owner=actor.account,
            )
            session.add(row)
            action = "scenario_saved"
        else:
            _may_change(actor, row)
            row.payload = scenario.to_json()
            row.updated_at = now
            action = "scenario_overwritten"
        session.flush()
        _audit(
            session,
            actor,
            action,
            {"scenario_id": row.id, "name": name, "overrides": scenario.to_json()["overrides"]},
        )
        return _saved(row)


def _saved(row: ScenarioRow) -> SavedScenario:
    payload = dict(row.payload) | {"name": row.name}
    return SavedScenario(
        id=row.id,
        scenario=Scenario.from_json(payload),
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
    )


def list_scenarios(engine: Engine) -> pd.DataFrame:
    """One row per saved scenario, most recently changed first (with the owning account)."""
    with engine.connect() as connection:
        result = connection.execute(
            select(
                ScenarioRow.id,
                ScenarioRow.name,
                ScenarioRow.created_by,
                ScenarioRow.created_at,
                ScenarioRow.updated_at,
                ScenarioRow.owner,
            ).order_by(ScenarioRow.updated_at.desc(), ScenarioRow.id.desc())
        )
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def load_scenario(engine: Engine, name: str) -> SavedScenario:
    with session_scope(engine) as session:
        row = session.scalar(select(ScenarioRow).where(ScenarioRow.name == clean_name(name)))
        if row is None:
            raise ScenarioError("scenario.not_found", name=name)
        return _saved(row)


def load_scenarios(engine: Engine, names: list[str]) -> list[SavedScenario]:
    """Several scenarios in the order asked for."""
    return [load_scenario(engine, name) for name in names]


def delete_scenario(engine: Engine, actor: Actor, name: str) -> None:
    with refusals_recorded(engine, actor), session_scope(engine) as session:
        row = session.scalar(select(ScenarioRow).where(ScenarioRow.name == clean_name(name)))
        if row is None:
            raise ScenarioError("scenario.not_found", name=name)
        _may_change(actor, row)
        _audit(
            session,
            actor,
            "scenario_deleted",
            {"scenario_id": row.id, "name": row.name, "payload": dict(row.payload)},
        )
        session.delete(row)
