"""The Overview's key figures for one year: realised against annual and pro-rata targets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from domain.figures import YearFigures
from domain.hours import HoursLine
from domain.parameters import AgreementParameters
from domain.periods import last_complete_quarter
from domain.targets import Status, percentage, pro_rata_target, status_for


@dataclass(frozen=True)
class Kpi:
    realised: float | None
    target: float  # what the status compares against (pro-rata, agreed hours or 70 %)
    annual_target: float | None
    quarters_elapsed: int
    status: Status

    @property
    def pct_of_target(self) -> float | None:
        return percentage(self.realised, self.target)


def year_kpis(params: AgreementParameters, figures: YearFigures, today: date) -> dict[str, Kpi]:
    """Conversations, moves, hours and priority labelling for the figures' year."""
    elapsed = last_complete_quarter(figures.year, today)
    kpis: dict[str, Kpi] = {}
    flows = {
        "conversations": (figures.conversations, figures.targets.conversations),
        "moves": (figures.moves, figures.targets.moves),
    }
    for key, (realised, annual) in flows.items():
        target = pro_rata_target(annual, elapsed)
        status = status_for(realised, target, params) if elapsed else Status.UNKNOWN
        kpis[key] = Kpi(realised, target, annual, elapsed, status)
    realised_hours, agreed_hours = figures.realised_hours, figures.agreed_hours
    kpis["hours"] = Kpi(
        realised_hours if agreed_hours else None,
        agreed_hours,
        None,
        elapsed,
        status_for(realised_hours, agreed_hours, params),
    )
    label_target = figures.targets.priority_label_pct
    label_pct = figures.priority_label_pct
    kpis["priority_label_pct"] = Kpi(
        label_pct, label_target, label_target, elapsed, status_for(label_pct, label_target, params)
    )
    return kpis


@dataclass(frozen=True)
class HoursGap:
    """The corporation furthest below its agreed hours in a year."""

    corporation: str
    pct: float  # realised / agreed × 100 over the quarters it reported


def furthest_below_agreed(hours: Mapping[str, HoursLine]) -> HoursGap | None:
    """The reporting corporation with the lowest share of its agreed hours, when that is below
    100 %; None when nobody reported or every corporation worked at least its agreed hours.
    A corporation without any report is not "furthest below": its quarters are missing, not 0."""
    gaps = [
        HoursGap(name, line.realised / line.agreed * 100.0)
        for name, line in hours.items()
        if line.quarters_reported and line.agreed and line.realised < line.agreed
    ]
    return min(gaps, key=lambda gap: gap.pct, default=None)
