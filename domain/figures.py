"""One year's figures, computed once from that year's active submissions.

`YearFigures` is the typed value every page reads (and the evaluation and the meeting handouts):
counts against the year's targets, coach hours per corporation, the priority labelling and the
year's costs. The command line's `summary` JSON is made from it in data_access.contract; adding a
figure here does not change that contract.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from domain.costs import CostBreakdown, cost_breakdown
from domain.hours import HoursLine, hours_by_corporation
from domain.parameters import AgreementParameters
from domain.progress import priority_label_pct
from domain.targets import YearTargets, targets_for_year


@dataclass(frozen=True)
class YearFigures:
    year: int
    conversations: int  # extensive conversations (flow: summed over the reported quarters)
    moves: int
    targets: YearTargets  # the annual targets (not pro rata)
    hours: Mapping[str, HoursLine]  # per corporation, in the parameters' order
    priority_label_pct: float | None  # 0-100, each corporation's latest reported quarter
    costs: CostBreakdown  # the whole year with the parameters in force

    @property
    def realised_hours(self) -> float:
        return sum(line.realised for line in self.hours.values())

    @property
    def agreed_hours(self) -> float:
        return sum(line.agreed for line in self.hours.values())

    @property
    def quarters_covered(self) -> int:
        """How many quarters of the year the counts cover (the furthest any corporation got)."""
        return max((line.quarters_reported for line in self.hours.values()), default=0)


def year_figures(
    params: AgreementParameters,
    year: int,
    activity: pd.DataFrame,
    hours: pd.DataFrame,
    reported_quarters: Mapping[str, int],
) -> YearFigures:
    """The figures of `year` from its active submissions' rows (activity and monthly hours) and
    the number of quarters each corporation reported."""
    return YearFigures(
        year=year,
        conversations=int(activity["conversations"].sum()) if not activity.empty else 0,
        moves=int(activity["moves"].sum()) if not activity.empty else 0,
        targets=targets_for_year(params, year),
        hours=hours_by_corporation(params, hours, reported_quarters),
        priority_label_pct=priority_label_pct(activity),
        costs=cost_breakdown(params, year),
    )
