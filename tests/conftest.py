"""Shared fixtures: a fresh database per test on SQLite and, when TEST_DATABASE_URL is set,
on PostgreSQL (each test in its own schema); demo-seeded databases; a fixed 'today'."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from data_access.cli import main as cli_main
from data_access.db import forget_engine, open_database

PG_URL = os.environ.get("TEST_DATABASE_URL")
PG_SKIP_REASON = "TEST_DATABASE_URL is not set: PostgreSQL cases skipped (.ci/run sets it)"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgres",
        id="postgres",
        marks=[pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON)],
    ),
]
# The demo data runs to 2026-K3; tests pin "today" after that quarter's deadline.
TODAY = date(2026, 11, 26)


def _postgres_schema_url() -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options=-csearch_path%3D{schema}", schema


def _drop_schema(schema: str) -> None:
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path: Path):
    """URL of a new, empty database on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.sqlite'}"
        yield url
        forget_engine(url)
        return
    url, schema = _postgres_schema_url()
    yield url
    forget_engine(url)
    _drop_schema(schema)


@pytest.fixture
def engine(db_url):
    return open_database(db_url)


def seed_demo(url: str) -> None:
    assert cli_main(["seed-demo", "--db", url]) == 0


@pytest.fixture
def demo_engine(db_url):
    seed_demo(db_url)
    return open_database(db_url)


@pytest.fixture(scope="session")
def demo_sqlite_url(tmp_path_factory) -> str:
    """One demo-seeded SQLite file shared by read-only tests (pages, summary)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    seed_demo(url)
    return url


@pytest.fixture
def app_env(demo_sqlite_url, monkeypatch):
    """Environment for AppTest runs: the shared demo database and a pinned today."""
    monkeypatch.setenv("DATABASE_URL", demo_sqlite_url)
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())
    return demo_sqlite_url
