"""The handouts built once per test session from the shared demo database, today 26-11-2026, and
the year's `python -m data_access summary` to check their numbers against."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from data_access.db import open_database
from handouts.content import build_handout
from handouts.deck import build_deck
from handouts.pdf import build_pdf
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
YEAR = 2025


def run_module(module: str, *args: str, env_extra: dict[str, str] | None = None):
    env = dict(os.environ, DOORSTROOMMONITOR_TODAY=TODAY.isoformat(), **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


@pytest.fixture(scope="session")
def summary(demo_sqlite_url) -> dict:
    proc = run_module("data_access", "summary", "--year", str(YEAR), "--db", demo_sqlite_url)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="session")
def handout(demo_sqlite_url):
    return build_handout(open_database(demo_sqlite_url), YEAR, TODAY, "nl")


@pytest.fixture(scope="session")
def deck(handout):
    return Presentation(io.BytesIO(build_deck(handout)))


@pytest.fixture(scope="session")
def pdf_pages(handout) -> list[str]:
    """Each page's text, wrapped lines joined: every run of white space (line ends, no-break
    spaces) as one space."""
    reader = PdfReader(io.BytesIO(build_pdf(handout)))
    return [" ".join(page.extract_text().replace("\u00a0", " ").split()) for page in reader.pages]


def nl_whole(value: float) -> str:
    """Dutch grouping by hand (not via the code under test): 165578.5 → '165.579'."""
    return f"{round(value):,}".replace(",", ".")


def nl_money(value: float) -> str:
    return f"€ {nl_whole(value)}"


def nl_one_decimal(value: float) -> str:
    """223.4 → '223,4'; a whole number stays whole: 234.0 → '234'."""
    value = round(value, 1)
    if value == int(value):
        return nl_whole(value)
    whole, decimal = f"{value:,.1f}".split(".")
    return f"{whole.replace(',', '.')},{decimal}"
