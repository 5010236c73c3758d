"""The command line's `summary` contract (stable: scripts and tests rely on it), made from the
typed figures. Only here do the figures become string keys; the app reads `YearFigures` itself.

The keys, their order and the number types are the contract: a new figure in YearFigures does
not appear here unless the contract is changed on purpose (tests/data_access/expected/ pins it).
"""

from __future__ import annotations

from typing import Any

from domain.figures import YearFigures


def to_contract_json(figures: YearFigures) -> dict[str, Any]:
    """`{"year", "conversations", "moves", "targets", "hours", "priority_label_pct", "cost",
    "settlement"}` for `python -m data_access summary`; euros unrounded."""
    targets, costs = figures.targets, figures.costs
    return {
        "year": figures.year,
        "conversations": figures.conversations,
        "moves": figures.moves,
        "targets": {
            "conversations": targets.conversations,
            "moves": targets.moves,
            "priority_label_pct": targets.priority_label_pct,
        },
        "hours": {
            corporation: {
                "realised": line.realised,
                "agreed": line.agreed,
                "quarters_reported": line.quarters_reported,
            }
            for corporation, line in figures.hours.items()
        },
        "priority_label_pct": figures.priority_label_pct,
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
