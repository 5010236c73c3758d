"""Flows and stock from reported rows (SPEC.md): flows are summed, stock is never summed over time.

Input frames have one row per corporation × municipality × quarter with the columns of
`ACTIVITY_COLUMNS`; they come from data_access, this module only does arithmetic on them.
"""

from __future__ import annotations

import pandas as pd

FLOW_COLUMNS = (
    "households_contacted",
    "conversations",
    "moves",
    "priority_moves",
    "freed_family_homes",
)
STOCK_COLUMNS = ("senior_homes", "senior_homes_labelled")
ACTIVITY_COLUMNS = ("corporation", "municipality", "year", "quarter", *FLOW_COLUMNS, *STOCK_COLUMNS)


def flow_totals(activity: pd.DataFrame, by: list[str] | None = None) -> pd.DataFrame | pd.Series:
    """Sum of flow columns, optionally grouped (e.g. by ["quarter"] or ["corporation"])."""
    flows = list(FLOW_COLUMNS)
    if by:
        return activity.groupby(by, as_index=False)[flows].sum(min_count=1)
    return activity[flows].sum(min_count=1)


def latest_stock(activity: pd.DataFrame, by: list[str] | None = None) -> pd.DataFrame:
    """Stock per corporation at its latest reported quarter in `activity`, then summed by `by`.

    Each corporation contributes only the rows of its own most recent quarter, so a quarter that
    was not reported never counts as zero and stock is never added up over quarters.
    """
    if activity.empty:
        return pd.DataFrame(columns=[*(by or []), *STOCK_COLUMNS])
    period = activity["year"] * 10 + activity["quarter"]
    latest = period.groupby(activity["corporation"]).transform("max")
    current = activity[period == latest]
    if by:
        return current.groupby(by, as_index=False)[list(STOCK_COLUMNS)].sum()
    return current[list(STOCK_COLUMNS)].sum().to_frame().T


def priority_label_pct(activity: pd.DataFrame) -> float | None:
    """Percentage of senior homes labelled for priority, from each corporation's latest quarter."""
    stock = latest_stock(activity)
    if stock.empty:
        return None
    homes = float(stock["senior_homes"].iloc[0])
    labelled = float(stock["senior_homes_labelled"].iloc[0])
    return labelled / homes * 100.0 if homes else None


def cumulative_by_quarter(activity: pd.DataFrame, column: str) -> pd.DataFrame:
    """Quarter, the quarter's total and the running total of a flow column."""
    per_quarter = activity.groupby("quarter", as_index=False)[column].sum()
    per_quarter["cumulative"] = per_quarter[column].cumsum()
    return per_quarter
