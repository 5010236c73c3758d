"""Versions on SQLite and PostgreSQL: supersede, restore (admin, audited), the same file twice,
and concurrent uploads that neither interfere nor leave two active versions."""

import threading

import pytest
from sqlalchemy import select

from data_access import services, versions
from data_access.access import AccessDenied, Actor
from data_access.importer import sha256_of
from data_access.models import AuditEntry
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

ADMIN = Actor("secretaris", "admin")


def _report(conversations: int, corporation: str = "Uwoon") -> bytes:
    activity = [list(line) for line in mf.ACTIVITY]
    activity[0][2] = conversations
    return mf.report_bytes(corporation=corporation, activity=activity)


def _import(engine, content: bytes, name: str = "r.xlsx", actor: Actor = ADMIN):
    result = services.import_file(engine, content, name, actor, today=TODAY)
    assert result.validation.ok, result.validation.errors
    return result.outcome


def _flags(engine, corporation="Uwoon"):
    history = versions.history(engine, ADMIN, corporation)
    return history[["version", "is_active", "file_name"]].values.tolist()


def _conversations(engine) -> int:
    return services.year_figures(engine, 2026).conversations


def test_supersede_then_restore_then_same_file(engine):
    v1, v2 = _report(9), _report(20)
    assert _import(engine, v1, "v1.xlsx").version == 1
    second = _import(engine, v2, "v2.xlsx")
    assert (second.version, second.replaced_version, second.stored) == (2, 1, True)
    assert _flags(engine) == [[2, True, "v2.xlsx"], [1, False, "v1.xlsx"]]
    assert _conversations(engine) == 25

    v1_id = int(versions.history(engine, ADMIN).set_index("version").loc[1, "id"])
    outcome = versions.restore_version(engine, v1_id, ADMIN)
    assert (outcome.restored_version, outcome.replaced_version, outcome.changed) == (1, 2, True)
    assert _flags(engine) == [[2, False, "v2.xlsx"], [1, True, "v1.xlsx"]]
    assert _conversations(engine) == 14

    same = _import(engine, v1, "v1-nogmaals.xlsx")  # identical to the active version
    assert (same.version, same.stored) == (1, False)
    again = _import(engine, v2, "v2-nogmaals.xlsx")  # identical to a superseded one: a new version
    assert (again.version, again.replaced_version) == (3, 1)
    assert len(versions.history(engine, ADMIN)) == 3
    with engine.connect() as conn:
        actions = conn.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["submission_stored", "submission_stored", "submission_restored", "submission_stored"]


def test_restoring_the_active_version_changes_nothing(engine):
    _import(engine, _report(9))
    [submission_id] = versions.history(engine, ADMIN)["id"].tolist()
    before = mf.database_state(engine)
    outcome = versions.restore_version(engine, int(submission_id), ADMIN)
    assert (outcome.restored_version, outcome.changed) == (1, False)
    assert mf.database_state(engine) == before


def test_only_an_admin_restores_and_unknown_versions_are_refused(engine):
    _import(engine, _report(9))
    _import(engine, _report(10))
    old = int(versions.history(engine, ADMIN).set_index("version").loc[1, "id"])
    before = mf.database_state(engine, audit=False)
    coach = Actor("coach", "corporation", corporation="Uwoon", account="coach")
    with pytest.raises(AccessDenied, match="Alleen een beheerder"):
        versions.restore_version(engine, old, coach)
    with pytest.raises(versions.VersionNotFound, match="bestaat niet"):
        versions.restore_version(engine, 99999, ADMIN)
    assert mf.database_state(engine, audit=False) == before
    with engine.connect() as conn:
        refusal = conn.execute(select(AuditEntry).where(AuditEntry.action == "access_refused")).one()
    assert (refusal.actor, refusal.details["code"]) == ("coach", "access.admin_only")


def test_active_version_with_its_totals(engine):
    assert versions.active_version(engine, ADMIN, "Uwoon", 2026, 3) is None
    content = _report(9)
    _import(engine, content, "eerste.xlsx")
    active = versions.active_version(engine, ADMIN, "Uwoon", 2026, 3)
    assert (active.version, active.file_name, active.uploaded_by) == (1, "eerste.xlsx", "secretaris")
    assert active.sha256 == sha256_of(content)
    assert active.totals == mf.TOTALS


def test_history_per_corporation(engine):
    _import(engine, _report(9, "Uwoon"))
    _import(engine, _report(9, "Omnia Wonen"))
    assert versions.history(engine, ADMIN, "Omnia Wonen")["corporation"].tolist() == ["Omnia Wonen"]
    assert len(versions.history(engine, ADMIN)) == 2


def _run_together(jobs):
    """Start all jobs at the same moment; return their results (or exceptions)."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(i, job):
        barrier.wait()
        try:
            results[i] = job()
        except Exception as exc:  # surfaced by the assertions below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_concurrent_uploads_of_different_corporations_do_not_interfere(engine):
    corporations = ["deltaWonen", "Omnia Wonen", "Uwoon", "Woningstichting Putten"]
    contents = {c: _report(5 + i, c) for i, c in enumerate(corporations)}
    results = _run_together([lambda c=c: _import(engine, contents[c], f"{c}.xlsx") for c in corporations])
    assert [(r.version, r.stored) for r in results] == [(1, True)] * 4, results
    history = versions.history(engine, ADMIN)
    assert sorted(history["corporation"]) == sorted(corporations)
    assert history["is_active"].all()
    assert _conversations(engine) == sum(5 + i + 5 for i in range(4))


def test_two_uploads_of_the_same_quarter_end_with_exactly_one_active_version(engine):
    results = _run_together(
        [lambda: _import(engine, _report(9), "a.xlsx"), lambda: _import(engine, _report(30), "b.xlsx")]
    )
    assert sorted(r.version for r in results) == [1, 2], results
    history = versions.history(engine, ADMIN)
    assert history["is_active"].sum() == 1
    winner = history[history["is_active"]]["file_name"].item()
    assert _conversations(engine) == (14 if winner == "a.xlsx" else 35)


def test_a_restore_and_an_upload_at_once_leave_one_active_version(engine):
    _import(engine, _report(9), "v1.xlsx")
    _import(engine, _report(10), "v2.xlsx")
    old = int(versions.history(engine, ADMIN).set_index("version").loc[1, "id"])
    results = _run_together(
        [
            lambda: versions.restore_version(engine, old, ADMIN),
            lambda: _import(engine, _report(11), "v3.xlsx"),
        ]
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert versions.history(engine, ADMIN)["is_active"].sum() == 1


def test_stored_rows_read_back_exactly(engine):
    """The fast insert path stores dates, booleans, empty cells and numbers as they were parsed."""
    from datetime import date

    from sqlalchemy import select

    from data_access.models import BarrierCount, MonthlyHours, MoveRecord

    moves = [list(m) for m in mf.MOVES]
    moves[1][3] = None  # no bedrooms given
    _import(engine, mf.report_bytes(moves=moves))
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                MoveRecord.move_date, MoveRecord.from_bedrooms, MoveRecord.priority, MoveRecord.age_band
            ).order_by(MoveRecord.move_date)
        ).all()
        hours = conn.execute(
            select(MonthlyHours.month, MonthlyHours.hours).order_by(MonthlyHours.month)
        ).all()
        barriers = dict(conn.execute(select(BarrierCount.reason, BarrierCount.count)).all())
    assert [tuple(r) for r in rows] == [
        (date(2026, 7, 10), 4, True, "65-74"),
        (date(2026, 8, 1), None, False, "75-84"),
        (date(2026, 9, 3), 3, False, "85+"),
    ]
    assert [tuple(h) for h in hours] == [(7, 150.0), (8, 120.5), (9, 160.0)]
    assert barriers == {"geen passend aanbod": 3, "gezondheid": 1}
