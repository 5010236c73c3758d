"""The Overview's key figures for one year: realised against annual and pro-rata targets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

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


def year_kpis(params: AgreementParameters, summary: Mapping[str, Any], today: date) -> dict[str, Kpi]:
    """Conversations, moves, hours and priority labelling for the summary's year."""
    year = summary["year"]
    elapsed = last_complete_quarter(year, today)
    kpis: dict[str, Kpi] = {}
    for key in ("conversations", "moves"):
        annual = summary["targets"][key]
        target = pro_rata_target(annual, elapsed)
        realised = summary[key]
        status = status_for(realised, target, params) if elapsed else Status.UNKNOWN
        kpis[key] = Kpi(realised, target, annual, elapsed, status)
    hours = summary["hours"].values()
    realised_hours = sum(h["realised"] for h in hours)
    agreed_hours = sum(h["agreed"] for h in hours)
    kpis["hours"] = Kpi(
        realised_hours if agreed_hours else None,
        agreed_hours,
        None,
        elapsed,
        status_for(realised_hours, agreed_hours, params),
    )
    label_target = summary["targets"]["priority_label_pct"]
    label_pct = summary["priority_label_pct"]
    kpis["priority_label_pct"] = Kpi(
        label_pct, label_target, label_target, elapsed, status_for(label_pct, label_target, params)
    )
    return kpis
