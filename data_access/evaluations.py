"""Evaluations in the database (art. 4): create, save a draft, finalise, supersede, delete a draft.

Every write takes the acting user, checks that it may record evaluations (the steering group or the
administrator; corporations only read) and writes an AuditEntry in the same transaction. A draft
carries a revision number, so a screen that shows an older revision cannot overwrite a newer one.
A final evaluation is never changed again: a new evaluation that names it supersedes it, and
counts instead of it once that one is final (domain.evaluation.in_force).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from data_access import repositories as repo
from data_access.access import Actor, require_evaluation_right
from data_access.audit import refusals_recorded
from data_access.db import session_scope
from data_access.models import AuditEntry, EvaluationAspectRow, EvaluationRow
from domain.evaluation import (
    STANDARD_ASPECTS,
    Aspect,
    Evaluation,
    EvaluationError,
    EvaluationKind,
    EvaluationStatus,
    NewEvaluation,
    Verdict,
    clean_aspects,
    clean_reason,
    evaluation_title,
    finalise_problems,
    new_evaluation,
)
from domain.messages import Message, msg


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were stored in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _verdict(value: str | None) -> Verdict | None:
    return Verdict(value) if value else None


def _to_domain(row: EvaluationRow) -> Evaluation:
    return Evaluation(
        id=row.id,
        kind=EvaluationKind(row.kind),
        year=row.year,
        due=row.due_date,
        status=EvaluationStatus(row.status),
        aspects=tuple(
            Aspect(a.key, _verdict(a.verdict), a.note, a.title, _verdict(a.proposed)) for a in row.aspects
        ),
        reason=row.reason,
        supersedes=row.supersedes_id,
        supersede_reason=row.supersede_reason,
        revision=row.revision,
        created_by=row.created_by,
        created_at=_aware(row.created_at),
        updated_by=row.updated_by,
        updated_at=_aware(row.updated_at),
        finalised_by=row.finalised_by,
        finalised_at=_aware(row.finalised_at),
    )


def _title(row: EvaluationRow) -> Message:
    return evaluation_title(EvaluationKind(row.kind), row.year, row.due_date)


def _aspect_rows(aspects: Sequence[Aspect]) -> list[EvaluationAspectRow]:
    return [
        EvaluationAspectRow(
            position=position,
            key=a.key,
            title=a.title,
            verdict=a.verdict.value if a.verdict else None,
            note=a.note,
            proposed=a.proposed.value if a.proposed else None,
        )
        for position, a in enumerate(aspects, start=1)
    ]


def _aspects_json(aspects: Sequence[Aspect]) -> list[dict[str, Any]]:
    return [
        {
            "key": a.key,
            "title": a.title,
            "verdict": a.verdict.value if a.verdict else None,
            "note": a.note,
            "proposed": a.proposed.value if a.proposed else None,
        }
        for a in aspects
    ]


def _audit(session: Session, actor: Actor, action: str, row: EvaluationRow, **details: Any) -> None:
    session.add(
        AuditEntry(
            at=datetime.now(UTC),
            actor=actor.name,
            action=action,
            details={"evaluation_id": row.id, "kind": row.kind, "year": row.year} | details,
        )
    )


def _locked(session: Session, evaluation_id: int) -> EvaluationRow:
    """The row, locked until the transaction ends (PostgreSQL; SQLite's writer lock covers it)."""
    row = session.scalar(select(EvaluationRow).where(EvaluationRow.id == evaluation_id).with_for_update())
    if row is None:
        raise EvaluationError("evaluation.not_found")
    return row


def _editable(row: EvaluationRow, revision: int | None) -> None:
    if row.status == EvaluationStatus.FINAL.value:
        raise EvaluationError("evaluation.final_locked", title=_title(row))
    if revision is not None and row.revision != revision:
        raise EvaluationError("evaluation.changed_meanwhile", title=_title(row), who=row.updated_by)


def _touch(row: EvaluationRow, actor: Actor, now: datetime) -> None:
    row.revision += 1
    row.updated_at = now
    row.updated_by = actor.name


def _replace_aspects(session: Session, row: EvaluationRow, aspects: Sequence[Aspect]) -> None:
    row.aspects.clear()
    session.flush()  # the old rows go before the new ones take their positions
    row.aspects.extend(_aspect_rows(aspects))


# --- Reading ---------------------------------------------------------------------------------------


def list_evaluations(engine: Engine) -> list[Evaluation]:
    """Every evaluation (drafts, final and superseded ones), by date."""
    with session_scope(engine) as session:
        rows = session.scalars(select(EvaluationRow).order_by(EvaluationRow.due_date, EvaluationRow.id))
        return [_to_domain(row) for row in rows]


def load_evaluation(engine: Engine, evaluation_id: int) -> Evaluation:
    with session_scope(engine) as session:
        row = session.get(EvaluationRow, evaluation_id)
        if row is None:
            raise EvaluationError("evaluation.not_found")
        return _to_domain(row)


# --- Writing ---------------------------------------------------------------------------------------


def create_evaluation(
    engine: Engine,
    actor: Actor,
    kind: EvaluationKind | str,
    year: int | None,
    *,
    today: date,
    due: date | None = None,
    reason: str | None = None,
) -> Evaluation:
    """A new draft with art. 4c's four aspects: a regular one for a year of the calendar, the closing
    one, or an extra one (a date and a reason, art. 4b)."""
    with refusals_recorded(engine, actor):
        require_evaluation_right(actor)
    params = repo.parameters_for_year(engine, today.year)
    new = new_evaluation(params, EvaluationKind(kind), year, today, due=due, reason=reason)
    try:
        return _insert(engine, actor, new)
    except IntegrityError as exc:  # created for the same period at the same moment by someone else
        title = evaluation_title(new.kind, new.year, new.due)
        raise EvaluationError(
            "evaluation.exists", title=title, status=msg("evaluation.status.draft")
        ) from exc


def _insert(engine: Engine, actor: Actor, new: NewEvaluation) -> Evaluation:
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        if new.kind != EvaluationKind.EXTRA:
            existing = session.scalar(
                select(EvaluationRow).where(
                    EvaluationRow.kind == new.kind.value,
                    EvaluationRow.year == new.year,
                    EvaluationRow.supersedes_id.is_(None),
                )
            )
            if existing is not None:
                raise EvaluationError(
                    "evaluation.exists",
                    title=_title(existing),
                    status=msg(f"evaluation.status.{existing.status}"),
                )
        row = EvaluationRow(
            kind=new.kind.value,
            year=new.year,
            due_date=new.due,
            reason=new.reason,
            status=EvaluationStatus.DRAFT.value,
            supersede_reason="",
            revision=1,
            created_at=now,
            created_by=actor.name,
            updated_at=now,
            updated_by=actor.name,
            aspects=_aspect_rows([Aspect(key) for key in STANDARD_ASPECTS]),
        )
        session.add(row)
        session.flush()
        _audit(session, actor, "evaluation_created", row, due=new.due.isoformat(), reason=new.reason)
        return _to_domain(row)


def save_draft(
    engine: Engine, actor: Actor, evaluation_id: int, revision: int, aspects: Sequence[Aspect]
) -> Evaluation:
    """Store the aspects of a draft (verdicts may still be open); refused for a final evaluation and
    for a revision someone else has saved since."""
    with refusals_recorded(engine, actor):
        require_evaluation_right(actor)
    cleaned = clean_aspects(aspects)
    with session_scope(engine) as session:
        row = _locked(session, evaluation_id)
        _editable(row, revision)
        _replace_aspects(session, row, cleaned)
        _touch(row, actor, datetime.now(UTC))
        _audit(session, actor, "evaluation_saved", row, revision=row.revision, aspects=_aspects_json(cleaned))
        session.flush()
        return _to_domain(row)


def finalise_evaluation(
    engine: Engine,
    actor: Actor,
    evaluation_id: int,
    revision: int,
    aspects: Sequence[Aspect] | None = None,
) -> Evaluation:
    """Make a draft final (with `aspects` as shown, when given): every aspect needs a verdict and a
    note. From then on it is read-only; who finalised it and when are recorded."""
    with refusals_recorded(engine, actor):
        require_evaluation_right(actor)
    cleaned = clean_aspects(aspects) if aspects is not None else None
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        row = _locked(session, evaluation_id)
        _editable(row, revision)
        final_aspects = cleaned if cleaned is not None else _to_domain(row).aspects
        problems = finalise_problems(final_aspects)
        if problems:
            raise EvaluationError.of([msg("evaluation.not_finalised"), *problems])
        if cleaned is not None:
            _replace_aspects(session, row, cleaned)
        _touch(row, actor, now)
        row.status = EvaluationStatus.FINAL.value
        row.finalised_at = now
        row.finalised_by = actor.name
        _audit(
            session,
            actor,
            "evaluation_finalised",
            row,
            supersedes=row.supersedes_id,
            negative_aspects=sum(a.verdict == Verdict.NEGATIVE for a in final_aspects),
            aspects=_aspects_json(final_aspects),
        )
        session.flush()
        return _to_domain(row)


def supersede_evaluation(engine: Engine, actor: Actor, evaluation_id: int, reason: str) -> Evaluation:
    """Start a new draft that will replace a final evaluation (it starts from the final one's
    verdicts and notes); the final one stays as it is and counts until the new one is final."""
    with refusals_recorded(engine, actor):
        require_evaluation_right(actor)
    cleaned_reason = clean_reason(reason, "evaluation.supersede_reason_missing")
    now = datetime.now(UTC)
    try:
        with session_scope(engine) as session:
            old = _locked(session, evaluation_id)
            if old.status != EvaluationStatus.FINAL.value:
                raise EvaluationError("evaluation.not_final", title=_title(old))
            successor = session.scalar(select(EvaluationRow.id).where(EvaluationRow.supersedes_id == old.id))
            if successor is not None:
                raise EvaluationError("evaluation.already_superseded", title=_title(old))
            row = EvaluationRow(
                kind=old.kind,
                year=old.year,
                due_date=old.due_date,
                reason=old.reason,
                status=EvaluationStatus.DRAFT.value,
                supersedes_id=old.id,
                supersede_reason=cleaned_reason,
                revision=1,
                created_at=now,
                created_by=actor.name,
                updated_at=now,
                updated_by=actor.name,
                aspects=_aspect_rows(_to_domain(old).aspects),
            )
            session.add(row)
            session.flush()
            _audit(
                session, actor, "evaluation_supersede_started", row, supersedes=old.id, reason=cleaned_reason
            )
            return _to_domain(row)
    except IntegrityError as exc:  # someone else started a replacement at the same moment
        raise EvaluationError(
            "evaluation.already_superseded", title=_title_of(engine, evaluation_id)
        ) from exc


def _title_of(engine: Engine, evaluation_id: int) -> Message:
    return load_evaluation(engine, evaluation_id).title_message()


def delete_draft(engine: Engine, actor: Actor, evaluation_id: int, revision: int) -> None:
    """Remove a draft (created by mistake); the audit entry keeps what it held. Finals stay."""
    with refusals_recorded(engine, actor):
        require_evaluation_right(actor)
    with session_scope(engine) as session:
        row = _locked(session, evaluation_id)
        _editable(row, revision)
        _audit(
            session,
            actor,
            "evaluation_draft_deleted",
            row,
            supersedes=row.supersedes_id,
            aspects=_aspects_json(_to_domain(row).aspects),
        )
        session.delete(row)
