"""The version history of quarterly reports: what is active, what came before, and restoring.

Every upload for a corporation × quarter is kept as a version; exactly one is active (a partial
unique index guarantees it). An administrator can make an earlier version active again: one
transaction that swaps the active flag and writes an audit entry.

Reads take the acting user: a corporation account sees the history and original files of its own
corporation only (data_access.access decides; a refusal is recorded in the audit log).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from data_access import repositories as repo
from data_access.access import Actor, history_scope, require_admin, require_original_file_right
from data_access.audit import refusals_recorded
from data_access.db import session_scope
from data_access.models import ActivityRow, AuditEntry, MonthlyHours, Partner, Submission
from domain.errors import UserError

TOTAL_FIELDS = ("conversations", "moves", "priority_moves", "senior_homes", "senior_homes_labelled")


class VersionNotFound(UserError, LookupError):
    """The requested version does not exist."""


@dataclass(frozen=True)
class VersionInfo:
    """One stored version of a corporation's quarterly report, with its totals."""

    submission_id: int
    corporation: str
    year: int
    quarter: int
    version: int
    is_active: bool
    file_name: str
    sha256: str
    uploaded_by: str
    uploaded_at: datetime
    totals: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class RestoreOutcome:
    restored_version: int
    replaced_version: int | None
    changed: bool


@dataclass(frozen=True)
class OriginalFile:
    """An uploaded report exactly as it was received."""

    file_name: str
    content: bytes
    corporation: str


def _scope(engine: Engine, actor: Actor, corporation: str | None) -> str | None:
    with refusals_recorded(engine, actor):
        return history_scope(actor, corporation)


def history(engine: Engine, actor: Actor, corporation: str | None = None) -> pd.DataFrame:
    """Every stored version (newest first) that `actor` may see: for one corporation or all (a
    corporation account: always only its own)."""
    return repo.submissions_frame(engine, _scope(engine, actor, corporation))


def superseded_identical_version(
    engine: Engine, actor: Actor, corporation: str, year: int, quarter: int, sha256: str
) -> int | None:
    """The number of an earlier, no longer active version of that quarter with exactly this file
    (same sha256), or None: uploading it again reinstates old figures, which the user should know."""
    _scope(engine, actor, corporation)
    statement = (
        select(func.max(Submission.version))
        .join(Partner, Submission.corporation_id == Partner.id)
        .where(
            Partner.name == corporation,
            Submission.year == year,
            Submission.quarter == quarter,
            Submission.sha256 == sha256,
            Submission.is_active.is_(False),
        )
    )
    with engine.connect() as connection:
        return connection.scalar(statement)


def active_version(
    engine: Engine, actor: Actor, corporation: str, year: int, quarter: int
) -> VersionInfo | None:
    """The version in use for that quarter, or None when nothing was reported yet."""
    _scope(engine, actor, corporation)
    statement = (
        select(Submission, Partner.name)
        .join(Partner, Submission.corporation_id == Partner.id)
        .where(
            Partner.name == corporation,
            Submission.year == year,
            Submission.quarter == quarter,
            Submission.is_active.is_(True),
        )
    )
    with session_scope(engine, write=False) as session:
        row = session.execute(statement).first()
        if row is None:
            return None
        submission, name = row
        return VersionInfo(
            submission.id,
            name,
            submission.year,
            submission.quarter,
            submission.version,
            True,
            submission.file_name,
            submission.sha256,
            submission.uploaded_by,
            submission.uploaded_at,
            _totals(session, submission.id),
        )


def _totals(session: Session, submission_id: int) -> dict[str, float]:
    sums = session.execute(
        select(*(func.coalesce(func.sum(getattr(ActivityRow, f)), 0) for f in TOTAL_FIELDS)).where(
            ActivityRow.submission_id == submission_id
        )
    ).one()
    hours = session.scalar(
        select(func.coalesce(func.sum(MonthlyHours.hours), 0.0)).where(
            MonthlyHours.submission_id == submission_id
        )
    )
    totals: dict[str, float] = {f: int(v) for f, v in zip(TOTAL_FIELDS, sums, strict=False)}
    totals["hours"] = round(float(hours or 0.0), 2)  # coalesce: never None
    return totals


def original_file(engine: Engine, actor: Actor, submission_id: int) -> OriginalFile:
    """The file as uploaded: administrators any, a corporation account its own, others none."""
    statement = (
        select(Partner.name)
        .join(Submission, Submission.corporation_id == Partner.id)
        .where(Submission.id == submission_id)
    )
    with engine.connect() as connection:
        corporation = connection.scalar(statement)
    if corporation is None:
        raise VersionNotFound("version.not_found")
    with refusals_recorded(engine, actor):
        require_original_file_right(actor, corporation)
    with engine.connect() as connection:
        name, content = connection.execute(
            select(Submission.file_name, Submission.file_bytes).where(Submission.id == submission_id)
        ).one()
    return OriginalFile(name, bytes(content), corporation)


def restore_version(engine: Engine, submission_id: int, actor: Actor) -> RestoreOutcome:
    """Make a stored version the active one for its quarter again (administrators only)."""
    with refusals_recorded(engine, actor):
        require_admin(actor, "restore_version")
    with session_scope(engine) as session:
        target = session.get(Submission, submission_id)
        if target is None:
            raise VersionNotFound("version.not_found")
        # The same lock as storing: restores and uploads of one corporation take turns.
        session.execute(select(Partner.id).where(Partner.id == target.corporation_id).with_for_update())
        session.refresh(target)
        if target.is_active:
            return RestoreOutcome(target.version, None, changed=False)
        active = session.scalar(
            select(Submission).where(
                Submission.corporation_id == target.corporation_id,
                Submission.year == target.year,
                Submission.quarter == target.quarter,
                Submission.is_active.is_(True),
            )
        )
        if active is not None:
            session.execute(update(Submission).where(Submission.id == active.id).values(is_active=False))
            session.flush()
        session.execute(update(Submission).where(Submission.id == target.id).values(is_active=True))
        corporation = session.scalar(select(Partner.name).where(Partner.id == target.corporation_id))
        session.add(
            AuditEntry(
                at=datetime.now(UTC),
                actor=actor.name,
                action="submission_restored",
                details={
                    "submission_id": target.id,
                    "corporation": corporation,
                    "year": target.year,
                    "quarter": target.quarter,
                    "version": target.version,
                    "replaced_version": active.version if active else None,
                },
            )
        )
        return RestoreOutcome(target.version, active.version if active else None, changed=True)
