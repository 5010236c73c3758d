"""Shared by bench_pages and bench_large_region: every page of app.py rendered through AppTest
on a given database, next to an empty Streamlit page measured the same way in the same run.

Per page:
- rerun: the page run again with warm caches, which is what a click on a widget costs (median).
  AppTest reruns only the page script while a pages/ folder sits next to app.py (the real server
  also runs app.py: navigation, sidebar); `new_session_ms` measures that part;
- first run after the caches were cleared, which is what the first visitor after an import waits
  (median of a few);
- the largest result set a page fetched from the database in one query (rows), to show that pages
  read aggregates, not whole tables.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from sqlalchemy.engine import Result, ScalarResult
from streamlit.logger import set_log_level
from streamlit.testing.v1 import AppTest

from tests.e2e.harness import registered_pages

ROOT = Path(__file__).resolve().parent.parent
set_log_level("error")  # AppTest outside a server warns on every cache call and context lookup
EMPTY_PAGE = "import streamlit as st\nst.title('Leeg')\n"


@contextmanager
def app_environment(database_url: str, today: str) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in ("DATABASE_URL", "DOORSTROOMMONITOR_TODAY")}
    os.environ["DATABASE_URL"] = database_url
    os.environ["DOORSTROOMMONITOR_TODAY"] = today
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class RowCounter:
    """Counts the rows of every fully fetched result (fetchall/all), while active."""

    def __init__(self) -> None:
        self.largest = 0
        self._originals = {}

    def __enter__(self) -> RowCounter:
        counter = self
        for cls in (Result, ScalarResult):
            for name in ("fetchall", "all"):
                original = getattr(cls, name)
                self._originals[(cls, name)] = original

                def counted(result, _original=original):
                    rows = _original(result)
                    counter.largest = max(counter.largest, len(rows))
                    return rows

                setattr(cls, name, counted)
        return self

    def __exit__(self, *exc) -> None:
        for (cls, name), original in self._originals.items():
            setattr(cls, name, original)


def _ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def empty_page_rerun_ms(repeat: int = 20) -> float:
    at = AppTest.from_string(EMPTY_PAGE).run()
    at.run()
    return statistics.median(_ms(at.run) for _ in range(repeat))


def new_session_ms(repeat: int = 10) -> tuple[float, float]:
    """A new session with warm caches: app.py (navigation, sidebar) and the start page, and the
    same for the empty page (medians, ms)."""

    def app() -> AppTest:
        return AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()

    def empty() -> AppTest:
        return AppTest.from_string(EMPTY_PAGE).run()

    app(), empty()
    return (
        statistics.median(_ms(app) for _ in range(repeat)),
        statistics.median(_ms(empty) for _ in range(repeat)),
    )


@dataclass
class PageTiming:
    name: str
    rerun_ms: float
    cold_ms: float
    largest_fetch: int
    problem: str = ""


def _problem(at: AppTest) -> str:
    shown = [e.value for e in at.exception] + [e.value for e in at.error]
    return f"{shown[0][:120]}" if shown else ""


def time_pages(repeat: int = 15, cold_repeat: int = 3) -> list[PageTiming]:
    """Every registered page: rerun median and first-run-after-clear median (environment set)."""
    timings = []
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    for page in registered_pages():
        at.switch_page(page.script).run()
        cold = []
        with RowCounter() as rows:
            for _ in range(cold_repeat):
                st.cache_data.clear()
                cold.append(_ms(at.run))
        at.run()  # warm
        rerun = statistics.median(_ms(at.run) for _ in range(repeat))
        timings.append(PageTiming(page.name, rerun, statistics.median(cold), rows.largest, _problem(at)))
    return timings
