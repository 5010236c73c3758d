"""SQLite: a page read never waits for a running import. Only units of work that write take the
write lock (BEGIN IMMEDIATE); reads see the last commit through WAL."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from data_access import repositories as repo
from data_access import services, versions
from data_access.access import OPERATOR, Actor
from data_access.db import forget_engine, open_database
from data_access.importer import storing
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

ADMIN = Actor("secretaris", "admin")


@pytest.fixture
def sqlite_engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'lock.sqlite'}"
    yield open_database(url), tmp_path / "lock.sqlite"
    forget_engine(url)


def _report(conversations: int) -> bytes:
    activity = [list(line) for line in mf.ACTIVITY]
    activity[0][2] = conversations
    return mf.report_bytes(activity=activity)


def test_a_page_read_finishes_while_an_import_holds_the_write_lock(sqlite_engine, monkeypatch):
    engine, path = sqlite_engine
    services.import_file(engine, _report(9), "v1.xlsx", ADMIN, today=TODAY)
    holding, release = threading.Event(), threading.Event()
    real_insert = storing._insert

    def insert_then_hold(*args, **kwargs):
        real_insert(*args, **kwargs)
        holding.set()  # inside the import's transaction, rows written, not committed
        release.wait(60)

    monkeypatch.setattr(storing, "_insert", insert_then_hold)
    outcomes = []
    writer = threading.Thread(
        target=lambda: outcomes.append(
            services.import_file(engine, _report(40), "v2.xlsx", ADMIN, today=TODAY)
        )
    )
    writer.start()
    try:
        assert holding.wait(60)
        other = sqlite3.connect(path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")  # the import really holds the write lock now
        other.close()
        # What the pages read, while the import waits: each would fail after busy_timeout (10 s)
        # with "database is locked" if reads took the write lock.
        figures = services.year_figures(engine, 2026)
        activity = repo.activity_frame(engine, 2026)
        history = repo.submissions_frame(engine)
        active = versions.active_version(engine, OPERATOR, "Uwoon", 2026, 3)  # an ORM read (upload page)
    finally:
        release.set()
        writer.join(60)
    assert figures.conversations == 14  # the last commit: version 1 (9 + 5)
    assert activity["conversations"].sum() == 14
    assert history["version"].tolist() == [1]
    assert active.version == 1
    [outcome] = outcomes
    assert outcome.outcome.version == 2
    assert services.year_figures(engine, 2026).conversations == 45  # 40 + 5, once committed


def test_two_writers_still_queue_instead_of_failing(sqlite_engine):
    engine, _ = sqlite_engine
    results = []
    threads = [
        threading.Thread(
            target=lambda n=n: results.append(
                services.import_file(engine, _report(n), f"v{n}.xlsx", ADMIN, today=TODAY).outcome.version
            )
        )
        for n in (10, 20, 30)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted(results) == [1, 2, 3]
    assert repo.submissions_frame(engine)["is_active"].astype(bool).sum() == 1
