"""Use cases that combine storage with the agreement's rules; shared by the app and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, delete, select

from data_access import repositories as repo
from data_access.access import Actor, require_admin
from data_access.audit import refusals_recorded
from data_access.db import session_scope
from data_access.importer import StoreOutcome, ValidationResult, store_report, validate_workbook
from data_access.models import AuditEntry, Setting, Submission
from domain import figures
from domain.figures import YearFigures
from domain.messages import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class ImportResult:
    validation: ValidationResult
    outcome: StoreOutcome | None

    def to_json(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        data = self.validation.to_json(lang)
        data["version"] = self.outcome.version if self.outcome else None
        return data


def validate_file(engine: Engine, content: bytes, file_name: str, *, today: date) -> ValidationResult:
    """Validate against the parameters in force in the year the file reports on (the agreement's
    term and dates as they were then), not those of today: every versioned set goes along and
    the importer picks the one for the report's year once it has read it."""
    return validate_workbook(content, file_name, today=today, params=repo.parameter_sets(engine))


def import_file(
    engine: Engine,
    content: bytes,
    file_name: str,
    actor: Actor,
    *,
    today: date,
    uploaded_at: datetime | None = None,
    is_demo: bool = False,
) -> ImportResult:
    """Validate, and store only a valid file (one transaction)."""
    validation = validate_file(engine, content, file_name, today=today)
    if not validation.ok or validation.report is None:
        return ImportResult(validation, None)
    outcome = store_report(
        engine,
        validation.report,
        content,
        file_name,
        actor,
        warnings=[w.to_json() for w in validation.warnings],
        uploaded_at=uploaded_at,
        is_demo=is_demo,
    )
    return ImportResult(validation, outcome)


def year_figures(engine: Engine, year: int) -> YearFigures:
    """The year's figures from its active submissions, with the parameters in force that year."""
    params = repo.parameters_for_year(engine, year)
    return figures.year_figures(
        params,
        year,
        repo.activity_frame(engine, year),
        repo.hours_frame(engine, year),
        repo.reported_quarters(engine, year),
    )


def remove_demo_data(engine: Engine, actor: Actor) -> int:
    """Delete every demo submission (with its rows); returns how many were removed."""
    with refusals_recorded(engine, actor):
        require_admin(actor, "remove_demo")
    with session_scope(engine) as session:
        ids = list(session.scalars(select(Submission.id).where(Submission.is_demo)))
        if ids:
            session.execute(delete(Submission).where(Submission.id.in_(ids)))
        session.merge(Setting(name="demo_removed_at", value=datetime.now(UTC).isoformat()))
        session.add(
            AuditEntry(
                at=datetime.now(UTC),
                actor=actor.name,
                action="demo_data_removed",
                details={"submissions": len(ids)},
            )
        )
        return len(ids)
