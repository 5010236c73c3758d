"""Cached access to data_access for pages. Every cache is cleared after an import or a change."""

from __future__ import annotations

import logging
from datetime import date

import pandas as pd
import streamlit as st

from data_access import repositories as repo
from data_access import services
from data_access.clock import today
from data_access.db import database_url, open_database
from domain.figures import YearFigures
from domain.parameters import AgreementParameters
from domain.submissions import reported_pairs as _reported_pairs


def engine():
    return open_database(database_url())


@st.cache_data(show_spinner=False, max_entries=500)
def _cached(kind: str, url: str, year: int | None, day: date | None):
    eng = open_database(url)
    if kind == "activity":
        return repo.activity_frame(eng, year)
    if kind == "hours":
        return repo.hours_frame(eng, year)
    if kind == "moves":
        return repo.moves_frame(eng, year)
    if kind == "barriers":
        return repo.barriers_frame(eng, year)
    if kind == "submissions":
        return repo.submissions_frame(eng)
    if kind == "reported_quarters":
        return repo.reported_quarters(eng, year)
    if kind == "figures":
        return services.year_figures(eng, year)
    if kind == "params":
        return repo.parameters_for_year(eng, year)
    if kind == "status":
        return repo.status_matrix(eng, repo.parameters_for_year(eng, day.year), day)
    if kind == "has_demo":
        return repo.has_demo_data(eng)
    if kind == "years":
        return repo.reported_years(eng)
    raise KeyError(kind)


def _load(kind: str, year: int | None = None, day: date | None = None):
    engine()  # schema and defaults exist before any cached query runs
    return _cached(kind, database_url(), year, day)


def activity(year: int | None = None) -> pd.DataFrame:
    return _load("activity", year)


def hours(year: int | None = None) -> pd.DataFrame:
    return _load("hours", year)


def moves(year: int | None = None) -> pd.DataFrame:
    return _load("moves", year)


def barriers(year: int | None = None) -> pd.DataFrame:
    return _load("barriers", year)


def submissions() -> pd.DataFrame:
    return _load("submissions")


def reported_pairs(year: int) -> list[tuple[str, int]]:
    """(corporation, quarter) with an active submission in `year`."""
    return _reported_pairs(submissions(), year)


def reported_quarters(year: int) -> dict[str, int]:
    return _load("reported_quarters", year)


def year_figures(year: int) -> YearFigures:
    return _load("figures", year)


def parameters(year: int) -> AgreementParameters:
    return _load("params", year)


def status_matrix() -> pd.DataFrame:
    return _load("status", day=today())


def has_demo_data() -> bool:
    return _load("has_demo")


def available_years() -> list[int]:
    """Agreement years up to this one (so a year without reports can still be chosen)."""
    params = parameters(today().year)
    last = min(today().year, params.end_date.year)
    return list(range(params.start_year, last + 1))


def clear_caches() -> None:
    """After any write: every page must show the new numbers at once."""
    st.cache_data.clear()


_seen_writes: tuple[int, int] | None = None


def follow_other_instances() -> None:
    """Several app instances may share one database (docs/deploy.md), each with its own caches,
    and clear_caches() clears only this process's. So each run first compares the database's
    write counter with the one this process last saw, and clears every cache when another
    instance (or the command line) has written since. One small query per run."""
    global _seen_writes
    try:
        writes = repo.write_counter(engine())
    except Exception:  # the page itself will say the database is unreachable, in Dutch
        logging.getLogger("doorstroommonitor").warning("write counter unavailable", exc_info=True)
        return
    if _seen_writes is not None and writes != _seen_writes:
        st.cache_data.clear()
    _seen_writes = writes
