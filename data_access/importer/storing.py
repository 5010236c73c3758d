"""Store a validated report in one transaction, as a new version for its corporation × quarter.

All or nothing: the file bytes, the submission row, its parsed rows, the deactivation of the
previous version and the audit entry commit together or not at all. A partial unique index
guarantees one active version per quarter even when two uploads race.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import cast

import pandas as pd
from sqlalchemy import Engine, Table, func, select, update
from sqlalchemy.orm import Session

from data_access import report_format as fmt
from data_access.access import Actor, require_upload_right
from data_access.audit import refusals_recorded
from data_access.db import session_scope
from data_access.importer.result import ParsedReport, StoreOutcome
from data_access.models import (
    ActivityRow,
    AuditEntry,
    BarrierCount,
    Base,
    MonthlyHours,
    MoveRecord,
    Partner,
    Submission,
)


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _insert(
    session: Session, model: type[Base], frame: pd.DataFrame | None, submission_id: int, columns: list[str]
) -> None:
    """Insert a frame's rows with one driver-level executemany, inside the session's transaction.

    Values are converted column by column with each column type's own bind processor (dates on
    SQLite, for example), so the rows are exactly what SQLAlchemy would send; skipping its per-row
    parameter handling makes a 50 000-row sheet several times faster to store.
    """
    if frame is None or frame.empty:
        return
    connection = session.connection()
    dialect = connection.dialect
    # A declarative class with __tablename__ maps a Table (SQLAlchemy types it as any FromClause).
    table = cast(Table, model.__table__)
    present = [c for c in columns if c in frame.columns]
    values = []
    for name in present:
        column = frame[name].astype(object).where(frame[name].notna(), None).tolist()
        process = table.c[name].type.bind_processor(dialect)
        values.append([process(v) for v in column] if process else column)
    quote = dialect.identifier_preparer.quote
    names = [quote(n) for n in ("submission_id", *present)]
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(names)}) VALUES ({', '.join([marker] * len(names))})"
    )
    connection.exec_driver_sql(statement, [(submission_id, *row) for row in zip(*values, strict=False)])


def store_report(
    engine: Engine,
    report: ParsedReport,
    content: bytes,
    file_name: str,
    actor: Actor,
    *,
    warnings: list[dict] | None = None,
    uploaded_at: datetime | None = None,
    is_demo: bool = False,
) -> StoreOutcome:
    with refusals_recorded(engine, actor):
        require_upload_right(actor, report.corporation)
    digest = sha256_of(content)
    with session_scope(engine) as session:
        partners = {p.name: p for p in session.scalars(select(Partner))}
        corporation = partners[report.corporation]
        # Serialise writers of the same corporation (PostgreSQL row lock; SQLite locks at BEGIN).
        session.execute(select(Partner.id).where(Partner.id == corporation.id).with_for_update())
        quarter_filter = (
            (Submission.corporation_id == corporation.id)
            & (Submission.year == report.year)
            & (Submission.quarter == report.quarter)
        )
        active = session.scalar(select(Submission).where(quarter_filter & Submission.is_active))
        if active is not None and active.sha256 == digest:
            return StoreOutcome(active.id, active.version, stored=False)
        last_version = session.scalar(select(func.max(Submission.version)).where(quarter_filter))
        if active is not None:
            session.execute(update(Submission).where(Submission.id == active.id).values(is_active=False))
            session.flush()
        submission = Submission(
            corporation_id=corporation.id,
            year=report.year,
            quarter=report.quarter,
            version=(last_version or 0) + 1,
            is_active=True,
            is_demo=is_demo,
            file_name=file_name,
            file_bytes=content,
            sha256=digest,
            size=len(content),
            uploaded_by=actor.name,
            uploaded_at=uploaded_at or datetime.now(UTC),
            warnings=warnings or [],
        )
        session.add(submission)
        session.flush()
        _insert_rows(session, submission.id, report, partners)
        session.add(
            AuditEntry(
                at=datetime.now(UTC),
                actor=actor.name,
                action="submission_stored",
                details={
                    "submission_id": submission.id,
                    "corporation": report.corporation,
                    "year": report.year,
                    "quarter": report.quarter,
                    "version": submission.version,
                    "file_name": file_name,
                    "sha256": digest,
                    "replaced_version": active.version if active else None,
                },
            )
        )
        return StoreOutcome(
            submission.id,
            submission.version,
            stored=True,
            replaced_version=active.version if active else None,
        )


def _insert_rows(
    session: Session, submission_id: int, report: ParsedReport, partners: dict[str, Partner]
) -> None:
    municipality_ids = {name: p.id for name, p in partners.items() if p.kind == "municipality"}
    activity = report.activity.assign(municipality_id=report.activity["municipality"].map(municipality_ids))
    _insert(session, ActivityRow, activity, submission_id, fmt.stored_fields(fmt.ACTIVITY_COLUMNS))
    _insert(session, MonthlyHours, report.hours, submission_id, fmt.stored_fields(fmt.HOURS_COLUMNS))
    if report.moves is not None and not report.moves.empty:
        moves = report.moves.assign(municipality_id=report.moves["municipality"].map(municipality_ids))
        _insert(session, MoveRecord, moves, submission_id, fmt.stored_fields(fmt.MOVE_COLUMNS))
    _insert(session, BarrierCount, report.barriers, submission_id, fmt.stored_fields(fmt.BARRIER_COLUMNS))
