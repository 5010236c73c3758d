"""Whether each corporation's quarterly report is in, late or missing."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import pandas as pd

from domain.periods import Quarter


class SubmissionState(StrEnum):
    SUBMITTED = "submitted"  # in, on time
    LATE = "late"  # in, after the deadline
    MISSING = "missing"  # not in, deadline passed
    DUE = "due"  # not in, quarter ended, deadline not yet passed
    OPEN = "open"  # quarter not ended yet, nothing expected


def submission_state(
    quarter: Quarter, submitted_on: date | None, today: date, deadline_months: int = 1
) -> SubmissionState:
    deadline = quarter.deadline(deadline_months)
    if submitted_on is not None:
        return SubmissionState.SUBMITTED if submitted_on <= deadline else SubmissionState.LATE
    if today <= quarter.last_day:
        return SubmissionState.OPEN
    if today <= deadline:
        return SubmissionState.DUE
    return SubmissionState.MISSING


OVERDUE = (SubmissionState.LATE.value, SubmissionState.MISSING.value)


def days_late(deadline: date, submitted_on: date | None, today: date) -> int | None:
    """Days past the deadline: for a report that came in late, from the deadline to the day it
    came in; for a missing one, from the deadline to today. None when on time or not yet due."""
    if submitted_on is not None:
        return (submitted_on - deadline).days if submitted_on > deadline else None
    return (today - deadline).days if today > deadline else None


def with_days_late(matrix: pd.DataFrame, today: date) -> pd.DataFrame:
    """The status matrix (columns corporation, year, quarter, state, submitted_on, deadline) with
    `days_late` added: an int for late and missing reports, None otherwise."""
    if matrix.empty:
        return matrix.assign(days_late=pd.Series(dtype=object))
    days = [
        days_late(deadline, None if pd.isna(submitted) else submitted, today) if state in OVERDUE else None
        for deadline, submitted, state in zip(
            matrix["deadline"], matrix["submitted_on"], matrix["state"], strict=True
        )
    ]
    return matrix.assign(days_late=pd.Series(days, index=matrix.index, dtype=object))


def overdue_reports(matrix: pd.DataFrame, today: date, year: int) -> pd.DataFrame:
    """The late and missing reports of `year`, with `days_late`, in the matrix's order
    (corporations as in the agreement, then quarter)."""
    if matrix.empty:
        return with_days_late(matrix, today)
    part = matrix[(matrix["year"] == year) & matrix["state"].isin(OVERDUE)]
    return with_days_late(part, today).reset_index(drop=True)


def still_missing(matrix: pd.DataFrame, today: date, before_year: int) -> pd.DataFrame:
    """Reports of the years before `before_year` that never came in, with `days_late` (to today)."""
    if matrix.empty:
        return with_days_late(matrix, today)
    part = matrix[(matrix["year"] < before_year) & (matrix["state"] == SubmissionState.MISSING.value)]
    return with_days_late(part, today).reset_index(drop=True)


def reported_pairs(versions: pd.DataFrame, year: int) -> list[tuple[str, int]]:
    """(corporation, quarter) with an active submission in `year`, from the stored versions
    (columns corporation, year, quarter, is_active; one row per version)."""
    if versions.empty:
        return []
    active = versions[versions["is_active"].astype(bool) & (versions["year"] == year)]
    return list(zip(active["corporation"], active["quarter"].astype(int), strict=True))
