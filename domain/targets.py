"""Yearly targets, pro-rata progress and traffic-light status (agreement art. 3; docs/agreement.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.parameters import AgreementParameters
from domain.periods import year_index


class Status(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class YearTargets:
    conversations: int
    moves: int
    priority_label_pct: float


def targets_for_year(params: AgreementParameters, year: int) -> YearTargets:
    first = year_index(year, params.start_year) <= 1
    conversations, moves = params.first_year_targets if first else params.later_year_targets
    return YearTargets(conversations, moves, params.priority_label_target_pct)


def pro_rata_target(annual_target: float, quarters_elapsed: int) -> float:
    """Target at the end of quarter q: annual × q / 4."""
    return annual_target * quarters_elapsed / 4


def status_for(realised: float | None, target: float, params: AgreementParameters) -> Status:
    """Green ≥ green threshold, amber ≥ amber threshold, red below (percent of target)."""
    if realised is None or target <= 0:
        return Status.UNKNOWN
    pct = realised / target * 100.0
    if pct >= params.green_threshold_pct:
        return Status.GREEN
    if pct >= params.amber_threshold_pct:
        return Status.AMBER
    return Status.RED


def percentage(part: float | None, whole: float | None) -> float | None:
    if part is None or not whole:
        return None
    return part / whole * 100.0


def nan_if_none(value: float | None) -> float:
    """None as NaN, for a DataFrame column where "no value" must stay empty, never 0."""
    return float("nan") if value is None else value
