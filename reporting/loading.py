"""The views' models read straight from the database, for code without Streamlit (the meeting
handouts, the command line). The app builds the same models from ui.loaders' caches, with the
same reporting functions, so both show the same numbers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from data_access import repositories as repo
from domain.submissions import reported_pairs
from reporting.hours import HoursModel, hours_model
from reporting.progress import ProgressModel, Selection, progress_model


def progress_model_from(engine: Engine, selection: Selection, today: date) -> ProgressModel:
    year = selection.year
    return progress_model(
        selection,
        repo.parameters_for_year(engine, year),
        repo.activity_frame(engine),
        repo.activity_frame(engine, year),
        reported_pairs(repo.submissions_frame(engine), year),
        today,
    )


def hours_model_from(engine: Engine, year: int, today: date, corporation: str | None = None) -> HoursModel:
    return hours_model(
        year,
        repo.parameters_for_year(engine, year),
        repo.hours_frame(engine, year),
        reported_pairs(repo.submissions_frame(engine), year),
        today,
        corporation,
    )
