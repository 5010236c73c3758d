"""Voortgang and Uren: a rerun after a filter change, next to an empty Streamlit page rerun (same
run, same machine, both through AppTest so both carry the same test-harness overhead).

Measured on a freshly seeded demo SQLite database with 'today' pinned to 2026-11-26:
- empty page: a script with one st.title, rerun;
- each page: the whole app (navigation, sidebar, page) rerun after switching the year filter,
  alternating between 2025 and 2026 (both cached after the first pass: the cached loaders and
  chart specs are what a meeting room sees when it clicks through years);
- each page cold: the first run after the caches were cleared (as after an import).
Target: a rerun ≤ 300 ms median.
"""

from __future__ import annotations

import contextlib
import io
import statistics
import tempfile
import time
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from bench import Figure
from bench.pagetimes import EMPTY_PAGE, app_environment

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 300.0
REPEAT = 20
PAGES = {"Voortgang": "pages/progress.py", "Uren": "pages/hours.py"}


def _seeded_database(directory: str) -> str:
    from data_access.cli import main as cli_main

    url = f"sqlite:///{Path(directory) / 'bench.sqlite'}"
    with contextlib.redirect_stdout(io.StringIO()):
        if cli_main(["seed-demo", "--db", url]) != 0:
            raise RuntimeError("seeding the demo database failed")
    return url


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _page_reruns(page: str) -> tuple[float, float]:
    """(median rerun after a year switch, cold first run) in ms."""
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    cold = _timed(lambda: at.switch_page(page).run())
    years = (2025, 2026)
    for year in years:  # warm both years
        at.selectbox(key="widget_jaar").select(year).run()
    samples = []
    for i in range(REPEAT):
        widget = at.selectbox(key="widget_jaar").select(years[i % 2])
        samples.append(_timed(widget.run))
    if at.exception:
        raise RuntimeError(f"{page} raised: {at.exception}")
    return statistics.median(samples), cold


def run() -> list[Figure]:
    figures = []
    with (
        tempfile.TemporaryDirectory() as directory,
        app_environment(_seeded_database(directory), "2026-11-26"),
    ):
        empty = AppTest.from_string(EMPTY_PAGE).run()
        empty_ms = statistics.median(_timed(empty.run) for _ in range(REPEAT))
        for name, page in PAGES.items():
            rerun, cold = _page_reruns(page)
            figures.append(
                Figure(
                    f"{name}: rerun after a year switch (median)",
                    rerun,
                    "ms",
                    "empty page rerun",
                    empty_ms,
                    f"≤ {TARGET_MS:.0f} ms",
                    rerun <= TARGET_MS,
                )
            )
            figures.append(Figure(f"{name}: first run after caches were cleared", cold, "ms"))
    return figures
