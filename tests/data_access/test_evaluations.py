"""Evaluations in the database (SQLite and PostgreSQL): the 0004 migration, drafts editable, finals
locked, superseding, who may write, and an audit row for every write in the same transaction."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from data_access.access import AccessDenied, Actor
from data_access.db import session_scope
from data_access.evaluations import (
    create_evaluation,
    delete_draft,
    finalise_evaluation,
    list_evaluations,
    load_evaluation,
    save_draft,
    supersede_evaluation,
)
from data_access.models import AuditEntry, Base, EvaluationAspectRow, EvaluationRow
from domain.evaluation import (
    STANDARD_ASPECTS,
    Aspect,
    EvaluationError,
    EvaluationKind,
    EvaluationStatus,
    Verdict,
    in_force,
    termination_status,
)
from domain.parameters import default_parameters

TODAY = date(2026, 11, 26)
CHAIR = Actor("voorzitter stuurgroep", role="steering")
ADMIN = Actor("secretaris", role="admin")
CORPORATION = Actor("medewerker uwoon", role="corporation", corporation="Uwoon")
P, N, X = Verdict.POSITIVE, Verdict.NEUTRAL, Verdict.NEGATIVE


def _aspects(*verdicts: Verdict | None, note: str = "besproken op 12 maart") -> list[Aspect]:
    return [Aspect(key, v, note) for key, v in zip(STANDARD_ASPECTS, verdicts, strict=True)]


def _audit(engine, action: str | None = None) -> list[tuple[str, str, dict]]:
    statement = select(AuditEntry.action, AuditEntry.actor, AuditEntry.details).order_by(AuditEntry.id)
    if action:
        statement = statement.where(AuditEntry.action == action)
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(statement)]


def _counts(engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        return (
            conn.scalar(select(func.count()).select_from(EvaluationRow)),
            conn.scalar(select(func.count()).select_from(EvaluationAspectRow)),
            conn.scalar(select(func.count()).select_from(AuditEntry)),
        )


def _final(engine, year: int, verdicts, actor=CHAIR):
    draft = create_evaluation(engine, actor, EvaluationKind.REGULAR, year, today=TODAY)
    return finalise_evaluation(engine, actor, draft.id, draft.revision, _aspects(*verdicts))


def test_migration_0004_creates_the_evaluation_tables_matching_the_models(engine):
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0004"
        columns = {c["name"] for c in inspect(conn).get_columns("evaluations")}
        assert {"kind", "year", "due_date", "status", "supersedes_id", "revision", "finalised_by"} <= columns
        aspect_columns = {c["name"] for c in inspect(conn).get_columns("evaluation_aspects")}
        assert aspect_columns == {
            "id",
            "evaluation_id",
            "position",
            "key",
            "title",
            "verdict",
            "note",
            "proposed",
        }
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diff if "evaluation" in str(d)] == []


def test_a_draft_is_created_with_the_four_aspects_and_stays_editable(engine):
    draft = create_evaluation(engine, CHAIR, "regular", 2025, today=TODAY)
    assert (draft.kind, draft.year, draft.due, draft.status) == (
        EvaluationKind.REGULAR,
        2025,
        date(2026, 2, 28),
        EvaluationStatus.DRAFT,
    )
    assert [a.key for a in draft.aspects] == list(STANDARD_ASPECTS)
    assert all(a.verdict is None for a in draft.aspects)

    first = save_draft(engine, CHAIR, draft.id, 1, [*_aspects(X, None, P, N), Aspect("x", P, "goed", "Pers")])
    assert first.revision == 2
    second = save_draft(
        engine,
        ADMIN,
        draft.id,
        2,
        [Aspect("results", N, "toch 97,8 %", proposed=N), *_aspects(X, X, P, N)[1:]],
    )
    stored = load_evaluation(engine, draft.id)
    assert stored == second
    assert [(a.key, a.verdict, a.note) for a in stored.aspects] == [
        ("results", N, "toch 97,8 %"),
        ("hours", X, "besproken op 12 maart"),
        ("effort", P, "besproken op 12 maart"),
        ("cooperation", N, "besproken op 12 maart"),
    ]  # the added aspect "Pers" was removed by the second save
    assert stored.aspects[0].proposed == N
    assert (stored.revision, stored.updated_by, stored.created_by) == (
        3,
        "secretaris",
        "voorzitter stuurgroep",
    )

    audit = _audit(engine)
    assert [(action, actor) for action, actor, _ in audit] == [
        ("evaluation_created", "voorzitter stuurgroep"),
        ("evaluation_saved", "voorzitter stuurgroep"),
        ("evaluation_saved", "secretaris"),
    ]
    assert audit[1][2]["aspects"][4] == {
        "key": "extra-1",
        "title": "Pers",
        "verdict": "positive",
        "note": "goed",
        "proposed": None,
    }
    assert audit[2][2]["evaluation_id"] == draft.id and audit[2][2]["revision"] == 3


def test_a_stale_screen_cannot_overwrite_a_newer_draft(engine):
    draft = create_evaluation(engine, CHAIR, "regular", 2025, today=TODAY)
    save_draft(engine, ADMIN, draft.id, 1, _aspects(P, P, P, P))
    before = _counts(engine)
    with pytest.raises(EvaluationError) as caught:
        save_draft(engine, CHAIR, draft.id, 1, _aspects(X, X, X, X))
    assert caught.value.code == "evaluation.changed_meanwhile"
    assert caught.value.message.startswith("Jaarevaluatie 2025 is intussen door secretaris gewijzigd.")
    assert _counts(engine) == before
    assert [a.verdict for a in load_evaluation(engine, draft.id).aspects] == [P, P, P, P]


def test_finalising_needs_every_verdict_and_note_and_changes_nothing_when_refused(engine):
    draft = create_evaluation(engine, CHAIR, "regular", 2025, today=TODAY)
    before = _counts(engine)
    with pytest.raises(EvaluationError) as caught:
        finalise_evaluation(
            engine, CHAIR, draft.id, 1, [*_aspects(X, X, P, None)[:3], Aspect("cooperation", N)]
        )
    assert [m.code for m in caught.value.messages] == ["evaluation.not_finalised", "evaluation.note_missing"]
    assert caught.value.message == (
        "De evaluatie is niet definitief gemaakt: Schrijf een toelichting bij "
        "'Onderlinge communicatie en samenwerking'."
    )
    assert _counts(engine) == before
    assert load_evaluation(engine, draft.id).status == EvaluationStatus.DRAFT


def test_a_final_evaluation_is_locked_and_who_finalised_it_when_is_recorded(engine):
    final = _final(engine, 2025, (X, X, P, N))
    assert final.status == EvaluationStatus.FINAL
    assert final.finalised_by == "voorzitter stuurgroep" and final.finalised_at is not None
    before = _counts(engine)
    for attempt in (
        lambda: save_draft(engine, ADMIN, final.id, final.revision, _aspects(P, P, P, P)),
        lambda: finalise_evaluation(engine, ADMIN, final.id, final.revision, _aspects(P, P, P, P)),
        lambda: delete_draft(engine, ADMIN, final.id, final.revision),
    ):
        with pytest.raises(EvaluationError) as caught:
            attempt()
        assert caught.value.code == "evaluation.final_locked"
    assert _counts(engine) == before
    assert load_evaluation(engine, final.id) == final
    ((action, actor, details),) = _audit(engine, "evaluation_finalised")
    assert (actor, details["negative_aspects"], details["year"]) == ("voorzitter stuurgroep", 2, 2025)
    assert [a["verdict"] for a in details["aspects"]] == ["negative", "negative", "positive", "neutral"]


def test_a_final_evaluation_is_superseded_by_a_new_one_that_counts_once_final(engine):
    original = _final(engine, 2025, (X, P, P, P))
    with pytest.raises(EvaluationError) as caught:
        supersede_evaluation(engine, CHAIR, original.id, "  ")
    assert caught.value.code == "evaluation.supersede_reason_missing"
    replacement = supersede_evaluation(engine, CHAIR, original.id, "K4-cijfers van Uwoon kwamen later binnen")
    assert (replacement.status, replacement.supersedes, replacement.year) == (
        EvaluationStatus.DRAFT,
        original.id,
        2025,
    )
    assert replacement.supersede_reason == "K4-cijfers van Uwoon kwamen later binnen"
    assert [a.verdict for a in replacement.aspects] == [X, P, P, P]  # starts from the final verdicts
    with pytest.raises(EvaluationError) as caught:
        supersede_evaluation(engine, ADMIN, original.id, "nog een keer")
    assert caught.value.code == "evaluation.already_superseded"
    with pytest.raises(EvaluationError) as caught:
        supersede_evaluation(engine, ADMIN, replacement.id, "een concept")
    assert caught.value.code == "evaluation.not_final"

    assert [e.id for e in in_force(list_evaluations(engine))] == [original.id]  # the draft does not count yet
    finalise_evaluation(engine, CHAIR, replacement.id, 1, _aspects(X, X, P, P))
    evaluations = list_evaluations(engine)
    assert [e.id for e in in_force(evaluations)] == [replacement.id]
    assert load_evaluation(engine, original.id) == original  # never changed
    status = termination_status(evaluations, default_parameters(), TODAY)
    assert [e.id for e in status.counting] == [replacement.id]
    assert [a for a, _, _ in _audit(engine)][-2:] == ["evaluation_supersede_started", "evaluation_finalised"]
    assert _audit(engine, "evaluation_finalised")[-1][2]["supersedes"] == original.id


def test_one_regular_evaluation_per_year_but_any_number_of_extra_ones(engine):
    create_evaluation(engine, CHAIR, "regular", 2025, today=TODAY)
    with pytest.raises(EvaluationError) as caught:
        create_evaluation(engine, ADMIN, "regular", 2025, today=TODAY)
    assert caught.value.message == (
        "Voor Jaarevaluatie 2025 bestaat al een evaluatie (concept). Open die om verder te werken, of "
        "vervang haar als zij definitief is."
    )
    for reason in ("Omnia Wonen zoekt een nieuwe coach", "Nieuwe huisvestingsverordening"):
        create_evaluation(engine, CHAIR, "extra", None, today=TODAY, due=date(2026, 10, 1), reason=reason)
    assert [e.kind for e in list_evaluations(engine)] == [
        EvaluationKind.REGULAR,
        EvaluationKind.EXTRA,
        EvaluationKind.EXTRA,
    ]


def test_the_database_itself_refuses_a_second_regular_evaluation_of_a_year(engine):
    """The partial unique index holds even when two users create at the same moment."""
    create_evaluation(engine, CHAIR, "regular", 2024, today=TODAY)
    first = load_evaluation(engine, 1)
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(
            EvaluationRow(
                kind="regular",
                year=2024,
                due_date=first.due,
                reason="",
                status="draft",
                supersede_reason="",
                revision=1,
                created_at=first.created_at,
                created_by="x",
                updated_at=first.created_at,
                updated_by="x",
            )
        )


def test_a_draft_can_be_deleted_and_the_audit_keeps_what_it_held(engine):
    draft = create_evaluation(engine, CHAIR, "extra", 2026, today=TODAY, due=date(2026, 9, 1), reason="Test")
    saved = save_draft(engine, CHAIR, draft.id, 1, _aspects(N, N, N, N, note="per ongeluk"))
    delete_draft(engine, ADMIN, draft.id, saved.revision)
    assert list_evaluations(engine) == []
    assert _counts(engine)[:2] == (0, 0)
    ((_, actor, details),) = _audit(engine, "evaluation_draft_deleted")
    assert actor == "secretaris" and details["aspects"][0]["note"] == "per ongeluk"
    with pytest.raises(EvaluationError) as caught:
        load_evaluation(engine, draft.id)
    assert caught.value.code == "evaluation.not_found"


def test_corporation_accounts_may_read_but_not_write(engine):
    final = _final(engine, 2024, (P, P, P, P))
    draft = create_evaluation(engine, ADMIN, "regular", 2025, today=TODAY)
    before = _counts(engine)
    for attempt in (
        lambda: create_evaluation(engine, CORPORATION, "regular", 2026, today=TODAY),
        lambda: save_draft(engine, CORPORATION, draft.id, 1, _aspects(P, P, P, P)),
        lambda: finalise_evaluation(engine, CORPORATION, draft.id, 1, _aspects(P, P, P, P)),
        lambda: supersede_evaluation(engine, CORPORATION, final.id, "waarom niet"),
        lambda: delete_draft(engine, CORPORATION, draft.id, 1),
    ):
        with pytest.raises(AccessDenied) as caught:
            attempt()
        assert caught.value.code == "evaluation.write_denied"
    assert caught.value.message == (
        "Alleen de stuurgroep en de beheerder kunnen evaluaties vastleggen of wijzigen; "
        "u kunt ze wel bekijken."
    )
    assert _counts(engine) == before
    assert [e.id for e in list_evaluations(engine)] == [final.id, draft.id]  # reading is open to all
