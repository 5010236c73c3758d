"""Engine, schema upgrade and first-run defaults.

`DATABASE_URL` selects the database (PostgreSQL via psycopg 3); without it the embedded SQLite
file under `data/` is used. Every entry point calls `open_database`, which upgrades the schema
with Alembic and gives an empty database its partners and default agreement parameters.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from data_access.models import ParameterSet, Partner
from domain.parameters import default_parameters
from domain.partners import CORPORATIONS, MUNICIPALITIES

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = PROJECT_ROOT / "data" / "doorstroommonitor.sqlite"
SYSTEM_ACTOR = "systeem"

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def database_url(explicit: str | None = None) -> str:
    """--db, then DATABASE_URL, then the embedded SQLite file."""
    url = explicit or os.environ.get("DATABASE_URL")
    if url:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url
    DEFAULT_SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_SQLITE_PATH}"


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


WRITES = "doorstroommonitor_writes"  # execution option that marks a unit of work that writes


def _sqlite_begin(conn: Connection) -> None:
    # A unit of work that writes takes the write lock at BEGIN, so two writers queue (for
    # busy_timeout) instead of failing half-way when a read lock cannot be upgraded. Reads start a
    # deferred transaction: with WAL they see the last commit and never wait for a writer, so a
    # page stays quick while an import holds the lock.
    mode = "IMMEDIATE" if conn.get_execution_options().get(WRITES) else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def for_writing(engine: Engine) -> Engine:
    """The engine for a unit of work that writes (on SQLite: BEGIN IMMEDIATE)."""
    return engine.execution_options(**{WRITES: True})


def create_engine_for(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.isolation_level = None

        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def upgrade_schema(engine: Engine) -> None:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    with for_writing(engine).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def ensure_defaults(engine: Engine) -> None:
    """Partners and the default parameter set, only when the database has none yet."""
    with session_scope(engine) as session:
        existing = set(session.scalars(select(Partner.name)))
        for name in MUNICIPALITIES:
            if name not in existing:
                session.add(Partner(name=name, kind="municipality"))
        for name in CORPORATIONS:
            if name not in existing:
                session.add(Partner(name=name, kind="corporation"))
        if session.scalar(select(ParameterSet.id).limit(1)) is None:
            params = default_parameters()
            session.add(
                ParameterSet(
                    valid_from=params.valid_from,
                    payload=params.to_json(),
                    created_at=datetime.now(UTC),
                    created_by=SYSTEM_ACTOR,
                )
            )


def open_database(url: str | None = None) -> Engine:
    """An engine on an up-to-date schema with defaults; one per URL per process."""
    resolved = database_url(url)
    with _lock:
        if resolved not in _engines:
            engine = create_engine_for(resolved)
            upgrade_schema(engine)
            ensure_defaults(engine)
            _engines[resolved] = engine
        return _engines[resolved]


def forget_engine(url: str) -> None:
    """Dispose a cached engine (tests drop their databases)."""
    with _lock:
        engine = _engines.pop(database_url(url), None)
    if engine is not None:
        engine.dispose()


@contextmanager
def session_scope(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """A unit of work: commits once at the end, or rolls everything back. On SQLite one that
    writes takes the write lock at its start; `write=False` is for reading through the ORM and,
    like `engine.connect()`, never waits for a writer."""
    session = sessionmaker(for_writing(engine) if write else engine, expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
