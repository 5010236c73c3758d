"""Several app instances against one PostgreSQL (the compose deployment): two processes importing at
the same moment lose nothing, and a quarter never ends up with two active versions.

Each worker is a separate Python process with its own engine and connection pool, as two app
replicas behind a load balancer would be. PostgreSQL only: SQLite is a single-instance setup.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select

from data_access.db import open_database
from data_access.importer import validate_workbook
from data_access.models import ActivityRow, AuditEntry, Submission
from domain.parameters import default_parameters
from tests.conftest import BACKENDS, TODAY
from tests.e2e.harness import corrected_report

POSTGRES_ONLY = [p for p in BACKENDS if p.id == "postgres"]
SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
WORKBOOKS = SAMPLES / "workbooks"
SAME_QUARTER = WORKBOOKS / "2026-K3-uwoon.xlsx"
ROUNDS = 4  # same-quarter rounds: each round both processes upload a different correction at once


def _worker(url: str, name: str, files: list[tuple[str, bytes]], barrier, results) -> None:
    """One app instance: wait for the other, then import its files one after another."""
    from data_access import services
    from data_access.access import Actor

    engine = open_database(url)
    actor = Actor(name=name, role="admin")
    outcomes = []
    try:
        for file_name, content in files:
            barrier.wait(timeout=60)  # both processes start each import together
            result = services.import_file(engine, content, file_name, actor, today=TODAY)
            outcomes.append(
                {
                    "file": file_name,
                    "ok": result.validation.ok,
                    "stored": bool(result.outcome and result.outcome.stored),
                    "version": result.outcome.version if result.outcome else None,
                }
            )
        results.put((name, outcomes, None))
    except Exception as exc:  # reported to the test, which fails with it
        barrier.abort()
        results.put((name, outcomes, f"{type(exc).__name__}: {exc}"))


def _run_two(url: str, first: list[tuple[str, bytes]], second: list[tuple[str, bytes]]) -> dict:
    assert len(first) == len(second), "both workers need the same number of imports (barrier)"
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    processes = [
        context.Process(target=_worker, args=(url, name, files, barrier, results))
        for name, files in (("sessie-a", first), ("sessie-b", second))
    ]
    for process in processes:
        process.start()
    collected = {}
    for _ in processes:
        name, outcomes, error = results.get(timeout=180)
        collected[name] = (outcomes, error)
    for process in processes:
        process.join(timeout=30)
    errors = {name: error for name, (_, error) in collected.items() if error}
    assert not errors, f"an import failed while another ran: {errors}"
    return {name: outcomes for name, (outcomes, _) in collected.items()}


def _demo_files(corporation_slug: str) -> list[tuple[str, bytes]]:
    return [(path.name, path.read_bytes()) for path in sorted(WORKBOOKS.glob(f"*-{corporation_slug}.xlsx"))]


def _correction(extra: int) -> tuple[str, bytes]:
    """Uwoon 2026-K3 with `extra` more conversations: a different file for the same quarter."""
    content, _ = corrected_report(extra)
    return f"2026-K3-uwoon-correctie-{extra}.xlsx", content


def _activity_total(engine, submission_ids) -> int:
    with engine.connect() as connection:
        return int(
            connection.scalar(
                select(func.coalesce(func.sum(ActivityRow.conversations), 0)).where(
                    ActivityRow.submission_id.in_(list(submission_ids))
                )
            )
        )


@pytest.mark.parametrize("db_url", POSTGRES_ONLY, indirect=True)
def test_two_instances_importing_different_reports_at_once_lose_nothing(db_url):
    engine = open_database(db_url)
    uwoon, omnia = _demo_files("uwoon"), _demo_files("omnia-wonen")
    count = min(len(uwoon), len(omnia))
    outcomes = _run_two(db_url, uwoon[:count], omnia[:count])

    assert all(o["ok"] and o["stored"] and o["version"] == 1 for run in outcomes.values() for o in run)
    with engine.connect() as connection:
        stored = pd.DataFrame(
            connection.execute(
                select(Submission.id, Submission.file_name, Submission.sha256, Submission.is_active)
            ).all()
        )
        audit = connection.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "submission_stored")
        )
    sent = {hashlib.sha256(content).hexdigest() for _, content in uwoon[:count] + omnia[:count]}
    assert len(stored) == 2 * count and set(stored["sha256"]) == sent
    assert stored["is_active"].all()
    assert audit == 2 * count
    expected = sum(
        int(
            validate_workbook(content, name, today=TODAY, params=default_parameters())
            .report.activity["conversations"]
            .sum()
        )
        for name, content in uwoon[:count] + omnia[:count]
    )
    assert _activity_total(engine, stored["id"]) == expected


@pytest.mark.parametrize("db_url", POSTGRES_ONLY, indirect=True)
def test_two_instances_replacing_the_same_quarter_at_once_keep_one_active_version(db_url):
    engine = open_database(db_url)
    first = [_correction(10 * r + 1) for r in range(ROUNDS)]
    second = [_correction(10 * r + 2) for r in range(ROUNDS)]
    outcomes = _run_two(db_url, first, second)

    versions = sorted(o["version"] for run in outcomes.values() for o in run)
    assert versions == list(range(1, 2 * ROUNDS + 1)), "every upload got its own version number"
    with engine.connect() as connection:
        rows = pd.DataFrame(
            connection.execute(
                select(
                    Submission.id,
                    Submission.version,
                    Submission.is_active,
                    Submission.sha256,
                    Submission.file_name,
                ).where(Submission.year == 2026, Submission.quarter == 3)
            ).all()
        )
    assert len(rows) == 2 * ROUNDS
    assert set(rows["sha256"]) == {hashlib.sha256(c).hexdigest() for _, c in first + second}
    active = rows[rows["is_active"]]
    assert len(active) == 1, "exactly one active version for the quarter"
    assert int(active["version"].iloc[0]) == 2 * ROUNDS, "the last stored upload is the active one"
    last_round = {first[-1][0], second[-1][0]}
    assert active["file_name"].iloc[0] in last_round
    # Every version kept its own rows: nothing was overwritten or lost by the other process.
    base = int(
        validate_workbook(
            SAME_QUARTER.read_bytes(), SAME_QUARTER.name, today=TODAY, params=default_parameters()
        )
        .report.activity["conversations"]
        .sum()
    )
    for row in rows.itertuples():
        extra = int(row.file_name.rsplit("-", 1)[1].removesuffix(".xlsx"))
        assert _activity_total(engine, [row.id]) == base + extra, json.dumps(row._asdict(), default=str)


def test_the_postgres_cases_name_their_skip_reason():
    """Without TEST_DATABASE_URL the cases above are skipped, and the reason says how to run them."""
    marks = [m for p in POSTGRES_ONLY for m in p.marks if m.name == "skipif"]
    assert marks and "TEST_DATABASE_URL" in marks[0].kwargs["reason"]
