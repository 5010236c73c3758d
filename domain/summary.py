"""One year's figures in the shape of the `summary` command-line contract (SPEC.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from domain.costs import WEEKS_PER_QUARTER, cost_breakdown
from domain.parameters import AgreementParameters
from domain.progress import priority_label_pct
from domain.targets import targets_for_year


@dataclass(frozen=True)
class HoursLine:
    realised: float
    agreed: float
    quarters_reported: int


def hours_by_corporation(
    params: AgreementParameters, hours: pd.DataFrame, reported_quarters: Mapping[str, int]
) -> dict[str, HoursLine]:
    """Realised hours per corporation against weekly hours × 13 × quarters it reported."""
    realised = hours.groupby("corporation")["hours"].sum() if not hours.empty else pd.Series()
    return {
        corp: HoursLine(
            realised=float(realised.get(corp, 0.0)),
            agreed=weekly * WEEKS_PER_QUARTER * reported_quarters.get(corp, 0),
            quarters_reported=int(reported_quarters.get(corp, 0)),
        )
        for corp, weekly in params.weekly_hours.items()
    }


def year_summary(
    params: AgreementParameters,
    year: int,
    activity: pd.DataFrame,
    hours: pd.DataFrame,
    reported_quarters: Mapping[str, int],
) -> dict[str, Any]:
    """The contract's JSON object for `year`, from that year's active submissions."""
    targets = targets_for_year(params, year)
    costs = cost_breakdown(params, year)
    return {
        "year": year,
        "conversations": int(activity["conversations"].sum()) if not activity.empty else 0,
        "moves": int(activity["moves"].sum()) if not activity.empty else 0,
        "targets": {
            "conversations": targets.conversations,
            "moves": targets.moves,
            "priority_label_pct": targets.priority_label_pct,
        },
        "hours": {
            corp: {
                "realised": line.realised,
                "agreed": line.agreed,
                "quarters_reported": line.quarters_reported,
            }
            for corp, line in hours_by_corporation(params, hours, reported_quarters).items()
        },
        "priority_label_pct": priority_label_pct(activity),
        "cost": {
            "per_fte": costs.per_fte,
            "programme": costs.programme,
            "municipalities": dict(costs.municipalities),
            "corporations": dict(costs.corporations),
            "employment": dict(costs.employment),
            "net": dict(costs.net),
        },
        "settlement": {payer: dict(row) for payer, row in costs.settlement.items()},
    }
