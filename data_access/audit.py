"""The audit log: writing entries, recording refusals, and reading it for the Logboek page.

Every write adds an entry in its own transaction. A refusal cannot: the refused transaction rolls
back, so `refusals_recorded` writes the refusal afterwards, in a transaction of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from data_access.access import AccessDenied, Actor, require_admin
from data_access.db import session_scope
from data_access.models import Account, AuditEntry, Partner
from domain.messages import LANGUAGES

REFUSED = "access_refused"
AUDIT_COLUMNS = ["id", "at", "actor", "action", "partner", "details"]
# The partners meet in the Netherlands: a period's days and the times shown are Dutch time.
LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")


def add_entry(session: Session, actor: Actor | str, action: str, details: dict[str, Any]) -> None:
    """An audit entry in the caller's transaction (it commits with the change it describes)."""
    name = actor.name if isinstance(actor, Actor) else actor
    session.add(AuditEntry(at=datetime.now(UTC), actor=name, action=action, details=details))


def record_refusal(engine: Engine, actor: Actor, error: AccessDenied) -> None:
    """Write down who was refused what, in both languages, in a transaction of its own."""
    if getattr(error, "recorded", False):
        return
    details = {
        "code": error.code,
        "message": {lang: error.text(lang) for lang in LANGUAGES},
        "role": actor.role,
        "account": actor.account,
    }
    if actor.corporation:
        details["actor_corporation"] = actor.corporation
    corporation = error.params.get("corporation")
    if isinstance(corporation, str):
        details["corporation"] = corporation
    with session_scope(engine) as session:
        add_entry(session, actor, REFUSED, details)
    error.recorded = True  # type: ignore[attr-defined]  # nested guards record it once


@contextmanager
def refusals_recorded(engine: Engine, actor: Actor) -> Iterator[None]:
    """Around a data function's body: a refusal raised inside (before or during its transaction)
    is recorded after that transaction rolled back, then raised on to the caller."""
    try:
        yield
    except AccessDenied as error:
        record_refusal(engine, actor, error)
        raise


# --- reading, for the Logboek page (administrators only) ------------------------------------------


def audit_frame(
    engine: Engine,
    actor: Actor,
    *,
    start: date | None = None,
    end: date | None = None,
    person: str | None = None,
    action: str | None = None,
    partner: str | None = None,
) -> pd.DataFrame:
    """Audit entries, newest first, with `at` in Dutch time, filtered by period (whole days, Dutch
    time, both ends included), person (the actor's name), action and partner (the corporation an
    entry concerns or the actor belongs to)."""
    with refusals_recorded(engine, actor):
        require_admin(actor, "read_audit_log")
    statement = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if start is not None:
        statement = statement.where(AuditEntry.at >= _day_start(start))
    if end is not None:
        statement = statement.where(AuditEntry.at < _day_start(end + timedelta(days=1)))
    if person:
        statement = statement.where(AuditEntry.actor == person)
    if action:
        statement = statement.where(AuditEntry.action == action)
    with session_scope(engine, write=False) as session:
        corporations = _account_corporations(session)
        rows = [
            {
                "id": entry.id,
                "at": _local(entry.at),
                "actor": entry.actor,
                "action": entry.action,
                "partner": _partner_of(entry, corporations) or "",
                "details": dict(entry.details or {}),
            }
            for entry in session.scalars(statement)
        ]
    frame = pd.DataFrame(rows, columns=AUDIT_COLUMNS)
    if partner:
        frame = frame[frame["partner"] == partner].reset_index(drop=True)
    return frame


def _day_start(day: date) -> datetime:
    # In UTC: SQLite keeps the UTC wall time without an offset and compares text.
    return datetime.combine(day, time.min, tzinfo=LOCAL_ZONE).astimezone(UTC)


def _local(moment: datetime) -> datetime:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite: UTC without offset
    return aware.astimezone(LOCAL_ZONE)


def _account_corporations(session: Session) -> dict[str, str]:
    """Account name → its corporation, for entries written before the details carried it."""
    statement = select(Account.username, Partner.name).join(Partner, Account.corporation_id == Partner.id)
    return {name: corporation for name, corporation in session.execute(statement)}


def _partner_of(entry: AuditEntry, corporations: dict[str, str]) -> str | None:
    details = entry.details or {}
    for key in ("corporation", "actor_corporation"):
        value = details.get(key)
        if isinstance(value, str):
            return value
    return corporations.get(entry.actor)


def audit_choices(engine: Engine, actor: Actor) -> dict[str, list[str]]:
    """The people and actions that occur in the log, for the page's filters."""
    with refusals_recorded(engine, actor):
        require_admin(actor, "read_audit_log")
    with engine.connect() as connection:
        people = connection.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor))
        actions = connection.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
        return {"people": list(people), "actions": list(actions)}
