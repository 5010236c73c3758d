"""Realised coach hours against the agreed hours per week (agreement art. 1b; docs/agreement.md).

Agreed hours for a quarter = weekly hours × 13. A quarter without an active submission is missing:
it has no realised hours (NaN, never 0) and its agreed hours are left out of the percentage, so a
year's agreed hours = weekly hours × 13 × quarters reported (the `summary` contract's `agreed`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from domain.costs import WEEKS_PER_QUARTER
from domain.parameters import AgreementParameters
from domain.progress import QuarterState
from domain.targets import nan_if_none, percentage

QUARTER_COLUMNS = [
    "corporation",
    "quarter",
    "state",
    "weekly_agreed",
    "agreed",
    "realised",
    "avg_per_week",
    "pct",
]
YEAR_COLUMNS = [
    "corporation",
    "weekly_agreed",
    "quarters_reported",
    "quarters_missing",
    "missing_quarters",
    "realised",
    "agreed",
    "avg_per_week",
    "pct",
    "difference",
    "difference_per_week",
]


def agreed_hours(weekly: float, quarters: int) -> float:
    """The agreed hours for `quarters` reported quarters: weekly hours × 13 each."""
    return weekly * WEEKS_PER_QUARTER * quarters


@dataclass(frozen=True)
class HoursLine:
    """One corporation's coach hours in a year, over the quarters it reported."""

    realised: float
    agreed: float  # weekly hours × 13 × quarters_reported
    quarters_reported: int


def hours_by_corporation(
    params: AgreementParameters, hours: pd.DataFrame, reported_quarters: Mapping[str, int]
) -> dict[str, HoursLine]:
    """Realised hours per corporation against its agreed hours for the quarters it reported."""
    realised = hours.groupby("corporation")["hours"].sum() if not hours.empty else pd.Series()
    return {
        corp: HoursLine(
            realised=float(realised.get(corp, 0.0)),
            agreed=agreed_hours(weekly, reported_quarters.get(corp, 0)),
            quarters_reported=int(reported_quarters.get(corp, 0)),
        )
        for corp, weekly in params.weekly_hours.items()
    }


def _realised(hours: pd.DataFrame) -> pd.Series:
    if hours.empty:
        return pd.Series(dtype=float)
    return hours.groupby(["corporation", "quarter"])["hours"].sum()


def hours_per_quarter(params: AgreementParameters, hours: pd.DataFrame, states: pd.DataFrame) -> pd.DataFrame:
    """Corporation × quarter: agreed (weekly × 13), realised, average per week and percentage.

    `states` is corporation_quarter_states(...) for the year; only REPORTED quarters get numbers.
    """
    realised = _realised(hours)
    rows = []
    for _, row in states.iterrows():
        corporation, quarter, state = row["corporation"], int(row["quarter"]), row["state"]
        weekly = float(params.weekly_hours.get(corporation, 0.0))
        agreed = agreed_hours(weekly, 1)
        value = avg = pct = float("nan")
        if state == QuarterState.REPORTED.value:
            value = float(realised.get((corporation, quarter), 0.0))
            avg = value / WEEKS_PER_QUARTER
            pct = nan_if_none(percentage(value, agreed))
        rows.append(
            {
                "corporation": corporation,
                "quarter": quarter,
                "state": state,
                "weekly_agreed": weekly,
                "agreed": agreed,
                "realised": value,
                "avg_per_week": avg,
                "pct": pct,
            }
        )
    return pd.DataFrame(rows, columns=QUARTER_COLUMNS)


def hours_per_year(per_quarter: pd.DataFrame) -> pd.DataFrame:
    """One row per corporation: totals over its reported quarters only.

    avg_per_week = realised / (13 × quarters reported); pct = realised / agreed × 100.
    difference = realised − agreed (hours over the reported quarters; negative = short) and
    difference_per_week = avg_per_week − weekly hours agreed: the shortfall stated, not worked out.
    `missing_quarters` lists the ended quarters without a report (e.g. [4]); a corporation without
    any report has no numbers (NaN), never a shortfall of every agreed hour.
    """
    rows = []
    for corporation, part in per_quarter.groupby("corporation", sort=False):
        reported = part[part["state"] == QuarterState.REPORTED.value]
        missing = part[part["state"].isin([QuarterState.MISSING.value, QuarterState.DUE.value])]
        weekly = float(part["weekly_agreed"].iloc[0])
        n = len(reported)
        realised = float(reported["realised"].sum())
        agreed = agreed_hours(weekly, n)
        avg = realised / (WEEKS_PER_QUARTER * n) if n else float("nan")
        rows.append(
            {
                "corporation": corporation,
                "weekly_agreed": weekly,
                "quarters_reported": n,
                "quarters_missing": len(missing),
                "missing_quarters": [int(q) for q in missing["quarter"]],
                "realised": realised if n else float("nan"),
                "agreed": agreed,
                "avg_per_week": avg,
                "pct": nan_if_none(percentage(realised, agreed)) if n else float("nan"),
                "difference": realised - agreed if n else float("nan"),
                "difference_per_week": avg - weekly if n else float("nan"),
            }
        )
    return pd.DataFrame(rows, columns=YEAR_COLUMNS)


def hours_region_total(per_year: pd.DataFrame) -> dict[str, float]:
    """The region's line over the corporations that reported: summed hours; average per week = sum
    of each corporation's average, comparable with their agreed hours a week (71 when all report)
    even when corporations reported different numbers of quarters."""
    reported = per_year[per_year["quarters_reported"] > 0]
    realised = float(reported["realised"].sum())
    agreed = float(per_year["agreed"].sum())
    return {
        "weekly_agreed": float(reported["weekly_agreed"].sum()),
        "realised": realised if not reported.empty else float("nan"),
        "agreed": agreed,
        "avg_per_week": float(reported["avg_per_week"].sum()) if not reported.empty else float("nan"),
        "pct": nan_if_none(percentage(realised, agreed)),
        "difference": realised - agreed if not reported.empty else float("nan"),
        "difference_per_week": float(reported["difference_per_week"].sum())
        if not reported.empty
        else float("nan"),
    }
