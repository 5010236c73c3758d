"""Flows and stock from reported rows (docs/agreement.md): flows are summed, stock is never summed over time.

Input frames have one row per corporation × municipality × quarter with the columns of
`ACTIVITY_COLUMNS`; they come from data_access, this module only does arithmetic on them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np
import pandas as pd

from domain.parameters import AgreementParameters
from domain.periods import Quarter
from domain.targets import Status, nan_if_none, percentage, pro_rata_target, status_for

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
    per_quarter = activity.groupby("quarter", as_index=False)[[column]].sum()
    per_quarter["cumulative"] = per_quarter[column].cumsum()
    return per_quarter


# --- Per-quarter progress, with quarters that were not reported kept apart (docs/agreement.md) ---


class QuarterState(StrEnum):
    """Whether a corporation's quarter is in; only REPORTED quarters carry numbers."""

    REPORTED = "reported"  # an active submission exists
    MISSING = "missing"  # ended, deadline passed, nothing in
    DUE = "due"  # ended, deadline not yet passed, nothing in
    NOT_DUE = "not_due"  # running or still to come
    OUTSIDE = "outside"  # before the agreement's start or after its end


class GroupState(StrEnum):
    """A quarter for a group of corporations (the region, a municipality)."""

    COMPLETE = "complete"  # every expected corporation reported
    PARTIAL = "partial"  # some reported, some did not (yet)
    MISSING = "missing"  # ended and nobody reported
    DUE = "due"  # ended, nobody reported, deadline not passed
    NOT_DUE = "not_due"
    OUTSIDE = "outside"


HAS_DATA = (GroupState.COMPLETE.value, GroupState.PARTIAL.value)
QUARTERS = (1, 2, 3, 4)


def corporation_quarter_states(
    params: AgreementParameters,
    year: int,
    reported: Iterable[tuple[str, int]],
    today: date,
    corporations: Iterable[str] | None = None,
) -> pd.DataFrame:
    """One row per corporation × quarter of `year` with its QuarterState value.

    `reported` holds the (corporation, quarter) pairs with an active submission in `year`.
    """
    done = set(reported)
    names = list(corporations) if corporations is not None else list(params.weekly_hours)
    first = Quarter.containing(params.start_date)
    last = Quarter.containing(params.end_date)
    rows = []
    for corporation in names:
        for q in QUARTERS:
            quarter = Quarter(year, q)
            if (corporation, q) in done:
                state = QuarterState.REPORTED
            elif quarter < first or quarter > last:
                state = QuarterState.OUTSIDE
            elif today <= quarter.last_day:
                state = QuarterState.NOT_DUE
            elif today <= quarter.deadline(params.report_deadline_months):
                state = QuarterState.DUE
            else:
                state = QuarterState.MISSING
            rows.append({"corporation": corporation, "quarter": q, "state": state.value})
    return pd.DataFrame(rows, columns=["corporation", "quarter", "state"])


def group_quarter_states(states: pd.DataFrame, members: pd.DataFrame | None = None) -> pd.DataFrame:
    """Combine corporation states per group × quarter (group, quarter, state, absent).

    `members` maps group → corporation (columns "group", "corporation"); without it the group is
    the whole region ("regio"). A group's quarter is complete when every expected corporation
    reported, partial when some did, otherwise missing / due / not_due (in that order of
    precedence) or outside. `absent` names the expected corporations without a report.
    """
    if members is None:
        members = pd.DataFrame({"group": "regio", "corporation": states["corporation"].unique()})
    joined = members[["group", "corporation"]].merge(states, on="corporation")
    state = joined["state"]
    flags = joined.assign(
        expected=state != QuarterState.OUTSIDE.value,
        reported=state == QuarterState.REPORTED.value,
        missing=state == QuarterState.MISSING.value,
        due=state == QuarterState.DUE.value,
        absent=joined["corporation"].where(
            ~state.isin([QuarterState.REPORTED.value, QuarterState.OUTSIDE.value])
        ),
    )
    grouped = flags.groupby(["group", "quarter"], sort=False)
    out = grouped[["expected", "reported", "missing", "due"]].sum().reset_index()
    out["absent"] = grouped["absent"].agg(lambda names: ", ".join(names.dropna())).to_numpy()
    out["state"] = np.select(
        [
            out["expected"] == 0,
            out["reported"] == out["expected"],
            out["reported"] > 0,
            out["missing"] > 0,
            out["due"] > 0,
        ],
        [
            GroupState.OUTSIDE.value,
            GroupState.COMPLETE.value,
            GroupState.PARTIAL.value,
            GroupState.MISSING.value,
            GroupState.DUE.value,
        ],
        default=GroupState.NOT_DUE.value,
    )
    out["quarter"] = out["quarter"].astype(int)
    return out[["group", "quarter", "state", "absent"]]


def quarter_progress(
    activity: pd.DataFrame,
    column: str,
    quarter_states: pd.DataFrame,
    params: AgreementParameters,
    annual_target: float | None = None,
) -> pd.DataFrame:
    """Quarters 1-4: the quarter's total and the running total against the pro-rata target.

    `quarter_states` has one row per quarter (columns quarter, state, absent) as made by
    group_quarter_states for one group. A quarter without any report has no numbers (NaN, never 0)
    and its target share is left out of the percentage: `counted_target` = annual × quarters
    with reports / 4, and `pct` = cumulative / counted_target.
    """
    per_quarter = activity.groupby("quarter")[column].sum() if not activity.empty else pd.Series()
    states = quarter_states.set_index("quarter")
    rows, running, counted = [], 0.0, 0
    for q in QUARTERS:
        state = states.at[q, "state"] if q in states.index else GroupState.OUTSIDE.value
        row = {
            "quarter": q,
            "state": state,
            "absent": states.at[q, "absent"] if q in states.index else "",
            "realised": float("nan"),
            "cumulative": float("nan"),
            "quarters_counted": counted,
            "target": float("nan"),
            "counted_target": float("nan"),
            "pct": float("nan"),
            "status": Status.UNKNOWN.value,
        }
        if state in HAS_DATA:
            realised = float(per_quarter.get(q, 0) or 0)
            running += realised
            counted += 1
            row.update(realised=realised, cumulative=running, quarters_counted=counted)
        if annual_target is not None:
            row["target"] = pro_rata_target(annual_target, q)
            if state in HAS_DATA:
                counted_target = pro_rata_target(annual_target, counted)
                row["counted_target"] = counted_target
                row["pct"] = percentage(running, counted_target)
                row["status"] = status_for(running, counted_target, params).value
        rows.append(row)
    return pd.DataFrame(rows)


def latest_progress(progress: pd.DataFrame) -> pd.Series | None:
    """The last quarter with reports: where the year stands now (None before any report)."""
    with_data = progress[progress["state"].isin(HAS_DATA)]
    return with_data.iloc[-1] if not with_data.empty else None


@dataclass(frozen=True)
class Projection:
    """Year-end projection: average per ended quarter with reports × 4."""

    value: float | None
    realised: float  # in the quarters the average is based on
    basis_quarters: int  # ended quarters with reports
    year_complete: bool  # every quarter of the year has ended


def year_end_projection(progress: pd.DataFrame, quarters_ended: int) -> Projection:
    """Average of the ended quarters that have reports, × 4; no value before the first one."""
    basis = progress[(progress["quarter"] <= quarters_ended) & progress["state"].isin(HAS_DATA)]
    realised = float(basis["realised"].sum())
    n = len(basis)
    value = realised / n * 4 if n else None
    return Projection(value, realised, n, quarters_ended >= 4)


def split_progress(activity: pd.DataFrame, column: str, by: str, group_states: pd.DataFrame) -> pd.DataFrame:
    """Cumulative `column` per group (corporation or municipality) × quarter.

    `group_states` (group, quarter, state, absent) decides which quarters have numbers: a group's
    quarter with reports but no rows counts 0; a quarter without reports stays NaN.
    """
    columns = ["group", "quarter", "state", "absent", "realised", "cumulative"]
    if group_states.empty:
        return pd.DataFrame(columns=columns)
    if activity.empty:
        totals = pd.DataFrame(columns=["group", "quarter", "total"])
    else:
        totals = (
            activity.groupby([by, "quarter"])[column]
            .sum()
            .astype(float)
            .rename("total")
            .reset_index()
            .rename(columns={by: "group"})
        )
    out = group_states.merge(totals, on=["group", "quarter"], how="left").sort_values(
        ["group", "quarter"],
        kind="stable",
        key=lambda c: c.map(_first_seen(group_states["group"])) if c.name == "group" else c,
    )
    has_data = out["state"].isin(HAS_DATA)
    out["realised"] = out["total"].astype(float).fillna(0.0).where(has_data)
    out["cumulative"] = out.groupby("group", sort=False)["realised"].cumsum()
    return out[columns].reset_index(drop=True)


def _first_seen(groups: pd.Series) -> dict[Hashable, int]:
    """Position of each group in its first appearance, to keep the caller's order when sorting."""
    return {group: i for i, group in enumerate(dict.fromkeys(groups))}


def municipality_members(activity: pd.DataFrame) -> pd.DataFrame:
    """Which corporations work in which municipality (group → corporation), from reported rows."""
    pairs = activity[["municipality", "corporation"]].drop_duplicates()
    return pairs.rename(columns={"municipality": "group"}).sort_values(["group", "corporation"])


# --- Multi-year view, funnel and the optional detail sheets ---------------------------------------


def multi_year(
    activity: pd.DataFrame,
    targets: Mapping[int, tuple[int, int] | None],
    quarters_ended: Mapping[int, int],
    pilot: tuple[int, int, int, int] | None = None,
    reported_years: Iterable[int] | None = None,
) -> pd.DataFrame:
    """One row per period: the pilot (if given) and each agreement year, with targets.

    `targets[year]` is (conversations, moves) or None (no target applies, e.g. under a filter);
    `pilot` is (conversations, moves, target conversations, target moves) for 2022-2023.
    A year outside `reported_years` (no active submission at all) has no numbers (NaN, not 0);
    without `reported_years`, the years with rows in `activity` count as reported.
    """
    totals = activity.groupby("year")[["conversations", "moves"]].sum() if not activity.empty else None
    rows = []
    if pilot is not None:
        rows.append(
            {
                "period": "pilot",
                "year": None,
                "kind": "pilot",
                "conversations": float(pilot[0]),
                "moves": float(pilot[1]),
                "target_conversations": float(pilot[2]),
                "target_moves": float(pilot[3]),
                "quarters_ended": 8,
                "year_complete": True,
            }
        )
    reported = (
        set(reported_years)
        if reported_years is not None
        else (set(totals.index) if totals is not None else set())
    )
    for year, target in targets.items():
        empty = 0.0 if year in reported else float("nan")
        conversations = moves = empty
        if totals is not None and year in totals.index:
            conversations = float(totals["conversations"].loc[year])
            moves = float(totals["moves"].loc[year])
        rows.append(
            {
                "period": str(year),
                "year": year,
                "kind": "year",
                "conversations": conversations,
                "moves": moves,
                "target_conversations": float(target[0]) if target else float("nan"),
                "target_moves": float(target[1]) if target else float("nan"),
                "quarters_ended": quarters_ended.get(year, 0),
                "year_complete": quarters_ended.get(year, 0) >= 4,
            }
        )
    return pd.DataFrame(rows)


FUNNEL_STAGES = ("households_contacted", "conversations", "moves")


def funnel(activity: pd.DataFrame) -> pd.DataFrame:
    """Households contacted → extensive conversations → moves, with conversion rates (0-100).

    Households contacted is optional in the report, so the first rate uses only the rows that
    state it (conversations in those rows / households contacted); `rows_with_contacts` says how
    many rows that is.
    """
    if activity.empty:
        counts = dict.fromkeys(FUNNEL_STAGES, float("nan"))
        return pd.DataFrame(
            {
                "stage": FUNNEL_STAGES,
                "count": counts.values(),
                "conversion_pct": [float("nan")] * 3,
                "rows_with_contacts": 0,
            }
        )
    known = activity[activity["households_contacted"].notna()]
    contacted = float(known["households_contacted"].sum()) if not known.empty else float("nan")
    conversations = float(activity["conversations"].sum())
    moves = float(activity["moves"].sum())
    first_rate = percentage(float(known["conversations"].sum()), contacted) if not known.empty else None
    return pd.DataFrame(
        {
            "stage": FUNNEL_STAGES,
            "count": [contacted, conversations, moves],
            "conversion_pct": [
                float("nan"),
                nan_if_none(first_rate),
                nan_if_none(percentage(moves, conversations)),
            ],
            "rows_with_contacts": len(known),
        }
    )


REST_CATEGORIES = ("overig", "onbekend")  # "other" and "unknown" close a list, whatever their size


def count_by(
    frame: pd.DataFrame, column: str, order: Iterable[str] | None = None, weight: str = "count"
) -> pd.DataFrame:
    """Totals of `weight` per value of `column` with each value's share (0-100) of the total.

    With `order`, every listed value appears (0 when absent) in that order; otherwise largest
    first, except "overig" and "onbekend", which always come last (a rest group is no answer).
    """
    if frame.empty:
        totals = pd.Series(dtype=float)
    else:
        totals = frame.groupby(frame[column].fillna("onbekend"))[weight].sum().astype(float)
    if order is not None:
        totals = totals.reindex(list(order), fill_value=0.0)
    else:
        totals = totals.sort_values(ascending=False, kind="stable")
        rest = [name for name in REST_CATEGORIES if name in totals.index]
        totals = totals.reindex([n for n in totals.index if n not in rest] + rest)
    total = float(totals.sum())
    out = pd.DataFrame({column: totals.index, "count": totals.to_numpy(dtype=float)})
    out["pct"] = out["count"] / total * 100.0 if total else float("nan")
    return out.reset_index(drop=True)


UNKNOWN = "onbekend"


def freed_homes(moves: pd.DataFrame, home_types: Iterable[str]) -> pd.DataFrame:
    """The homes the movers left (freed), by type × number of bedrooms, from the move rows
    (columns from_type, from_bedrooms, count).

    One row per type in `home_types` (0 when absent), plus "onbekend" when rows lack the type;
    one column per number of bedrooms found (ascending, then "onbekend" when rows lack it) and
    "total". Types and bedrooms are optional in the report, so unknown is counted, not dropped.
    """
    types = list(home_types)
    if moves.empty:
        return pd.DataFrame({"total": 0}, index=pd.Index(types, name="from_type"))
    frame = moves.assign(
        from_type=moves["from_type"].fillna(UNKNOWN),
        bedrooms=moves["from_bedrooms"].map(lambda b: UNKNOWN if pd.isna(b) else int(b)),
    )
    table = frame.pivot_table(
        index="from_type", columns="bedrooms", values="count", aggfunc="sum", fill_value=0
    )
    known = sorted(c for c in table.columns if c != UNKNOWN)
    columns = known + ([UNKNOWN] if UNKNOWN in table.columns else [])
    rows = types + ([UNKNOWN] if UNKNOWN in table.index else [])
    table = table.reindex(index=rows, columns=columns, fill_value=0).astype(int)
    table["total"] = table.sum(axis=1)
    table.index.name = "from_type"
    table.columns.name = None
    return table


@dataclass(frozen=True)
class MoveProfile:
    """What the optional move rows say (counts of rows, not of the report's table)."""

    rows: int
    family_homes_freed: int  # moves that left an eengezinswoning
    by_age_band: pd.DataFrame
    by_freed_home_to: pd.DataFrame
    freed_homes: pd.DataFrame  # home type × bedrooms of the homes left (freed_homes)


def move_profile(
    moves: pd.DataFrame,
    age_bands: Iterable[str],
    destinations: Iterable[str],
    home_types: Iterable[str],
) -> MoveProfile:
    rows = int(moves["count"].sum()) if not moves.empty else 0
    family = int(moves.loc[moves["from_type"] == "eengezinswoning", "count"].sum()) if rows else 0
    return MoveProfile(
        rows,
        family,
        count_by(moves, "age_band", age_bands),
        count_by(moves, "freed_home_to", destinations),
        freed_homes(moves, home_types),
    )
