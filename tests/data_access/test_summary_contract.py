"""`python -m data_access summary` stays byte-for-byte what it was: scripts read its JSON.

The files under expected/ were written by the command itself on the demo data (seed-demo, today
pinned to 2026-11-26) before the figures became a typed value, and on an empty database for a
year without reports. Any change to keys, key order, number types (0 vs 0.0) or float digits
fails here; regenerate them only for a deliberate change of the contract.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "expected"


def _summary_bytes(year: int, db: str) -> bytes:
    env = dict(os.environ, DOORSTROOMMONITOR_TODAY=TODAY.isoformat())
    proc = subprocess.run(
        [sys.executable, "-m", "data_access", "summary", "--year", str(year), "--db", db],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_summary_on_the_demo_data_is_the_stored_copy(demo_sqlite_url, year):
    assert _summary_bytes(year, demo_sqlite_url) == (EXPECTED / f"summary-{year}.json").read_bytes()


def test_summary_of_an_empty_database_is_the_stored_copy(tmp_path):
    db = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    expected = (EXPECTED / "summary-2024-empty-database.json").read_bytes()
    assert _summary_bytes(2024, db) == expected
