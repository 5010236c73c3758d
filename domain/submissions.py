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


def reported_pairs(versions: pd.DataFrame, year: int) -> list[tuple[str, int]]:
    """(corporation, quarter) with an active submission in `year`, from the stored versions
    (columns corporation, year, quarter, is_active; one row per version)."""
    if versions.empty:
        return []
    active = versions[versions["is_active"].astype(bool) & (versions["year"] == year)]
    return list(zip(active["corporation"], active["quarter"].astype(int), strict=True))
